/**
 * In-memory state: environments, connectors and VM entitlements. Every read first settles due
 * lifecycle steps; every change calls `onChange` (the persistence hook).
 */
import { randomBytes } from 'crypto';
import type { ConnectorType } from '../evs/constraints';
import { CONNECTOR_LIFECYCLE } from './families/connectors';
import { ENTITLEMENT_LIFECYCLE, LIVE_STATUSES } from './families/entitlements';
import type { ConnectorRecord, EntitlementRecord, EnvironmentRecord, EnvironmentSeed } from './model';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `prefix-` and 10 random letters or digits, as the model's id patterns require. */
export function newId(prefix: 'cnctr' | 'env'): string {
  const bytes = randomBytes(10);
  let out = '';
  for (const b of bytes) out += ALNUM[b % ALNUM.length];
  return `${prefix}-${out}`;
}

export interface StoreSnapshot {
  version: 1;
  environments: EnvironmentRecord[];
  connectors: ConnectorRecord[];
  /** Absent in files written before entitlements existed. */
  entitlements?: EntitlementRecord[];
}

const entitlementKey = (connectorId: string, vmId: string) => `${connectorId}/${vmId}`;

export class Store {
  readonly environments = new Map<string, EnvironmentRecord>();
  readonly connectors = new Map<string, ConnectorRecord>();
  /** Keyed by connectorId/vmId. */
  readonly entitlements = new Map<string, EntitlementRecord>();
  onChange: () => void = () => {};

  constructor(private readonly clock: () => number = Date.now) {}

  now(): number {
    return this.clock();
  }

  /** Applies every lifecycle step that is due; connectors that finished deleting vanish (with their entitlements). */
  settle(now = this.now()): void {
    let changed = false;
    for (const c of this.connectors.values()) {
      const r = CONNECTOR_LIFECYCLE.advance(c, now);
      if (r === 'gone') this.removeConnector(c.connectorId);
      if (r !== 'same') changed = true;
    }
    for (const e of this.entitlements.values()) {
      if (ENTITLEMENT_LIFECYCLE.advance(e, now, this) !== 'same') changed = true;
    }
    if (changed) this.onChange();
  }

  putEnvironment(seed: EnvironmentSeed, now = this.now()): EnvironmentRecord {
    const existing = this.environments.get(seed.id);
    const env: EnvironmentRecord = existing ?? {
      environmentId: seed.id,
      environmentName: seed.name ?? seed.id,
      environmentState: seed.state ?? 'CREATED',
      vcfVersion: seed.vcfVersion ?? 'SELF_DEPLOYED',
      createdAt: now,
      modifiedAt: now,
    };
    if (existing) {
      if (seed.name !== undefined) env.environmentName = seed.name;
      if (seed.state !== undefined) env.environmentState = seed.state;
      if (seed.vcfVersion !== undefined) env.vcfVersion = seed.vcfVersion;
      env.modifiedAt = now;
    }
    this.environments.set(env.environmentId, env);
    this.provisionSddcConnector(env, now);
    this.onChange();
    return env;
  }

  /**
   * Where EVS installs VCF itself (VCF-5.2.x), it creates the SDDC_MANAGER connector: once the
   * environment is CREATED, the connector exists and is ACTIVE. SELF_DEPLOYED gets none.
   */
  private provisionSddcConnector(env: EnvironmentRecord, now: number): void {
    if (env.vcfVersion === 'SELF_DEPLOYED' || env.environmentState !== 'CREATED') return;
    if (env.sddcConnectorProvisioned) return;
    env.sddcConnectorProvisioned = true;
    if (this.connectorOfType(env.environmentId, 'SDDC_MANAGER')) return;
    const suffix = env.environmentId.slice(4).toLowerCase();
    const connectorId = this.freshConnectorId();
    this.connectors.set(connectorId, {
      environmentId: env.environmentId,
      connectorId,
      type: 'SDDC_MANAGER',
      applianceFqdn: `sddc-manager.${suffix}.evs.internal`,
      secretArn: `evs/${env.environmentId}/sddc-manager`,
      state: 'ACTIVE',
      createdAt: now,
      modifiedAt: now,
      activeSince: now,
      checkOverrides: {},
    });
  }

