/**
 * In-memory state: environments, connectors and VM entitlements. Every read first settles due
 * lifecycle steps; every change calls `onChange` (the persistence hook).
 */
import { randomBytes } from 'crypto';
import type { ConnectorType } from '../evs/constraints';
import { CONNECTOR_LIFECYCLE } from './families/connectors';
import { ENTITLEMENT_LIFECYCLE, LIVE_STATUSES } from './families/entitlements';
import { ENVIRONMENT_LIFECYCLE } from './families/environments';
import { HOST_LIFECYCLE, hostFields } from './families/hosts';
import { deploysVcf } from './families/shapes';
import { defaultEsxVersion, instanceTypesOf } from './families/versions';
import { makeVlans, seedInitialVlans, VLAN_LIFECYCLE } from './families/vlans';
import type { ConnectorRecord, EntitlementRecord, EnvironmentRecord, EnvironmentSeed, HostRecord, VlanRecord } from './model';

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
  /** Absent in files written before hosts, VLANs and account settings existed. */
  hosts?: HostRecord[];
  vlans?: VlanRecord[];
  accountSettings?: Record<string, string>;
}

const entitlementKey = (connectorId: string, vmId: string) => `${connectorId}/${vmId}`;
/** Host names compare case-insensitively (DNS names). */
const hostKey = (environmentId: string, hostName: string) => `${environmentId}/${hostName.toLowerCase()}`;
const vlanKey = (environmentId: string, functionName: string) => `${environmentId}/${functionName}`;

/** The region seeded environments' VLANs are placed in when the store has no other. */
const SEED_REGION = 'us-east-1';

export class Store {
  readonly environments = new Map<string, EnvironmentRecord>();
  readonly connectors = new Map<string, ConnectorRecord>();
  /** Keyed by connectorId/vmId. */
  readonly entitlements = new Map<string, EntitlementRecord>();
  /** Keyed by environmentId/hostName (lower case). */
  readonly hosts = new Map<string, HostRecord>();
  /** Keyed by environmentId/functionName. */
  readonly vlans = new Map<string, VlanRecord>();
  /** PutAccountSettings: name → value. */
  readonly accountSettings = new Map<string, string>();
  onChange: () => void = () => {};

  constructor(private readonly clock: () => number = Date.now) {}

  now(): number {
    return this.clock();
  }

