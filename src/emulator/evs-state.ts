/**
 * The local EVS service's state and configuration in one place: the store, durations, faults, rate
 * limits and counters. It runs API operations for the server and implements the control
 * interface in process.
 */
import type { CheckType } from '../evs/constraints';
import {
  checkConnectorPatch,
  checkDurations,
  checkFaults,
  checkPatch,
  checkSeed,
  ControlError,
  type ConnectorInfo,
  type ConnectorPatch,
  type Counters,
  type EmulatorControl,
  type EnvironmentInfo,
  type EnvironmentPatch,
  type EntitlementInfo,
  type EntitlementPatch,
  type OperationCounter,
  checkEntitlementPatch,
  checkVms,
  checkChildPatch,
  type ChildPatch,
  type HostInfo,
  type HostPatch,
  type VlanInfo,
  type VlanPatch,
} from './control';
import { connectorView } from './families/connectors';
import { hostView } from './families/hosts';
import { vlanView } from './families/vlans';
import { entitlementView, vmsOf } from './families/entitlements';
import { environmentSummaryView } from './families/environments';
import type { AccountContext } from './families/family';
import { Faults, type FaultConfig } from './faults';
import { DEFAULT_DURATIONS, OPERATIONS, type Durations, type EnvironmentSeed, type OperationName, type VmRecord } from './model';
import { runOperation, type OperationContext } from './operations';
import { Paginator } from './pagination';
import { RateLimiter, type RateLimits } from './rate-limit';
import { Store } from './store';

/** With no seed, one ready environment so the demo can create all three connector types. */
export const DEFAULT_ENVIRONMENT: EnvironmentSeed = {
  id: 'env-0000000001',
  state: 'CREATED',
  vcfVersion: 'SELF_DEPLOYED',
  name: 'emulator-default',
};

export interface EvsStateConfig {
  environments: EnvironmentSeed[];
  durations: Durations;
  rateLimits: RateLimits;
  faults: FaultConfig;
  account: AccountContext;
  clock: () => number;
}

export type Outcome = keyof Omit<OperationCounter, 'calls'>;

function zeroCounters(): Counters {
  const out = {} as Counters;
  for (const op of OPERATIONS) {
    out[op] = { calls: 0, ok: 0, throttled: 0, faulted: 0, validation: 0, notFound: 0, denied: 0, other: 0, lostAnswers: 0 };
  }
  return out;
}

/** An out-of-band state or details change: any step in flight is dropped. */
function applyChildPatch(r: { state: string; stateDetails?: string; pending?: unknown; modifiedAt: number }, patch: ChildPatch<string>, now: number): void {
  if (patch.state !== undefined) {
    r.pending = undefined;
    r.state = patch.state;
  }
  if (patch.stateDetails !== undefined) r.stateDetails = patch.stateDetails || undefined;
  r.modifiedAt = now;
}

/** Implements the control interface, and is itself the context the operations run in. */
export class EvsState implements EmulatorControl, OperationContext {
  readonly store: Store;
  readonly faults = new Faults();
  readonly limiter = new RateLimiter();
  durations: Durations;
  private counters = zeroCounters();
  readonly paginator = new Paginator();
  readonly account: AccountContext;

  constructor(private readonly config: EvsStateConfig) {
    this.store = new Store(config.clock);
    this.durations = { ...config.durations };
    this.limiter.set(config.rateLimits);
    this.faults.set(config.faults);
    this.account = config.account;
  }

  /** Puts the configured seed environments in the store (used at start and on reset). */
  seed(): void {
    for (const s of this.config.environments) this.store.putEnvironment(s);
  }

  /** Runs one API operation; throws AwsError for the AWS error answers. */
  run(op: OperationName, input: Record<string, unknown>): Record<string, unknown> {
    this.store.settle();
    return runOperation(op, input, this);
  }

  count(op: OperationName, outcome: Outcome | 'call'): void {
    const c = this.counters[op];
    if (outcome === 'call') c.calls++;
    else c[outcome]++;
  }

  // ---- control interface ----

  private envInfo(id: string): EnvironmentInfo {
    const e = this.store.environments.get(id)!;
    const info = environmentSummaryView(e, this) as EnvironmentInfo;
    if (e.stateDetails !== undefined) info.stateDetails = e.stateDetails;
    return info;
  }

  private connectorInfo(id: string): ConnectorInfo {
    return connectorView(this.store.connectors.get(id)!, this.store.now(), this.durations.checkIntervalMs) as ConnectorInfo;
  }

