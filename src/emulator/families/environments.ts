/**
 * Environments: CreateEnvironment, GetEnvironment, ListEnvironments, DeleteEnvironment and
 * GetDepotUrl with EVS's rules, the environment lifecycle, the lookups other families use (an
 * environment that exists; one that is CREATED), and the Environment / EnvironmentSummary views.
 *
 * Lifecycle: CREATING ─▶ CREATED | CREATE_FAILED (its VLANs and initial hosts settle with it);
 * DELETING ─▶ DELETED (its VLANs with it; connectors and entitlements go), then ResourceNotFound.
 */
import { randomBytes } from 'crypto';
import { VCF_DEPLOYMENT_MEMBERS, type CheckResult, type CheckType, type EnvironmentState, type InstanceType, type VcfVersion } from '../../evs/constraints';
import { Lifecycle } from '../lifecycle';
import type { EnvironmentRecord, EnvironmentStep } from '../model';
import { epochSeconds, notFound, validationError, type ValidationField } from '../protocol';
import type { Store } from '../store';
import { fieldErrors, inputSpec, type FieldSpec } from '../validate';
import { listPage, type AccountContext, type Family, type Input, type OperationContext, type Output } from './family';
import { HOST_LIFECYCLE, hostFields, liveHostsOf, hostNameInUse } from './hosts';
import { deploysVcf, ENVIRONMENT_CHECK_TYPES, HOST_COUNT, HOST_INFO, placementProblem, str, VLAN_MEMBERS } from './shapes';
import { reservedTagKeys } from './tags';
import { checkInitialVlans, makeVlans, VLAN_LIFECYCLE } from './vlans';
import { defaultEsxVersion, instanceTypesOf } from './versions';

export const ENVIRONMENT_LIFECYCLE = new Lifecycle<EnvironmentRecord, EnvironmentState, EnvironmentStep, unknown, Store>(
  {
    create: {
      during: 'CREATING',
      done: 'CREATED',
      failed: 'CREATE_FAILED',
      onBegin: (e) => {
        e.stateDetails = undefined;
      },
      onDone: (e) => {
        e.stateDetails = 'Environment successfully created';
      },
      onFail: (e, _at, failure) => {
        e.stateDetails = failure.message;
      },
    },
    delete: {
      during: 'DELETING',
      done: 'DELETED',
      onBegin: (e) => {
        e.stateDetails = undefined;
      },
    },
  },
  'environmentState',
);

/** What the views read besides the record. */
export interface ViewContext {
  store: Store;
  account: AccountContext;
}

/** An environment that exists (DELETED counts as gone, as the service documents). */
export function findEnvironment(ctx: OperationContext, id: string): EnvironmentRecord {
  const env = ctx.store.environments.get(id);
  if (!env || env.environmentState === 'DELETED') throw notFound('environment', id);
  return env;
}

/** Work on an environment's resources needs it CREATED; one still initializing answers ValidationException. */
export function readyEnvironment(ctx: OperationContext, id: string, what = 'connectors'): EnvironmentRecord {
  const env = findEnvironment(ctx, id);
  if (env.environmentState !== 'CREATED') {
    const why =
      env.environmentState === 'CREATING' ? 'is still initializing' : `is in state ${env.environmentState}`;
    throw validationError(`Environment ${id} ${why}; ${what} can be listed and changed once it is CREATED.`, 'other');
  }
  return env;
}

/**
 * Lists of an environment's hosts and VLANs: the service refuses a list on an environment that is
 * still initializing (ValidationException); once created, failed or deleting they are listed.
 */
export function initializedEnvironment(ctx: OperationContext, id: string, what: string): EnvironmentRecord {
  const env = findEnvironment(ctx, id);
  if (env.environmentState === 'CREATING') {
    throw validationError(`Environment ${id} is still initializing; its ${what} can be listed once it is CREATED.`, 'other');
  }
  return env;
}

export function environmentArn(environmentId: string, ctx: AccountContext): string {
  return `arn:aws:evs:${ctx.region}:${ctx.accountId}:environment/${environmentId}`;
}