  /** Applies every lifecycle step that is due; connectors that finished deleting vanish (with their entitlements). */
  settle(now = this.now()): void {
    let changed = false;
    // Environments first: their VLANs and initial hosts settle on the environment's outcome.
    for (const e of this.environments.values()) {
      const r = ENVIRONMENT_LIFECYCLE.advance(e, now, this);
      if (r === 'same') continue;
      changed = true;
      if (e.environmentState === 'CREATED') this.provisionSddcConnector(e, e.modifiedAt);
      if (e.environmentState === 'DELETED') this.dropEnvironmentContents(e);
    }
    for (const h of this.hosts.values()) if (HOST_LIFECYCLE.advance(h, now, this) !== 'same') changed = true;
    for (const v of this.vlans.values()) if (VLAN_LIFECYCLE.advance(v, now, this) !== 'same') changed = true;
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

  /** A deleted environment keeps only its record (state DELETED): connectors, entitlements, tags and the depot token go. */
  private dropEnvironmentContents(e: EnvironmentRecord): void {
    for (const c of [...this.connectors.values()]) if (c.environmentId === e.environmentId) this.removeConnector(c.connectorId);
    e.tags = undefined;
    e.depotToken = undefined;
  }

  private freshEnvironmentId(): string {
    let id: string;
    do id = newId('env');
    while (this.environments.has(id));
    return id;
  }

  /** A new environment from CreateEnvironment (state CREATING; the caller starts its lifecycle). */
  addEnvironment(
    fields: Omit<EnvironmentRecord, 'environmentId' | 'environmentName' | 'environmentState' | 'createdAt' | 'modifiedAt'> & { environmentName?: string },
    now: number,
  ): EnvironmentRecord {
    const environmentId = this.freshEnvironmentId();
    const env: EnvironmentRecord = {
      ...fields,
      environmentId,
      environmentName: fields.environmentName ?? environmentId,
      environmentState: 'CREATING',
      createdAt: now,
      modifiedAt: now,
    };
    for (const k of Object.keys(env) as (keyof EnvironmentRecord)[]) if (env[k] === undefined) delete env[k];
    this.environments.set(environmentId, env);
    return env;
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
    if (!existing) this.seedContents(env, now);
    else if (seed.state !== undefined) this.followEnvironment(env, now);
    this.provisionSddcConnector(env, now);
    this.onChange();
    return env;
  }

  /**
   * A seeded environment gets what EVS makes with one: its ten VLANs (10.0.0.0/24 … 10.0.9.0/24)
   * and, where EVS deploys VCF, four hosts; their states follow the environment's.
   */
  private seedContents(env: EnvironmentRecord, now: number): void {
    const state = childState(env);
    for (const v of makeVlans(this, env, seedInitialVlans(), SEED_REGION, now)) v.state = state;
    if (!deploysVcf(env.vcfVersion)) return;
    const suffix = env.environmentId.slice(4).toLowerCase();
    const instanceType = instanceTypesOf(env.vcfVersion)[0]!;
    for (let i = 1; i <= 4; i++) {
      const info = { hostName: `esx-${suffix}-${i}`, keyName: 'evs-hosts', instanceType };
      this.addHost(hostFields(this, env.environmentId, info, defaultEsxVersion(env.vcfVersion)), now).state = state;
    }
  }

  /** An out-of-band state change of an environment carries its VLANs and hosts that are still settling. */
  private followEnvironment(env: EnvironmentRecord, now: number): void {
    env.pending = undefined;
    const state = childState(env);
    for (const r of [...this.vlansOf(env.environmentId), ...this.hostsOf(env.environmentId)]) {
      if (r.state === 'CREATING' || r.state === 'DELETING' || state === 'DELETED') {
        r.pending = undefined;
        r.state = state;
        r.modifiedAt = now;
      }
    }
    if (env.environmentState === 'DELETED') this.dropEnvironmentContents(env);
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

  host(environmentId: string, hostName: string): HostRecord | undefined {
    return this.hosts.get(hostKey(environmentId, hostName));
  }

  /** Adds a host (state CREATING), replacing a DELETED one of the same name. */
  addHost(fields: Omit<HostRecord, 'state' | 'createdAt' | 'modifiedAt'>, now: number): HostRecord {
    const h: HostRecord = { ...fields, state: 'CREATING', createdAt: now, modifiedAt: now };
    this.hosts.set(hostKey(h.environmentId, h.hostName), h);
    return h;
  }

  removeHost(h: HostRecord): void {
    this.hosts.delete(hostKey(h.environmentId, h.hostName));
  }

  /** An environment's hosts in a stable order: creation time, then name. */
  hostsOf(environmentId: string): HostRecord[] {
    const list: HostRecord[] = [];
    for (const h of this.hosts.values()) if (h.environmentId === environmentId) list.push(h);
    return list.sort((a, b) => a.createdAt - b.createdAt || (a.hostName < b.hostName ? -1 : a.hostName > b.hostName ? 1 : 0));
  }

  vlan(environmentId: string, functionName: string): VlanRecord | undefined {
    return this.vlans.get(vlanKey(environmentId, functionName));
  }

  putVlan(v: VlanRecord): VlanRecord {
    this.vlans.set(vlanKey(v.environmentId, v.functionName), v);
    return v;
  }

  /** An environment's VLANs by VLAN id. */
  vlansOf(environmentId: string): VlanRecord[] {
    const list: VlanRecord[] = [];
    for (const v of this.vlans.values()) if (v.environmentId === environmentId) list.push(v);
    return list.sort((a, b) => a.createdAt - b.createdAt || a.vlanId - b.vlanId);
  }

  deleteEnvironment(id: string): boolean {
    const had = this.environments.delete(id);
    for (const c of [...this.connectors.values()]) if (c.environmentId === id) this.removeConnector(c.connectorId);
    for (const [k, h] of this.hosts) if (h.environmentId === id) this.hosts.delete(k);
    for (const [k, v] of this.vlans) if (v.environmentId === id) this.vlans.delete(k);
    if (had) this.onChange();
    return had;
  }

  clear(): void {
    this.environments.clear();
    this.connectors.clear();
    this.entitlements.clear();
    this.hosts.clear();
    this.vlans.clear();
    this.accountSettings.clear();
    this.onChange();
  }

  snapshot(): StoreSnapshot {
    return {
      version: 1,
      environments: [...this.environments.values()],
      connectors: [...this.connectors.values()],
      entitlements: [...this.entitlements.values()],
      hosts: [...this.hosts.values()],
      vlans: [...this.vlans.values()],
      accountSettings: Object.fromEntries(this.accountSettings),
    };
  }

  restore(s: StoreSnapshot): void {
    this.environments.clear();
    this.connectors.clear();
    this.entitlements.clear();
    this.hosts.clear();
    this.vlans.clear();
    this.accountSettings.clear();
    for (const h of s.hosts ?? []) this.hosts.set(hostKey(h.environmentId, h.hostName), { ...h, networkInterfaceIds: [...h.networkInterfaceIds] });
    for (const v of s.vlans ?? []) this.putVlan({ ...v, eipAssociations: v.eipAssociations.map((a) => ({ ...a })) });
    for (const [k, v] of Object.entries(s.accountSettings ?? {})) this.accountSettings.set(k, v);
    for (const e of s.environments) this.environments.set(e.environmentId, { ...e });
    for (const c of s.connectors) this.connectors.set(c.connectorId, { ...c, checkOverrides: { ...c.checkOverrides } });
    for (const e of s.entitlements ?? []) this.putEntitlement({ ...e });
  }
}

/** The state a seeded environment's VLANs and hosts take from the environment's. */
function childState(env: EnvironmentRecord): 'CREATING' | 'CREATED' | 'CREATE_FAILED' | 'DELETING' | 'DELETED' {
  return env.environmentState;
}

export function compareConnectors(a: ConnectorRecord, b: ConnectorRecord): number {
  return a.createdAt - b.createdAt || (a.connectorId < b.connectorId ? -1 : a.connectorId > b.connectorId ? 1 : 0);
}
