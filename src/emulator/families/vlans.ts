/**
 * VLAN subnets and Elastic IPs: ListEnvironmentVlans, AssociateEipToVlan and
 * DisassociateEipFromVlan with EVS's rules, the VLAN lifecycle (made and removed with the
 * environment) and the Vlan view.
 *
 * - The ten InitialVlans become ten VLANs named by their member (`functionName`, e.g. `hcx`); each
 *   CIDR is /28 (smallest) to /24 (largest), and they do not overlap (the user guide).
 * - A public HCX VLAN (`isHcxPublic`) needs `hcxNetworkAclId` and is a /28 (the model).
 * - Elastic IPs go on the public HCX VLAN only (`vlanName` "hcx"); the association is made at
 *   once, its address the next free one of the VLAN's CIDR.
 */
import { randomBytes } from 'crypto';
import type { VlanState } from '../../evs/constraints';
import { parseCidr, usableAddress } from '../../evs/ipv4';
import { vlanLayoutProblems } from '../../evs/vlan-rules';
import { Lifecycle, type Failure } from '../lifecycle';
import type { ChildStep, EnvironmentRecord, VlanRecord } from '../model';
import { epochSeconds, notFound, validationError, type ValidationField } from '../protocol';
import type { Store } from '../store';
import { fieldErrors, inputSpec } from '../validate';
import { findEnvironment, initializedEnvironment, readyEnvironment } from './environments';
import { VLAN_MEMBERS } from './shapes';
import { listPage, type Family, type OperationContext, type Output } from './family';

function environmentVerdict(v: VlanRecord, _at: number, store: Store): Failure | undefined {
  const env = store.environments.get(v.environmentId);
  if (env?.environmentState === 'CREATE_FAILED') return { message: `The environment ${v.environmentId} failed to create.` };
  return undefined;
}

export const VLAN_LIFECYCLE = new Lifecycle<VlanRecord, VlanState, ChildStep, unknown, Store>({
  create: {
    during: 'CREATING',
    done: 'CREATED',
    failed: 'CREATE_FAILED',
    verdict: environmentVerdict,
    onFail: (v, _at, f) => {
      v.stateDetails = f.message;
    },
  },
  delete: {
    during: 'DELETING',
    done: 'DELETED',
    onDone: (v) => {
      v.eipAssociations = [];
    },
  },
});

/** The rules across the InitialVlans (src/evs/vlan-rules.ts), and a public HCX VLAN's network ACL. */
export function checkInitialVlans(vlans: Record<string, unknown>): ValidationField[] {
  const path = (m: string) => `initialVlans.${m}.cidr`;
  const given = VLAN_MEMBERS.flatMap((m) => {
    const cidr = (vlans[m] as { cidr?: string } | undefined)?.cidr;
    return typeof cidr === 'string' ? [{ name: m, cidr }] : [];
  });
  const problems: ValidationField[] = vlanLayoutProblems(given, path, vlans.isHcxPublic === true ? 'hcx' : undefined)
    .map((p) => ({ name: path(p.name), message: `${path(p.name)} ${p.problem}` }));
  if (vlans.isHcxPublic === true && vlans.hcxNetworkAclId == null) {
    problems.push({ name: 'initialVlans.hcxNetworkAclId', message: 'initialVlans.hcxNetworkAclId is required when isHcxPublic is true.' });
  }
  return problems;
}

const hex = (n: number) => randomBytes(Math.ceil(n / 2)).toString('hex').slice(0, n);

/** The environment's ten VLANs from its InitialVlans, in member order, VLAN ids 10, 20, … 100. */
export function makeVlans(store: Store, env: EnvironmentRecord, vlans: Record<string, unknown>, region: string, now: number): VlanRecord[] {
  return VLAN_MEMBERS.map((m, i) => {
    const v: VlanRecord = {
      environmentId: env.environmentId,
      functionName: m,
      vlanId: (i + 1) * 10,
      cidr: (vlans[m] as { cidr: string }).cidr,
      availabilityZone: `${region}a`,
      subnetId: `subnet-${hex(17)}`,
      isPublic: m === 'hcx' && vlans.isHcxPublic === true,
      state: 'CREATING',
      eipAssociations: [],
      createdAt: now,
      modifiedAt: now,
    };
    if (m === 'hcx' && vlans.hcxNetworkAclId != null) v.networkAclId = vlans.hcxNetworkAclId as string;
    return store.putVlan(v);
  });
}

/** InitialVlans for a seeded environment: 10.0.0.0/24 … 10.0.9.0/24. */
export function seedInitialVlans(): Record<string, unknown> {
  return Object.fromEntries(VLAN_MEMBERS.map((m, i) => [m, { cidr: `10.0.${i}.0/24` }]));
}