/**
 * The environment checks: only a CREATED environment that EVS deploys VCF into has them. HOST_COUNT
 * fails below four live hosts; the others pass unless the control interface says otherwise.
 */
export function environmentChecks(e: EnvironmentRecord, store: Store): { type: CheckType; id: string; result: CheckResult; impairedSince?: number }[] {
  if (e.environmentState !== 'CREATED' || !deploysVcf(e.vcfVersion)) return [];
  const hosts = liveHostsOf(store, e.environmentId).length;
  return ENVIRONMENT_CHECK_TYPES.map((type) => {
    const override = e.checkOverrides?.[type];
    let result: CheckResult = override?.result ?? 'PASSED';
    let since = override?.since;
    if (!override && type === 'HOST_COUNT' && hosts < HOST_COUNT.min) {
      result = 'FAILED';
      since = e.modifiedAt;
    }
    const check: { type: CheckType; id: string; result: CheckResult; impairedSince?: number } = { type, id: `${e.environmentId}-${type.toLowerCase()}`, result };
    if (result === 'FAILED' && since !== undefined) check.impairedSince = since;
    return check;
  });
}

/** Environment health: known once the environment exists; FAILED when a check fails. */
function environmentStatus(e: EnvironmentRecord, store: Store): CheckResult {
  if (e.environmentState === 'CREATE_FAILED') return 'FAILED';
  if (e.environmentState !== 'CREATED') return 'UNKNOWN';
  return environmentChecks(e, store).some((c) => c.result === 'FAILED') ? 'FAILED' : 'PASSED';
}

/** The secrets EVS makes for the VCF install credentials (names as the CloudFormation page shows them). */
const CREDENTIAL_NAMES = ['vCenterAdmin', 'vCenterRoot', 'NSXRoot', 'NSXAdmin', 'NSXAudit', 'SDDCManagerRoot', 'SDDCManagerVCF', 'SDDCManagerAdmin'];

function credentials(e: EnvironmentRecord, account: AccountContext): { secretArn: string }[] {
  if (e.environmentState !== 'CREATED' || !deploysVcf(e.vcfVersion)) return [];
  // Secrets Manager appends six random characters; derived from the id so they are stable.
  const suffix = e.environmentId.slice(-6);
  return CREDENTIAL_NAMES.map((n) => ({
    secretArn: `arn:aws:secretsmanager:${account.region}:${account.accountId}:secret:evs!${e.environmentId}_${n}-${suffix}`,
  }));
}

export function environmentSummaryView(e: EnvironmentRecord, ctx: ViewContext): Output {
  return {
    environmentId: e.environmentId,
    environmentName: e.environmentName,
    vcfVersion: e.vcfVersion,
    environmentStatus: environmentStatus(e, ctx.store),
    environmentState: e.environmentState,
    createdAt: epochSeconds(e.createdAt),
    modifiedAt: epochSeconds(e.modifiedAt),
    environmentArn: environmentArn(e.environmentId, ctx.account),
  };
}

export function environmentView(e: EnvironmentRecord, ctx: ViewContext): Output {
  const out: Output = {
    environmentId: e.environmentId,
    environmentState: e.environmentState,
  };
  if (e.stateDetails !== undefined) out.stateDetails = e.stateDetails;
  Object.assign(out, {
    createdAt: epochSeconds(e.createdAt),
    modifiedAt: epochSeconds(e.modifiedAt),
    environmentArn: environmentArn(e.environmentId, ctx.account),
    environmentName: e.environmentName,
  });
  if (e.vpcId !== undefined) out.vpcId = e.vpcId;
  if (e.serviceAccessSubnetId !== undefined) out.serviceAccessSubnetId = e.serviceAccessSubnetId;
  out.vcfVersion = e.vcfVersion;
  out.termsAccepted = e.termsAccepted ?? true;
  // The model marks the keys sensitive, yet GetEnvironment returns them.
  if (e.licenseInfo !== undefined) out.licenseInfo = e.licenseInfo.map((l) => ({ ...l }));
  if (e.siteId !== undefined) out.siteId = e.siteId;
  out.environmentStatus = environmentStatus(e, ctx.store);
  out.checks = environmentChecks(e, ctx.store).map((c) => ({ ...c, ...(c.impairedSince !== undefined ? { impairedSince: epochSeconds(c.impairedSince) } : {}) }));
  if (e.connectivityInfo !== undefined) out.connectivityInfo = { privateRouteServerPeerings: [...e.connectivityInfo.privateRouteServerPeerings] };
  if (e.vcfHostnames !== undefined) out.vcfHostnames = { ...e.vcfHostnames };
  if (e.kmsKeyId !== undefined) out.kmsKeyId = e.kmsKeyId;
  if (e.serviceAccessSecurityGroups !== undefined) out.serviceAccessSecurityGroups = structuredClone(e.serviceAccessSecurityGroups);
  out.credentials = credentials(e, ctx.account);
  return out;
}

