/**
 * Health checks per connector type. Results are derived when read (no timers): an ACTIVE
 * connector's checks last ran at the latest multiple of the check interval since it became
 * ACTIVE; results come from the control interface's overrides, else PASSED.
 */
import type { CheckResult, CheckType, ConnectorType } from '../evs/constraints';
import type { ConnectorRecord } from './model';

export const CHECKS_BY_TYPE: Record<ConnectorType, readonly CheckType[]> = {
  SDDC_MANAGER: [
    'SDDC_MANAGER_REACHABILITY',
    'SDDC_MANAGER_HOST_COUNT',
    'SDDC_MANAGER_KEY_COVERAGE',
    'SDDC_MANAGER_KEY_REUSE',
  ],
  VCENTER: ['VCENTER_REACHABILITY', 'VCENTER_VM_SYNC', 'VCENTER_VM_EVENT'],
  OPERATIONS_MANAGER: ['OPERATIONS_MANAGER_REACHABILITY'],
};

/** The reachability check of each type: the one a failed create or update marks FAILED. */
const REACHABILITY: Record<ConnectorType, CheckType> = {
  SDDC_MANAGER: 'SDDC_MANAGER_REACHABILITY',
  VCENTER: 'VCENTER_REACHABILITY',
  OPERATIONS_MANAGER: 'OPERATIONS_MANAGER_REACHABILITY',
};

export interface CheckView {
  type: CheckType;
  result: CheckResult;
  lastCheckAttempt?: number;
  impairedSince?: number;
}

export function connectorChecks(c: ConnectorRecord, now: number, intervalMs: number): CheckView[] {
  const types = CHECKS_BY_TYPE[c.type];
  if (c.state === 'CREATE_FAILED' || c.state === 'UPDATE_FAILED') {
    return types.map((type) =>
      type === REACHABILITY[c.type]
        ? { type, result: 'FAILED', lastCheckAttempt: c.failedAt, impairedSince: c.failedAt }
        : { type, result: 'UNKNOWN' },
    );
  }
  if (c.activeSince === undefined || c.state === 'CREATING') {
    return types.map((type) => ({ type, result: 'UNKNOWN' }));
  }
  const interval = Math.max(1, intervalMs);
  const lastCheckAttempt = c.activeSince + Math.floor(Math.max(0, now - c.activeSince) / interval) * interval;
  return types.map((type) => {
    const override = c.checkOverrides[type];
    const result: CheckResult = override?.result ?? 'PASSED';
    const view: CheckView = { type, result, lastCheckAttempt };
    if (result === 'FAILED') view.impairedSince = override?.since ?? lastCheckAttempt;
    return view;
  });
}

/** The connector's `status`: FAILED if any check failed, else UNKNOWN if any is unknown. */
export function deriveStatus(checks: readonly CheckView[]): CheckResult {
  if (checks.some((c) => c.result === 'FAILED')) return 'FAILED';
  if (checks.length === 0 || checks.some((c) => c.result === 'UNKNOWN')) return 'UNKNOWN';
  return 'PASSED';
}
