/**
 * The control interface: typed operations for tests and benchmarks, kept apart from the AWS API.
 * `ControlHandle` serves them in process; `control-routes.ts` serves the same over HTTP under
 * `/_emulator/`, and `EmulatorControlClient` calls those routes from another process.
 */
import {
  checkEnum,
  checkString,
  type CheckResult,
  type CheckType,
  type ConnectorState,
  type EntitlementStatus,
  type EnvironmentState,
  type HostState,
  type VcfVersion,
  type VlanState,
} from '../evs/constraints';
import { CHECKS_BY_TYPE } from './checks';
import { ENVIRONMENT_CHECK_TYPES } from './families/shapes';
import { FAIL_NEXT_KEYS, type FaultConfig, type LoseNext } from './faults';
import {
  DEFAULT_DURATIONS,
  isOperationName,
  type Durations,
  type EntitlementErrorDetail,
  type EnvironmentSeed,
  type OperationName,
  type VmRecord,
} from './model';
import type { RateLimits } from './rate-limit';

export interface OperationCounter {
  calls: number;
  ok: number;
  throttled: number;
  faulted: number;
  validation: number;
  notFound: number;
  /** Refused by the SigV4 checks. */
  denied: number;
  other: number;
  /** Answers lost after the operation ran (fault `lostAnswerRate` / `loseNextAnswers`); also counted by outcome. */
  lostAnswers: number;
}

export type Counters = Record<OperationName, OperationCounter>;

export interface EnvironmentPatch {
  /** Its settling VLANs and hosts follow (DELETED: all of them). */
  state?: EnvironmentState;
  stateDetails?: string;
  name?: string;
  vcfVersion?: VcfVersion;
  /** Environment check results to force, e.g. `{ KEY_COVERAGE: 'FAILED' }` (VCF environments, CREATED). */
  checks?: Partial<Record<CheckType, CheckResult>>;
}

/** An out-of-band change of a host or VLAN, e.g. `{ state: 'CREATE_FAILED', stateDetails: '…' }`. */
export interface ChildPatch<S extends string> {
  state?: S;
  /** Replaces the details; empty removes them. */
  stateDetails?: string;
}
export type HostPatch = ChildPatch<HostState>;
export type VlanPatch = ChildPatch<VlanState>;

/** Host in the model's Host shape plus environmentId and esxVersion (which the API does not return). */
export type HostInfo = Record<string, unknown> & { environmentId: string; hostName: string; hostState: HostState; esxVersion: string };
/** VLAN in the model's Vlan shape plus environmentId. */
export type VlanInfo = Record<string, unknown> & { environmentId: string; functionName: string; vlanState: VlanState };

export interface ConnectorPatch {
  applianceFqdn?: string;
  secretIdentifier?: string;
  state?: ConnectorState;
  stateDetails?: string;
  /** Check results to force, e.g. `{ VCENTER_REACHABILITY: 'FAILED' }`. */
  checks?: Partial<Record<CheckType, CheckResult>>;
}

/** An out-of-band change of a VM entitlement, e.g. `{ status: 'AT_RISK', errorDetail: {...} }`. */
export interface EntitlementPatch {
  status?: EntitlementStatus;
  /** Replaces the error detail; null removes it. */
  errorDetail?: EntitlementErrorDetail | null;
}

/** A VM of a VCENTER connector's vCenter Server. */
export type VmInfo = VmRecord;

/** Environment as the control interface shows it: the model's EnvironmentSummary plus stateDetails. */
export type EnvironmentInfo = Record<string, unknown> & { environmentId: string; environmentState: EnvironmentState };
/** Connector in the model's Connector shape (epoch-second timestamps). */
export type ConnectorInfo = Record<string, unknown> & { connectorId: string; environmentId: string; state: ConnectorState };
/** VM entitlement in the model's VmEntitlement shape (epoch-second timestamps). */
export type EntitlementInfo = Record<string, unknown> & { connectorId: string; vmId: string; status: EntitlementStatus };