// ---------- CreateEnvironment ----------

const VLAN_INFO: FieldSpec = { kind: 'structure', required: ['cidr'], members: { cidr: str('cidr') } };

const VCF_HOSTNAMES = ['vCenter', 'nsx', 'nsxManager1', 'nsxManager2', 'nsxManager3', 'nsxEdge1', 'nsxEdge2', 'sddcManager', 'cloudBuilder'] as const;

const CREATE_RULES: Record<string, FieldSpec> = {
  environmentName: str('environmentName'),
  kmsKeyId: { kind: 'text' },
  siteId: { kind: 'text' },
  tags: { kind: 'map', count: 'tags', key: 'tagKey', value: 'tagValue' },
  serviceAccessSecurityGroups: { kind: 'structure', required: [], members: { securityGroups: { kind: 'list', constraint: 'securityGroups' } } },
  vpcId: str('vpcId'),
  serviceAccessSubnetId: str('subnetId'),
  vcfVersion: { kind: 'enum', values: 'VcfVersion' },
  termsAccepted: { kind: 'boolean' },
  initialVlans: {
    kind: 'structure',
    required: VLAN_MEMBERS,
    members: {
      ...Object.fromEntries(VLAN_MEMBERS.map((m) => [m, VLAN_INFO])),
      isHcxPublic: { kind: 'boolean' },
      hcxNetworkAclId: str('networkAclId'),
    },
  },
  connectivityInfo: {
    kind: 'structure',
    required: ['privateRouteServerPeerings'],
    members: { privateRouteServerPeerings: { kind: 'list', constraint: 'privateRouteServerPeerings' } },
  },
  licenseInfo: {
    kind: 'structureList',
    count: 'licenseInfo',
    item: { kind: 'structure', required: ['solutionKey', 'vsanKey'], members: { solutionKey: str('solutionKey'), vsanKey: str('vsanKey') } },
  },
  hosts: { kind: 'structureList', count: 'hosts', item: HOST_INFO },
  vcfHostnames: { kind: 'structure', required: VCF_HOSTNAMES, members: Object.fromEntries(VCF_HOSTNAMES.map((m) => [m, str('hostName')])) },
};