export function vlanView(v: VlanRecord): Output {
  const out: Output = {
    vlanId: v.vlanId,
    cidr: v.cidr,
    availabilityZone: v.availabilityZone,
    functionName: v.functionName,
    subnetId: v.subnetId,
    createdAt: epochSeconds(v.createdAt),
    modifiedAt: epochSeconds(v.modifiedAt),
    vlanState: v.state,
  };
  if (v.stateDetails !== undefined) out.stateDetails = v.stateDetails;
  out.eipAssociations = v.eipAssociations.map((a) => ({ ...a }));
  out.isPublic = v.isPublic;
  if (v.networkAclId !== undefined) out.networkAclId = v.networkAclId;
  return out;
}

/** The VLAN Elastic IPs go on: `hcx` only, and only when it is public. */
function publicHcxVlan(ctx: OperationContext, env: EnvironmentRecord, vlanName: string): VlanRecord {
  if (vlanName !== 'hcx') {
    throw fieldErrors([{ name: 'vlanName', message: `vlanName ${vlanName} is not accepted; Elastic IPs go on the public HCX VLAN, "hcx".` }]);
  }
  const v = ctx.store.vlan(env.environmentId, 'hcx');
  if (!v || v.state === 'DELETED') throw notFound('vlan', vlanName, `VLAN ${vlanName} was not found in environment ${env.environmentId}.`);
  if (!v.isPublic) {
    throw validationError(
      `The HCX VLAN of environment ${env.environmentId} is private; Elastic IPs can be associated only with a public HCX VLAN (isHcxPublic at creation).`,
      'other',
    );
  }
  if (v.state !== 'CREATED') throw validationError(`VLAN hcx of environment ${env.environmentId} is ${v.state}; Elastic IPs can be associated once it is CREATED.`, 'other');
  return v;
}

const EIP_INPUT = { vlanName: { kind: 'string', constraint: 'vlanName' } } as const;

export const VLAN_OPERATIONS = {
  ListEnvironmentVlans: {
    input: inputSpec({ required: ['environmentId'], optional: ['nextToken', 'maxResults'] }),
    handler: (input, ctx) => {
      const environmentId = input.environmentId as string;
      initializedEnvironment(ctx, environmentId, 'VLANs');
      return listPage(ctx, input, {
        member: 'environmentVlans',
        scope: `ListEnvironmentVlans:${environmentId}`,
        items: ctx.store.vlansOf(environmentId),
        key: (v) => ({ createdAt: v.createdAt, id: String(v.vlanId).padStart(6, '0') }),
        view: vlanView,
      });
    },
  },
  AssociateEipToVlan: {
    input: inputSpec({ required: ['environmentId', 'vlanName', 'allocationId'], optional: ['clientToken'], rules: EIP_INPUT }),
    handler: (input, ctx) => {
      const env = readyEnvironment(ctx, input.environmentId as string, 'Elastic IP associations');
      const v = publicHcxVlan(ctx, env, input.vlanName as string);
      const allocationId = input.allocationId as string;
      // Idempotent: the same allocation again answers the VLAN as it is.
      if (!v.eipAssociations.some((a) => a.allocationId === allocationId)) {
        for (const other of ctx.store.vlans.values()) {
          if (other.eipAssociations.some((a) => a.allocationId === allocationId)) {
            throw fieldErrors([{ name: 'allocationId', message: `allocationId ${allocationId} is already associated with VLAN ${other.functionName} of ${other.environmentId}.` }]);
          }
        }
        const taken = new Set(v.eipAssociations.map((a) => a.ipAddress));
        const cidr = parseCidr(v.cidr);
        let ipAddress: string | undefined;
        for (let i = 0; (ipAddress = usableAddress(cidr, i)) !== undefined && taken.has(ipAddress); i++);
        if (ipAddress === undefined) {
          throw validationError(`The HCX VLAN ${v.cidr} of environment ${env.environmentId} has no free address for another Elastic IP.`, 'other');
        }
        v.eipAssociations.push({ associationId: `eipassoc-${hex(17)}`, allocationId, ipAddress });
        v.modifiedAt = ctx.store.now();
        ctx.store.onChange();
      }
      return { vlan: vlanView(v) };
    },
  },
  DisassociateEipFromVlan: {
    input: inputSpec({ required: ['environmentId', 'vlanName', 'associationId'], optional: ['clientToken'], rules: EIP_INPUT }),
    handler: (input, ctx) => {
      const env = findEnvironment(ctx, input.environmentId as string);
      const v = publicHcxVlan(ctx, env, input.vlanName as string);
      const associationId = input.associationId as string;
      const i = v.eipAssociations.findIndex((a) => a.associationId === associationId);
      if (i < 0) throw notFound('eipAssociation', associationId, `Elastic IP association ${associationId} was not found on VLAN hcx of ${env.environmentId}.`);
      v.eipAssociations.splice(i, 1);
      v.modifiedAt = ctx.store.now();
      ctx.store.onChange();
      return { vlan: vlanView(v) };
    },
  },
} satisfies Family;