/** Same operations in process (ControlHandle) and over HTTP (EmulatorControlClient). */
export interface EmulatorControl {
  listEnvironments(): Promise<EnvironmentInfo[]>;
  /** Adds environments, or changes the ones that exist. */
  seedEnvironments(seeds: EnvironmentSeed[]): Promise<EnvironmentInfo[]>;
  updateEnvironment(id: string, patch: EnvironmentPatch): Promise<EnvironmentInfo>;
  deleteEnvironment(id: string): Promise<void>;
  /** Every host of every environment (DELETED ones too). */
  listHosts(): Promise<HostInfo[]>;
  /** Out-of-band change of a host's state or details. */
  updateHost(environmentId: string, hostName: string, patch: HostPatch): Promise<HostInfo>;
  /** Out-of-band removal: the host is gone at once (not even DELETED). */
  deleteHost(environmentId: string, hostName: string): Promise<void>;
  /** Every VLAN of every environment, with its Elastic IP associations. */
  listVlans(): Promise<VlanInfo[]>;
  /** Out-of-band change of a VLAN's state or details (`functionName`, e.g. hcx). */
  updateVlan(environmentId: string, functionName: string, patch: VlanPatch): Promise<VlanInfo>;
  listConnectors(): Promise<ConnectorInfo[]>;
  /** Out-of-band change: the next API read sees it. */
  updateConnector(id: string, patch: ConnectorPatch): Promise<ConnectorInfo>;
  /** Out-of-band delete: the connector is gone at once (with its entitlements). */
  deleteConnector(id: string): Promise<void>;
  /** The VMs a VCENTER connector's vCenter Server holds (default vm-1001 … vm-1020). */
  getConnectorVms(id: string): Promise<VmInfo[]>;
  /** Replaces them: `[{ vmId, vmName? }]` or VM ids; entitlements for VMs outside end CREATE_FAILED. */
  setConnectorVms(id: string, vms: (VmInfo | { vmId: string; vmName?: string } | string)[]): Promise<VmInfo[]>;
  /** Every VM entitlement, in the API's VmEntitlement shape. */
  listEntitlements(): Promise<EntitlementInfo[]>;
  /** Out-of-band change of one VM's entitlement (e.g. AT_RISK, ENTITLEMENT_REMOVED, DELETED). */
  updateEntitlement(connectorId: string, vmId: string, patch: EntitlementPatch): Promise<EntitlementInfo>;
  getDurations(): Promise<Durations>;
  setDurations(durations: Partial<Durations>): Promise<Durations>;
  getFaults(): Promise<FaultConfig>;
  /** Replaces the fault configuration. */
  setFaults(faults: FaultConfig): Promise<FaultConfig>;
  clearFaults(): Promise<void>;
  getRateLimits(): Promise<RateLimits>;
  setRateLimits(limits: RateLimits): Promise<RateLimits>;
  getCounters(): Promise<Counters>;
  resetCounters(): Promise<void>;
  /** Back to the start: seed environments, configured durations and limits, no faults, zero counters. */
  reset(): Promise<void>;
}

/** A control request that cannot be done: status 400 (bad input) or 404 (unknown id). */
export class ControlError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
    this.name = 'ControlError';
  }
}

function bad(message: string): ControlError {
  return new ControlError(400, message);
}

export function checkSeed(seed: unknown): EnvironmentSeed {
  if (!seed || typeof seed !== 'object') throw bad('An environment seed must be an object with an id.');
  const s = seed as Record<string, unknown>;
  if (typeof s.id !== 'string') throw bad('An environment seed needs an id such as env-0000000001.');
  const idProblem = checkString('environmentId', s.id);
  if (idProblem) throw bad(`Environment id ${idProblem}`);
  checkPatch({ state: s.state, vcfVersion: s.vcfVersion, name: s.name });
  return {
    id: s.id,
    state: s.state as EnvironmentState | undefined,
    vcfVersion: s.vcfVersion as VcfVersion | undefined,
    name: s.name as string | undefined,
  };
}

export function checkPatch(p: Record<string, unknown>): void {
  if (p.state !== undefined) {
    const m = typeof p.state === 'string' ? checkEnum('EnvironmentState', p.state) : 'must be a string.';
    if (m) throw bad(`Environment state ${m}`);
  }
  if (p.vcfVersion !== undefined) {
    const m = typeof p.vcfVersion === 'string' ? checkEnum('VcfVersion', p.vcfVersion) : 'must be a string.';
    if (m) throw bad(`vcfVersion ${m}`);
  }
  if (p.name !== undefined) {
    const m = typeof p.name === 'string' ? checkString('environmentName', p.name) : 'must be a string.';
    if (m) throw bad(`Environment name ${m}`);
  }
  const checks = p.checks as Record<string, unknown> | undefined;
  for (const [check, result] of Object.entries(checks ?? {})) {
    if (!ENVIRONMENT_CHECK_TYPES.includes(check as CheckType)) throw bad(`An environment has no ${check} check; it has ${ENVIRONMENT_CHECK_TYPES.join(', ')}.`);
    const m = checkEnum('CheckResult', String(result));
    if (m) throw bad(`Check result ${m}`);
  }
}

export function checkChildPatch(p: ChildPatch<string>, states: 'HostState' | 'VlanState'): void {
  if (!p || typeof p !== 'object') throw bad('Expected { state?, stateDetails? }.');
  if (p.state !== undefined) {
    const m = checkEnum(states, String(p.state));
    if (m) throw bad(`${states === 'HostState' ? 'Host' : 'VLAN'} state ${m}`);
  }
  if (p.stateDetails !== undefined && typeof p.stateDetails !== 'string') throw bad('stateDetails must be a string.');
}