function createProblems(input: Input, ctx: OperationContext): ValidationField[] {
  const problems: ValidationField[] = [];
  const version = input.vcfVersion as VcfVersion;
  if (input.termsAccepted !== true) {
    problems.push({ name: 'termsAccepted', message: 'termsAccepted must be true: accept the VCF licence terms to create an environment.' });
  }
  for (const m of VCF_DEPLOYMENT_MEMBERS) {
    if (!deploysVcf(version) && input[m] != null) {
      problems.push({ name: m, message: `${m} cannot be set for a SELF_DEPLOYED environment: EVS does not deploy VCF there.` });
    }
    if (deploysVcf(version) && input[m] == null) {
      problems.push({ name: m, message: `${m} is required for ${version}: EVS deploys VCF into the environment.` });
    }
  }
  const name = input.environmentName as string | undefined;
  if (name !== undefined) {
    const twin = [...ctx.store.environments.values()].find((e) => e.environmentState !== 'DELETED' && e.environmentName === name);
    if (twin) problems.push({ name: 'environmentName', message: `environmentName ${name} is already used by ${twin.environmentId}; names are unique per account and Region.` });
  }
  const vpc = input.vpcId as string;
  const sameVpc = [...ctx.store.environments.values()].find((e) => e.environmentState !== 'DELETED' && e.vpcId === vpc);
  if (sameVpc) problems.push({ name: 'vpcId', message: `vpcId ${vpc} already holds environment ${sameVpc.environmentId}; a VPC holds one EVS environment.` });
  problems.push(...checkInitialVlans(input.initialVlans as Record<string, unknown>));
  const names = new Map<string, string>();
  const claim = (value: string, path: string) => {
    const key = value.toLowerCase();
    const other = names.get(key);
    if (other) problems.push({ name: path, message: `${path} ${value} is also used by ${other}; host names are unique.` });
    else names.set(key, path);
    const inUse = hostNameInUse(ctx.store, value);
    if (inUse) problems.push({ name: path, message: `${path} ${value} is already a host of ${inUse}; host names are unique across EVS environments.` });
  };
  const vcfHostnames = input.vcfHostnames as Record<string, string> | undefined;
  for (const m of VCF_HOSTNAMES) {
    const v = vcfHostnames?.[m];
    if (v === '') problems.push({ name: `vcfHostnames.${m}`, message: `vcfHostnames.${m} must not be empty.` });
    else if (v !== undefined) claim(v, `vcfHostnames.${m}`);
  }
  const hosts = (input.hosts as Record<string, unknown>[] | undefined) ?? [];
  hosts.forEach((h, i) => {
    const path = `hosts[${i}]`;
    const p = placementProblem(h, path);
    if (p) problems.push(p);
    if (h.hostName === '') problems.push({ name: `${path}.hostName`, message: `${path}.hostName must not be empty.` });
    else claim(h.hostName as string, `${path}.hostName`);
    if (deploysVcf(version) && !instanceTypesOf(version).includes(h.instanceType as InstanceType)) {
      problems.push({
        name: `${path}.instanceType`,
        message: `${path}.instanceType ${String(h.instanceType)} is not offered for ${version}; GetVersions lists ${instanceTypesOf(version).join(', ')}.`,
      });
    }
  });
  return problems;
}

function newToken(): string {
  return randomBytes(16).toString('hex');
}

function depotUrl(region: string, env: EnvironmentRecord): string {
  return `https://evs-depot.${region}.amazonaws.com/${env.depotToken}/${env.environmentId}/index.xml`;
}