  async listEnvironments(): Promise<EnvironmentInfo[]> {
    return [...this.store.environments.keys()].map((id) => this.envInfo(id));
  }

  async seedEnvironments(seeds: EnvironmentSeed[]): Promise<EnvironmentInfo[]> {
    if (!Array.isArray(seeds)) throw new ControlError(400, 'Expected a list of environment seeds.');
    const checked = seeds.map(checkSeed);
    return checked.map((s) => this.envInfo(this.store.putEnvironment(s).environmentId));
  }

  async updateEnvironment(id: string, patch: EnvironmentPatch): Promise<EnvironmentInfo> {
    if (!this.store.environments.has(id)) throw new ControlError(404, `No environment ${id}.`);
    checkPatch(patch as Record<string, unknown>);
    const env = this.store.putEnvironment({ id, state: patch.state, name: patch.name, vcfVersion: patch.vcfVersion });
    if (patch.stateDetails !== undefined) env.stateDetails = patch.stateDetails || undefined;
    const now = this.store.now();
    for (const [check, result] of Object.entries(patch.checks ?? {})) {
      env.checkOverrides ??= {};
      const prev = env.checkOverrides[check as CheckType];
      env.checkOverrides[check as CheckType] = { result: result!, since: prev && prev.result === result ? prev.since : now };
    }
    this.store.onChange();
    return this.envInfo(id);
  }

  async deleteEnvironment(id: string): Promise<void> {
    if (!this.store.deleteEnvironment(id)) throw new ControlError(404, `No environment ${id}.`);
  }

  async listHosts(): Promise<HostInfo[]> {
    this.store.settle();
    return [...this.store.hosts.values()].map((h) => ({ environmentId: h.environmentId, ...hostView(h), esxVersion: h.esxVersion }) as HostInfo);
  }

  async updateHost(environmentId: string, hostName: string, patch: HostPatch): Promise<HostInfo> {
    this.store.settle();
    const h = this.store.host(environmentId, hostName);
    if (!h) throw new ControlError(404, `Environment ${environmentId} has no host ${hostName}.`);
    checkChildPatch(patch, 'HostState');
    applyChildPatch(h, patch, this.store.now());
    this.store.onChange();
    return { environmentId, ...hostView(h), esxVersion: h.esxVersion } as HostInfo;
  }

  async deleteHost(environmentId: string, hostName: string): Promise<void> {
    const h = this.store.host(environmentId, hostName);
    if (!h) throw new ControlError(404, `Environment ${environmentId} has no host ${hostName}.`);
    this.store.removeHost(h);
    this.store.onChange();
  }

  async listVlans(): Promise<VlanInfo[]> {
    this.store.settle();
    return [...this.store.vlans.values()].map((v) => ({ environmentId: v.environmentId, ...vlanView(v) }) as VlanInfo);
  }

  async updateVlan(environmentId: string, functionName: string, patch: VlanPatch): Promise<VlanInfo> {
    this.store.settle();
    const v = this.store.vlan(environmentId, functionName);
    if (!v) throw new ControlError(404, `Environment ${environmentId} has no VLAN ${functionName}.`);
    checkChildPatch(patch, 'VlanState');
    applyChildPatch(v, patch, this.store.now());
    this.store.onChange();
    return { environmentId, ...vlanView(v) } as VlanInfo;
  }

  async listConnectors(): Promise<ConnectorInfo[]> {
    this.store.settle();
    return [...this.store.connectors.values()]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((c) => this.connectorInfo(c.connectorId));
  }

  async updateConnector(id: string, patch: ConnectorPatch): Promise<ConnectorInfo> {
    this.store.settle();
    const c = this.store.connectors.get(id);
    if (!c) throw new ControlError(404, `No connector ${id}.`);
    checkConnectorPatch(patch, c.type);
    const now = this.store.now();
    if (patch.applianceFqdn !== undefined) c.applianceFqdn = patch.applianceFqdn;
    if (patch.secretIdentifier !== undefined) c.secretArn = patch.secretIdentifier;
    if (patch.state !== undefined) {
      if (patch.state === 'DELETED') {
        this.store.removeConnector(id);
        this.store.onChange();
        return { ...this.connectorInfoOf(c), state: 'DELETED' };
      }
      c.pending = undefined;
      c.state = patch.state;
      if (patch.state === 'ACTIVE') c.activeSince ??= now;
      if (patch.state === 'CREATE_FAILED' || patch.state === 'UPDATE_FAILED') c.failedAt = now;
      c.stateDetails = undefined;
    }
    if (patch.stateDetails !== undefined) c.stateDetails = patch.stateDetails || undefined;
    for (const [check, result] of Object.entries(patch.checks ?? {})) {
      const prev = c.checkOverrides[check as CheckType];
      const since = prev && prev.result === result ? prev.since : now;
      c.checkOverrides[check as CheckType] = { result: result!, since };
    }
    c.modifiedAt = now;
    this.store.onChange();
    return this.connectorInfo(id);
  }