export function checkConnectorPatch(p: ConnectorPatch, type: keyof typeof CHECKS_BY_TYPE): void {
  if (p.applianceFqdn !== undefined) {
    const m = checkString('applianceFqdn', String(p.applianceFqdn));
    if (m) throw bad(`applianceFqdn ${m}`);
  }
  if (p.secretIdentifier !== undefined) {
    const m = checkString('secretIdentifier', String(p.secretIdentifier));
    if (m) throw bad(`secretIdentifier ${m}`);
  }
  if (p.state !== undefined) {
    const m = checkEnum('ConnectorState', String(p.state));
    if (m) throw bad(`Connector state ${m}`);
  }
  for (const [check, result] of Object.entries(p.checks ?? {})) {
    if (!CHECKS_BY_TYPE[type].includes(check as CheckType)) {
      throw bad(`A ${type} connector has no ${check} check; it has ${CHECKS_BY_TYPE[type].join(', ')}.`);
    }
    const m = checkEnum('CheckResult', String(result));
    if (m) throw bad(`Check result ${m}`);
  }
}

export function checkDurations(d: Partial<Durations>): void {
  for (const [k, v] of Object.entries(d)) {
    if (!(k in DEFAULT_DURATIONS)) throw bad(`Unknown duration ${k}; known: ${Object.keys(DEFAULT_DURATIONS).join(', ')}.`);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw bad(`${k} must be a number of milliseconds ≥ 0.`);
  }
}

export function checkFaults(f: FaultConfig): void {
  for (const k of ['throttleRate', 'errorRate', 'resetRate', 'lostAnswerRate'] as const) {
    const v = f[k];
    if (v !== undefined && (typeof v !== 'number' || v < 0 || v > 1)) throw bad(`${k} must be a number from 0 to 1.`);
  }
  for (const k of ['retryAfterSeconds', 'latencyMs', 'seed'] as const) {
    const v = f[k];
    if (v !== undefined && (typeof v !== 'number' || v < 0)) throw bad(`${k} must be a number ≥ 0.`);
  }
  for (const k of FAIL_NEXT_KEYS) {
    const v = f[k];
    if (v !== undefined && (typeof v !== 'object' || typeof v.count !== 'number' || v.count < 0)) {
      throw bad(`${k} must be { count, stateDetails? }.`);
    }
  }
  const styles = ['drop', 'truncate'];
  if (f.lostAnswerStyle !== undefined && !styles.includes(f.lostAnswerStyle)) throw bad('lostAnswerStyle must be "drop" or "truncate".');
  const next = f.loseNextAnswers;
  const charges = Array.isArray(next) ? next : next === undefined ? [] : [next];
  const badCharge = (n: LoseNext | null | undefined) =>
    !n ||
    typeof n !== 'object' ||
    !isOperationName(String(n.operation)) ||
    typeof n.count !== 'number' ||
    n.count < 0 ||
    (n.style !== undefined && !styles.includes(n.style));
  if (charges.some(badCharge)) {
    throw bad('loseNextAnswers must be { operation, count, style? } or a list of them, e.g. { "operation": "CreateEnvironmentConnector", "count": 1 }.');
  }
  if (f.operations !== undefined && (!Array.isArray(f.operations) || !f.operations.every((o) => isOperationName(String(o))))) {
    throw bad('operations must be a list of EVS operation names, e.g. ["CreateEnvironmentConnector"].');
  }
}

/** A VM list: `[{ vmId, vmName? }]`, VM ids, or `{ vms: [...] }`; names default to the id. */
export function checkVms(body: unknown): VmRecord[] {
  const list = Array.isArray(body) ? body : (body as { vms?: unknown } | null)?.vms;
  if (!Array.isArray(list)) throw bad('Expected a list of VMs: [{ "vmId": "vm-1001", "vmName": "web-1" }] or ["vm-1001"].');
  const seen = new Set<string>();
  return list.map((item: unknown) => {
    const vm = typeof item === 'string' ? { vmId: item } : (item as { vmId?: unknown; vmName?: unknown } | null);
    if (!vm || typeof vm.vmId !== 'string') throw bad('Every VM needs a vmId such as vm-1001.');
    const idProblem = checkString('vmId', vm.vmId);
    if (idProblem) throw bad(`vmId ${idProblem}`);
    if (seen.has(vm.vmId)) throw bad(`VM ${vm.vmId} is listed twice.`);
    seen.add(vm.vmId);
    const vmName = vm.vmName ?? vm.vmId;
    const nameProblem = typeof vmName === 'string' ? checkString('vmName', vmName) : 'must be a string.';
    if (nameProblem) throw bad(`vmName of ${vm.vmId} ${nameProblem}`);
    return { vmId: vm.vmId, vmName: vmName as string };
  });
}

export function checkEntitlementPatch(p: EntitlementPatch): void {
  if (!p || typeof p !== 'object') throw bad('Expected { status?, errorDetail? }.');
  if (p.status !== undefined) {
    const m = checkEnum('EntitlementStatus', String(p.status));
    if (m) throw bad(`Entitlement status ${m}`);
  }
  const d = p.errorDetail;
  if (d != null && (typeof d !== 'object' || typeof d.errorCode !== 'string' || typeof d.errorMessage !== 'string')) {
    throw bad('errorDetail must be { errorCode, errorMessage } (strings), or null to remove it.');
  }
}
