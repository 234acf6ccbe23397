/**
 * ESX hosts: CreateEnvironmentHost, DeleteEnvironmentHost and ListEnvironmentHosts with EVS's
 * rules, the host lifecycle and the Host view.
 *
 * - Hosts are added to and deleted from a CREATED environment; at most 32 live hosts (4–32; below
 *   4 the environment's HOST_COUNT check fails, since deleting every host is how an environment is
 *   emptied before DeleteEnvironment).
 * - Host names are unique across EVS environments (and against the environment's VCF host names).
 * - CREATING ─▶ CREATED | CREATE_FAILED (an initial host fails with its environment);
 *   DELETING ─▶ DELETED, still listed (ListEnvironmentHosts shows DELETED hosts).
 */
import { randomBytes } from 'crypto';
import type { HostState, InstanceType, VcfVersion } from '../../evs/constraints';
import { parseCidr, usableAddress } from '../../evs/ipv4';
import { Lifecycle, type Failure } from '../lifecycle';
import type { ChildStep, HostRecord } from '../model';
import { epochSeconds, notFound, validationError, type ValidationField } from '../protocol';
import type { Store } from '../store';
import { fieldErrors, inputSpec } from '../validate';
import { environmentSummaryView, findEnvironment, initializedEnvironment, readyEnvironment } from './environments';
import { deploysVcf, HOST_COUNT, HOST_INFO, placementProblem } from './shapes';
import { listPage, type Family, type Input, type OperationContext, type Output } from './family';
import { defaultEsxVersion, INSTANCE_TYPE_ESX_VERSIONS, instanceTypesOf } from './versions';

/** An initial host settles with its environment: it fails when the environment failed. */
function environmentVerdict(h: HostRecord, _at: number, store: Store): Failure | undefined {
  const env = store.environments.get(h.environmentId);
  if (env?.environmentState === 'CREATE_FAILED') return { message: `The environment ${h.environmentId} failed to create.` };
  return undefined;
}

export const HOST_LIFECYCLE = new Lifecycle<HostRecord, HostState, ChildStep, unknown, Store>({
  create: {
    during: 'CREATING',
    done: 'CREATED',
    failed: 'CREATE_FAILED',
    verdict: environmentVerdict,
    onDone: (h) => {
      h.stateDetails = undefined;
    },
    onFail: (h, _at, f) => {
      h.stateDetails = f.message;
    },
  },
  delete: {
    during: 'DELETING',
    done: 'DELETED',
    onBegin: (h) => {
      h.stateDetails = undefined;
    },
  },
});

const hex = (n: number) => randomBytes(Math.ceil(n / 2)).toString('hex').slice(0, n);

/** Hosts that count: every one not DELETED. */
export function liveHostsOf(store: Store, environmentId: string): HostRecord[] {
  return store.hostsOf(environmentId).filter((h) => h.state !== 'DELETED');
}

/** The environment already using a host name (as a live host or one of its VCF host names), if any. */
export function hostNameInUse(store: Store, name: string): string | undefined {
  const want = name.toLowerCase();
  for (const h of store.hosts.values()) {
    if (h.state !== 'DELETED' && h.hostName.toLowerCase() === want) return h.environmentId;
  }
  for (const e of store.environments.values()) {
    if (e.environmentState === 'DELETED') continue;
    if (Object.values(e.vcfHostnames ?? {}).some((v) => v.toLowerCase() === want)) return e.environmentId;
  }
  return undefined;
}

/** A new host's record from HostInfoForCreate: its address is the next free one of the vmkManagement VLAN. */
export function hostFields(store: Store, environmentId: string, info: Input, esxVersion: string): Omit<HostRecord, 'state' | 'createdAt' | 'modifiedAt'> {
  const vmk = store.vlan(environmentId, 'vmkManagement');
  const taken = new Set(store.hostsOf(environmentId).map((h) => h.ipAddress));
  let ipAddress = '';
  if (vmk) {
    const cidr = parseCidr(vmk.cidr);
    for (let i = 0; ; i++) {
      const a = usableAddress(cidr, i);
      if (a === undefined || !taken.has(a)) {
        ipAddress = a ?? '';
        break;
      }
    }
  }
  const h: Omit<HostRecord, 'state' | 'createdAt' | 'modifiedAt'> = {
    environmentId,
    hostName: info.hostName as string,
    ipAddress,
    keyName: info.keyName as string,
    instanceType: info.instanceType as InstanceType,
    esxVersion,
    ec2InstanceId: `i-${hex(17)}`,
    networkInterfaceIds: [`eni-${hex(17)}`, `eni-${hex(17)}`],
  };
  if (info.placementGroupId != null) h.placementGroupId = info.placementGroupId as string;
  if (info.dedicatedHostId != null) h.dedicatedHostId = info.dedicatedHostId as string;
  return h;
}

export function hostView(h: HostRecord): Output {
  const out: Output = { hostName: h.hostName };
  if (h.ipAddress) out.ipAddress = h.ipAddress;
  out.keyName = h.keyName;
  out.instanceType = h.instanceType;
  if (h.placementGroupId !== undefined) out.placementGroupId = h.placementGroupId;
  if (h.dedicatedHostId !== undefined) out.dedicatedHostId = h.dedicatedHostId;
  out.createdAt = epochSeconds(h.createdAt);
  out.modifiedAt = epochSeconds(h.modifiedAt);
  out.hostState = h.state;
  if (h.stateDetails !== undefined) out.stateDetails = h.stateDetails;
  out.ec2InstanceId = h.ec2InstanceId;
  out.networkInterfaces = h.networkInterfaceIds.map((networkInterfaceId) => ({ networkInterfaceId }));
  return out;
}