  private connectorInfoOf(c: Parameters<typeof connectorView>[0]): ConnectorInfo {
    return connectorView(c, this.store.now(), this.durations.checkIntervalMs) as ConnectorInfo;
  }

  async deleteConnector(id: string): Promise<void> {
    if (!this.store.removeConnector(id)) throw new ControlError(404, `No connector ${id}.`);
    this.store.onChange();
  }

  private vcenter(id: string) {
    this.store.settle();
    const c = this.store.connectors.get(id);
    if (!c) throw new ControlError(404, `No connector ${id}.`);
    if (c.type !== 'VCENTER') throw new ControlError(400, `Connector ${id} is ${c.type}; only VCENTER connectors have VMs and entitlements.`);
    return c;
  }

  async getConnectorVms(id: string): Promise<VmRecord[]> {
    return vmsOf(this.vcenter(id)).map((v) => ({ ...v }));
  }

  async setConnectorVms(id: string, vms: unknown): Promise<VmRecord[]> {
    const c = this.vcenter(id);
    c.vms = checkVms(vms);
    this.store.onChange();
    return c.vms.map((v) => ({ ...v }));
  }

  private entitlementInfo(e: Parameters<typeof entitlementView>[0]): EntitlementInfo {
    return entitlementView(e, this.store.now(), this.durations.checkIntervalMs) as EntitlementInfo;
  }

  async listEntitlements(): Promise<EntitlementInfo[]> {
    this.store.settle();
    return [...this.store.connectors.keys()].flatMap((id) => this.store.entitlementsOf(id).map((e) => this.entitlementInfo(e)));
  }

  async updateEntitlement(connectorId: string, vmId: string, patch: EntitlementPatch): Promise<EntitlementInfo> {
    this.vcenter(connectorId);
    const e = this.store.entitlement(connectorId, vmId);
    if (!e) throw new ControlError(404, `Connector ${connectorId} has no entitlement for ${vmId}.`);
    checkEntitlementPatch(patch);
    const now = this.store.now();
    if (patch.status !== undefined && patch.status !== e.state) {
      e.pending = undefined;
      e.state = patch.status;
      if (patch.status === 'CREATED' || patch.status === 'AT_RISK') {
        e.startedAt ??= now;
        e.stoppedAt = undefined;
      }
      if (patch.status === 'DELETED' || patch.status === 'ENTITLEMENT_REMOVED') e.stoppedAt = now;
      if (patch.status === 'CREATED') e.errorDetail = undefined;
    }
    if (patch.errorDetail !== undefined) e.errorDetail = patch.errorDetail ?? undefined;
    e.modifiedAt = now;
    this.store.onChange();
    return this.entitlementInfo(e);
  }

  async getDurations(): Promise<Durations> {
    return { ...this.durations };
  }

  async setDurations(d: Partial<Durations>): Promise<Durations> {
    checkDurations(d);
    this.durations = { ...this.durations, ...d };
    return { ...this.durations };
  }

  async getFaults(): Promise<FaultConfig> {
    return this.faults.get();
  }

  async setFaults(f: FaultConfig): Promise<FaultConfig> {
    checkFaults(f);
    this.faults.set(f);
    return this.faults.get();
  }

  async clearFaults(): Promise<void> {
    this.faults.clear();
  }

  async getRateLimits(): Promise<RateLimits> {
    return this.limiter.get();
  }

  async setRateLimits(limits: RateLimits): Promise<RateLimits> {
    if (!limits || typeof limits !== 'object') throw new ControlError(400, 'Expected { operation: { ratePerSecond, burst? } }.');
    this.limiter.set(limits);
    return this.limiter.get();
  }

  async getCounters(): Promise<Counters> {
    return structuredClone(this.counters);
  }

  async resetCounters(): Promise<void> {
    this.counters = zeroCounters();
  }

  async reset(): Promise<void> {
    this.store.clear();
    this.seed();
    this.durations = { ...this.config.durations };
    this.limiter.set(this.config.rateLimits);
    this.faults.set(this.config.faults);
    this.counters = zeroCounters();
  }
}

export { DEFAULT_DURATIONS };
