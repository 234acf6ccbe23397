/**
 * The connector state machine. Transitions are timestamps, applied lazily whenever the store is
 * read (`advance`), so there are no timers to leak and timing is exact under test.
 *
 *   CREATING ─▶ ACTIVE | CREATE_FAILED      UPDATING ─▶ ACTIVE | UPDATE_FAILED
 *   DELETING ─▶ (gone: ResourceNotFound)
 */
import type { ConnectorRecord } from './model';

export function beginCreate(c: ConnectorRecord, now: number, durationMs: number, failWith?: string): void {
  c.state = 'CREATING';
  c.pending = { kind: 'create', at: now + durationMs, failWith };
}

export function beginUpdate(
  c: ConnectorRecord,
  now: number,
  durationMs: number,
  change: { applianceFqdn?: string; secretArn?: string },
  failWith?: string,
): void {
  c.state = 'UPDATING';
  c.stateDetails = undefined;
  c.modifiedAt = now;
  c.pending = { kind: 'update', at: now + durationMs, failWith, ...change };
}

export function beginDelete(c: ConnectorRecord, now: number, durationMs: number): void {
  c.state = 'DELETING';
  c.stateDetails = undefined;
  c.modifiedAt = now;
  c.pending = { kind: 'delete', at: now + durationMs };
}

/**
 * Applies a due transition. Returns 'gone' when the connector finished deleting, 'changed' when
 * it moved, 'same' otherwise.
 */
export function advance(c: ConnectorRecord, now: number): 'gone' | 'changed' | 'same' {
  const p = c.pending;
  if (!p || p.at > now) return 'same';
  c.pending = undefined;
  c.modifiedAt = p.at;
  switch (p.kind) {
    case 'delete':
      return 'gone';
    case 'create':
      if (p.failWith !== undefined) fail(c, 'CREATE_FAILED', p.failWith, p.at);
      else activate(c, p.at);
      return 'changed';
    case 'update':
      if (p.failWith !== undefined) {
        fail(c, 'UPDATE_FAILED', p.failWith, p.at);
      } else {
        if (p.applianceFqdn !== undefined) c.applianceFqdn = p.applianceFqdn;
        if (p.secretArn !== undefined) c.secretArn = p.secretArn;
        activate(c, p.at);
      }
      return 'changed';
  }
}

function activate(c: ConnectorRecord, at: number): void {
  c.state = 'ACTIVE';
  c.stateDetails = undefined;
  c.activeSince = at;
  c.failedAt = undefined;
}

function fail(c: ConnectorRecord, state: 'CREATE_FAILED' | 'UPDATE_FAILED', details: string, at: number): void {
  c.state = state;
  c.stateDetails = details;
  c.failedAt = at;
}