function findHost(ctx: OperationContext, environmentId: string, hostName: string): HostRecord {
  const h = ctx.store.host(environmentId, hostName);
  if (!h || h.state === 'DELETED') throw notFound('host', hostName, `Host ${hostName} was not found in environment ${environmentId}.`);
  return h;
}

function createHostProblems(ctx: OperationContext, vcf: VcfVersion, host: Input, esxVersion: string | undefined): ValidationField[] {
  const problems: ValidationField[] = [];
  const p = placementProblem(host, 'host');
  if (p) problems.push(p);
  const name = host.hostName as string;
  if (name === '') problems.push({ name: 'host.hostName', message: 'host.hostName must not be empty.' });
  else {
    const inUse = hostNameInUse(ctx.store, name);
    if (inUse) problems.push({ name: 'host.hostName', message: `host.hostName ${name} is already used in environment ${inUse}; host names are unique across EVS environments.` });
  }
  const type = host.instanceType as InstanceType;
  if (deploysVcf(vcf) && !instanceTypesOf(vcf).includes(type)) {
    problems.push({ name: 'host.instanceType', message: `host.instanceType ${type} is not offered for ${vcf}; GetVersions lists ${instanceTypesOf(vcf).join(', ')}.` });
  }
  const builds = INSTANCE_TYPE_ESX_VERSIONS[type] ?? [];
  if (esxVersion !== undefined && esxVersion !== '' && !builds.includes(esxVersion)) {
    problems.push({ name: 'esxVersion', message: `esxVersion ${esxVersion} is not offered for ${type}; GetVersions lists ${builds.join(', ') || 'none'}.` });
  }
  return problems;
}

export const HOST_OPERATIONS = {
  CreateEnvironmentHost: {
    input: inputSpec({
      required: ['environmentId', 'host'],
      optional: ['clientToken', 'esxVersion'],
      rules: { host: HOST_INFO, esxVersion: { kind: 'string', constraint: 'esxVersion' } },
    }),
    handler: (input, ctx) => {
      const environmentId = input.environmentId as string;
      // The model lists no ResourceNotFound here: an unknown environment is a ValidationException.
      if (!ctx.store.environments.get(environmentId) || ctx.store.environments.get(environmentId)!.environmentState === 'DELETED') {
        throw fieldErrors([{ name: 'environmentId', message: `environmentId ${environmentId} is not an environment of this account and Region.` }]);
      }
      const env = readyEnvironment(ctx, environmentId, 'hosts');
      const host = input.host as Input;
      const esx = input.esxVersion as string | undefined;
      const problems = createHostProblems(ctx, env.vcfVersion, host, esx);
      if (problems.length > 0) throw fieldErrors(problems);
      const live = liveHostsOf(ctx.store, environmentId);
      if (live.length >= HOST_COUNT.max) {
        throw validationError(
          `Environment ${environmentId} already has ${live.length} hosts, the most an EVS environment holds (${HOST_COUNT.min}–${HOST_COUNT.max}).`,
          'other',
        );
      }
      const now = ctx.store.now();
      const h = ctx.store.addHost(hostFields(ctx.store, environmentId, host, esx || defaultEsxVersion(env.vcfVersion)), now);
      const failWith = ctx.faults.takeFailure('hostCreate');
      HOST_LIFECYCLE.begin(h, 'create', now, ctx.durations.hostCreateMs, { fail: failWith ? { message: failWith } : undefined });
      ctx.store.onChange();
      return { environmentSummary: environmentSummaryView(env, ctx), host: hostView(h) };
    },
  },
  DeleteEnvironmentHost: {
    input: inputSpec({ required: ['environmentId', 'hostName'], optional: ['clientToken'], rules: { hostName: { kind: 'string', constraint: 'hostName' } } }),
    handler: (input, ctx) => {
      const environmentId = input.environmentId as string;
      const env = findEnvironment(ctx, environmentId);
      const h = findHost(ctx, environmentId, input.hostName as string);
      // Idempotent: a host already DELETING is answered as it is.
      if (h.state !== 'DELETING') {
        if (h.state === 'CREATING' || h.state === 'UPDATING') {
          throw validationError(`Host ${h.hostName} is ${h.state}; delete it once it is CREATED or CREATE_FAILED.`, 'other');
        }
        if (env.environmentState !== 'CREATED' && env.environmentState !== 'CREATE_FAILED') {
          throw validationError(`Environment ${environmentId} is ${env.environmentState}; hosts can be deleted once it is CREATED or CREATE_FAILED.`, 'other');
        }
        const now = ctx.store.now();
        HOST_LIFECYCLE.begin(h, 'delete', now, ctx.durations.hostDeleteMs);
        ctx.store.onChange();
      }
      return { environmentSummary: environmentSummaryView(env, ctx), host: hostView(h) };
    },
  },
  ListEnvironmentHosts: {
    input: inputSpec({ required: ['environmentId'], optional: ['nextToken', 'maxResults'] }),
    handler: (input, ctx) => {
      const environmentId = input.environmentId as string;
      initializedEnvironment(ctx, environmentId, 'hosts');
      return listPage(ctx, input, {
        member: 'environmentHosts',
        scope: `ListEnvironmentHosts:${environmentId}`,
        items: ctx.store.hostsOf(environmentId),
        key: (h) => ({ createdAt: h.createdAt, id: h.hostName }),
        view: hostView,
      });
    },
  },
} satisfies Family;