export const ENVIRONMENT_OPERATIONS = {
  CreateEnvironment: {
    input: inputSpec({
      required: ['vpcId', 'serviceAccessSubnetId', 'vcfVersion', 'termsAccepted', 'initialVlans'],
      optional: ['clientToken', ...Object.keys(CREATE_RULES).filter((k) => !['vpcId', 'serviceAccessSubnetId', 'vcfVersion', 'termsAccepted', 'initialVlans'].includes(k))],
      rules: CREATE_RULES,
    }),
    crossCheck: (input: Input) => reservedTagKeys(input.tags),
    handler: (input, ctx) => {
      const problems = createProblems(input, ctx);
      if (problems.length > 0) throw fieldErrors(problems);
      const now = ctx.store.now();
      const version = input.vcfVersion as VcfVersion;
      const env = ctx.store.addEnvironment(
        {
          environmentName: input.environmentName as string | undefined,
          vcfVersion: version,
          vpcId: input.vpcId as string,
          serviceAccessSubnetId: input.serviceAccessSubnetId as string,
          termsAccepted: true,
          kmsKeyId: input.kmsKeyId as string | undefined,
          siteId: input.siteId as string | undefined,
          licenseInfo: input.licenseInfo as EnvironmentRecord['licenseInfo'],
          connectivityInfo: input.connectivityInfo as EnvironmentRecord['connectivityInfo'],
          vcfHostnames: input.vcfHostnames as EnvironmentRecord['vcfHostnames'],
          serviceAccessSecurityGroups: input.serviceAccessSecurityGroups as EnvironmentRecord['serviceAccessSecurityGroups'],
          tags: input.tags as Record<string, string> | undefined,
        },
        now,
      );
      const failWith = ctx.faults.takeFailure('environmentCreate');
      const ms = ctx.durations.environmentCreateMs;
      ENVIRONMENT_LIFECYCLE.begin(env, 'create', now, ms, { fail: failWith ? { message: failWith } : undefined });
      for (const v of makeVlans(ctx.store, env, input.initialVlans as Record<string, unknown>, ctx.account.region, now)) {
        VLAN_LIFECYCLE.begin(v, 'create', now, ms);
      }
      const esx = defaultEsxVersion(version);
      for (const h of (input.hosts as Record<string, unknown>[] | undefined) ?? []) {
        const host = ctx.store.addHost(hostFields(ctx.store, env.environmentId, h, esx), now);
        HOST_LIFECYCLE.begin(host, 'create', now, ms);
      }
      ctx.store.onChange();
      return { environment: environmentView(env, ctx) };
    },
  },
  GetEnvironment: {
    input: inputSpec({ required: ['environmentId'] }),
    handler: (input, ctx) => ({
      environment: environmentView(findEnvironment(ctx, input.environmentId as string), ctx),
    }),
  },
  ListEnvironments: {
    input: inputSpec({
      required: [],
      optional: ['nextToken', 'maxResults', 'state'],
      rules: { state: { kind: 'enumList', values: 'EnvironmentState' } },
    }),
    handler: (input, ctx) => {
      const states = input.state as EnvironmentState[] | undefined;
      const envs = [...ctx.store.environments.values()]
        .filter((e) => !states || states.length === 0 || states.includes(e.environmentState))
        .sort((a, b) => a.createdAt - b.createdAt || (a.environmentId < b.environmentId ? -1 : 1));
      return listPage(ctx, input, {
        member: 'environmentSummaries',
        scope: `ListEnvironments:${[...(states ?? [])].sort().join(',')}`,
        items: envs,
        key: (e) => ({ createdAt: e.createdAt, id: e.environmentId }),
        view: (e) => environmentSummaryView(e, ctx),
      });
    },
  },
  DeleteEnvironment: {
    input: inputSpec({ required: ['environmentId'], optional: ['clientToken'] }),
    handler: (input, ctx) => {
      const env = findEnvironment(ctx, input.environmentId as string);
      // Idempotent: an environment already DELETING is answered as it is.
      if (env.environmentState !== 'DELETING') {
        if (env.environmentState === 'CREATING') {
          throw validationError(`Environment ${env.environmentId} is still being created; delete it once it is CREATED or CREATE_FAILED.`, 'other');
        }
        const hosts = ctx.store.hostsOf(env.environmentId).filter((h) => h.state !== 'DELETED');
        if (hosts.length > 0) {
          throw validationError(
            `Environment ${env.environmentId} still has ${hosts.length} host(s) (${hosts.map((h) => h.hostName).join(', ')}); ` +
              'delete them with DeleteEnvironmentHost (after decommissioning them in SDDC Manager) before deleting the environment.',
            'other',
          );
        }
        const now = ctx.store.now();
        const ms = ctx.durations.environmentDeleteMs;
        ENVIRONMENT_LIFECYCLE.begin(env, 'delete', now, ms);
        for (const v of ctx.store.vlansOf(env.environmentId)) if (v.state !== 'DELETED') VLAN_LIFECYCLE.begin(v, 'delete', now, ms);
        ctx.store.onChange();
      }
      return { environment: environmentView(env, ctx) };
    },
  },
  GetDepotUrl: {
    input: inputSpec({ required: ['environmentId'], optional: ['rotate'], rules: { rotate: { kind: 'boolean' } } }),
    handler: (input, ctx) => {
      const env = readyEnvironment(ctx, input.environmentId as string, 'the depot URL');
      if (env.depotToken === undefined || input.rotate === true) {
        // Rotating revokes the old token: its URL stops working (EVS: within five minutes).
        env.depotToken = newToken();
        ctx.store.onChange();
      }
      return { depotUrl: depotUrl(ctx.account.region, env), token: env.depotToken };
    },
  },
} satisfies Family;