  private freshConnectorId(): string {
    let id: string;
    do id = newId('cnctr');
    while (this.connectors.has(id));
    return id;
  }

  addConnector(fields: Omit<ConnectorRecord, 'connectorId' | 'checkOverrides' | 'createdAt' | 'modifiedAt' | 'state'>, now: number): ConnectorRecord {
    const c: ConnectorRecord = {
      ...fields,
      connectorId: this.freshConnectorId(),
      state: 'CREATING',
      createdAt: now,
      modifiedAt: now,
      checkOverrides: {},
    };
    this.connectors.set(c.connectorId, c);
    return c;
  }

  /** Removes a connector and the entitlements that went through it. */
  removeConnector(connectorId: string): boolean {
    const had = this.connectors.delete(connectorId);
    for (const [key, e] of this.entitlements) if (e.connectorId === connectorId) this.entitlements.delete(key);
    return had;
  }

  /** Connectors of an environment in a stable order: creation time, then id. */
  connectorsOf(environmentId: string): ConnectorRecord[] {
    const list: ConnectorRecord[] = [];
    for (const c of this.connectors.values()) if (c.environmentId === environmentId) list.push(c);
    return list.sort(compareConnectors);
  }

  connectorOfType(environmentId: string, type: ConnectorType): ConnectorRecord | undefined {
    for (const c of this.connectors.values()) {
      if (c.environmentId === environmentId && c.type === type) return c;
    }
    return undefined;
  }

  entitlement(connectorId: string, vmId: string): EntitlementRecord | undefined {
    return this.entitlements.get(entitlementKey(connectorId, vmId));
  }

  /** Adds an entitlement, or replaces the one of the same connector and VM. */
  putEntitlement(e: EntitlementRecord): EntitlementRecord {
    this.entitlements.set(entitlementKey(e.connectorId, e.vmId), e);
    return e;
  }

  /** A connector's entitlements in a stable order: creation time, then VM id. */
  entitlementsOf(connectorId: string): EntitlementRecord[] {
    const list: EntitlementRecord[] = [];
    for (const e of this.entitlements.values()) if (e.connectorId === connectorId) list.push(e);
    return list.sort((a, b) => a.createdAt - b.createdAt || (a.vmId < b.vmId ? -1 : a.vmId > b.vmId ? 1 : 0));
  }

  /** Entitlements that still track usage through this connector. */
  liveEntitlementsOf(connectorId: string): EntitlementRecord[] {
    return this.entitlementsOf(connectorId).filter((e) => LIVE_STATUSES.has(e.state));
  }

  deleteEnvironment(id: string): boolean {
    const had = this.environments.delete(id);
    for (const c of [...this.connectors.values()]) if (c.environmentId === id) this.removeConnector(c.connectorId);
    if (had) this.onChange();
    return had;
  }

  clear(): void {
    this.environments.clear();
    this.connectors.clear();
    this.entitlements.clear();
    this.onChange();
  }

  snapshot(): StoreSnapshot {
    return {
      version: 1,
      environments: [...this.environments.values()],
      connectors: [...this.connectors.values()],
      entitlements: [...this.entitlements.values()],
    };
  }

  restore(s: StoreSnapshot): void {
    this.environments.clear();
    this.connectors.clear();
    this.entitlements.clear();
    for (const e of s.environments) this.environments.set(e.environmentId, { ...e });
    for (const c of s.connectors) this.connectors.set(c.connectorId, { ...c, checkOverrides: { ...c.checkOverrides } });
    for (const e of s.entitlements ?? []) this.putEntitlement({ ...e });
  }
}

export function compareConnectors(a: ConnectorRecord, b: ConnectorRecord): number {
  return a.createdAt - b.createdAt || (a.connectorId < b.connectorId ? -1 : a.connectorId > b.connectorId ? 1 : 0);
}
