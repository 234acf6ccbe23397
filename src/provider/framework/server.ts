import { log } from '../log';
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  ConfigureProviderRequest,
  CtyValue,
  Diagnostic,
  ImportResourceStateRequest,
  ImportResourceStateResponse,
  ListResourceRequest,
  ListResourceResult,
  ObjectValue,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
  ProviderImpl,
  ProviderSchemas,
  ReadDataSourceRequest,
  ReadDataSourceResponse,
  ReadResourceRequest,
  ReadResourceResponse,
  UpgradeResourceStateRequest,
  UpgradeResourceStateResponse,
} from '../protocol/provider-api';
import { Diagnostics, errorDiagnostic, messageOf } from './diagnostics';
import { planChange } from './plan';
import type { DataSource, ListResource, Resource } from './resource';
import { conform, toProtocolSchema, type SchemaDef } from './schema';
import type { StopController } from './stop';
import { validateConfig } from './validate';
import { isPlainObject, unknownsToNull } from './values';

export interface ProviderDefinition {
  readonly schema: SchemaDef;
  /** Additional provider-config checks beyond attribute validators. */
  validate?(config: ObjectValue, diags: Diagnostics): void;
  configure(req: ConfigureProviderRequest, diags: Diagnostics): Promise<void>;
  readonly resources: readonly Resource[];
  readonly dataSources: readonly DataSource[];
  /** List resources; each lists the managed resource type of its name. */
  readonly listResources?: readonly ListResource[];
  readonly stopper: StopController;
}

/**
 * Serves `ProviderImpl` from declared resources and data sources: everything generic in one
 * place (validation, planning rules, destroy, conforming objects to the schema, turning thrown
 * errors into diagnostics), so resources only hold their own logic.
 */
export class ProviderServer implements ProviderImpl {
  private readonly resources = new Map<string, Resource>();
  private readonly dataSources = new Map<string, DataSource>();
  private readonly listResources = new Map<string, ListResource>();
  private cachedSchemas?: ProviderSchemas;

  constructor(private readonly def: ProviderDefinition) {
    for (const r of def.resources) this.resources.set(r.typeName, r);
    for (const d of def.dataSources) this.dataSources.set(d.typeName, d);
    for (const l of def.listResources ?? []) {
      if (!this.resources.has(l.typeName)) throw new Error(`list resource ${l.typeName} lists no managed resource of that name`);
      this.listResources.set(l.typeName, l);
    }
  }

  schemas(): ProviderSchemas {
    const identities = [...this.resources]
      .filter(([, r]) => r.identity)
      .map(([n, r]) => [n, r.identity!] as const);
    this.cachedSchemas ??= {
      provider: toProtocolSchema(this.def.schema),
      resourceSchemas: Object.fromEntries([...this.resources].map(([n, r]) => [n, toProtocolSchema(r.schema)])),
      dataSourceSchemas: Object.fromEntries([...this.dataSources].map(([n, d]) => [n, toProtocolSchema(d.schema)])),
      ...(this.listResources.size > 0
        ? { listResourceSchemas: Object.fromEntries([...this.listResources].map(([n, l]) => [n, toProtocolSchema(l.schema)])) }
        : {}),
      ...(identities.length > 0 ? { identitySchemas: Object.fromEntries(identities) } : {}),
    };
    return this.cachedSchemas;
  }

  async validateProviderConfig(config: ObjectValue): Promise<Diagnostic[]> {
    const diags = new Diagnostics().append(validateConfig(this.def.schema, config));
    this.def.validate?.(config, diags);
    return diags.items;
  }

  async configureProvider(req: ConfigureProviderRequest): Promise<Diagnostic[]> {
    const diags = new Diagnostics();
    await guard(diags, 'Configuring the provider failed', () => this.def.configure(req, diags));
    return diags.items;
  }

  async validateResourceConfig(typeName: string, config: ObjectValue): Promise<Diagnostic[]> {
    const r = this.resource(typeName);
    const diags = new Diagnostics().append(validateConfig(r.schema, config));
    r.validate?.(config, diags);
    return diags.items;
  }

  async validateDataResourceConfig(typeName: string, config: ObjectValue): Promise<Diagnostic[]> {
    const d = this.dataSource(typeName);
    const diags = new Diagnostics().append(validateConfig(d.schema, config));
    d.validate?.(config, diags);
    return diags.items;
  }

  async upgradeResourceState(req: UpgradeResourceStateRequest): Promise<UpgradeResourceStateResponse> {
    const r = this.resource(req.typeName);
    const diags = new Diagnostics();
    if (req.rawState === null || req.rawState === undefined) return { upgradedState: null, diagnostics: [] };
    if (req.version > r.schema.version) {
      diags.error(
        'State written by a newer provider',
        `This state of ${req.typeName} has schema version ${req.version}, but this provider knows versions up to ${r.schema.version}. Use the provider version that wrote it, or a newer one.`,
      );
      return { upgradedState: null, diagnostics: diags.items };
    }
    let upgraded: ObjectValue | null = null;
    if (req.version === r.schema.version) {
      const v = fromJson(req.rawState);
      if (!isPlainObject(v)) {
        diags.error('Unreadable state', `The stored state of ${req.typeName} is not an object.`);
      } else {
        upgraded = v;
      }
    } else if (r.upgradeState) {
      upgraded = r.upgradeState(req.version, req.rawState, diags);
    } else {
      diags.error('Cannot upgrade state', `${req.typeName} cannot upgrade state from schema version ${req.version}.`);
    }
    if (upgraded) log.debug('upgraded resource state', { type: req.typeName, from: req.version, to: r.schema.version });
    return { upgradedState: upgraded && conform(r.schema, upgraded), diagnostics: diags.items };
  }

  async readResource(req: ReadResourceRequest): Promise<ReadResourceResponse> {
    const r = this.resource(req.typeName);
    const diags = new Diagnostics();
    if (!req.currentState) return { newState: null, diagnostics: [] };
    const current = req.currentState;
    const newState = await guard(diags, `Reading ${req.typeName} failed`, () => r.read(current, diags));
    // On an unexpected error keep the state as it was rather than dropping the resource.
    const state = newState === undefined ? current : newState;
    return {
      newState: state && unknownsToNull(conform(r.schema, state)),
      private: req.private,
      diagnostics: diags.items,
    };
  }

  async planResourceChange(req: PlanResourceChangeRequest): Promise<PlanResourceChangeResponse> {
    const r = this.resource(req.typeName);
    const diags = new Diagnostics();
    const input = { priorState: req.priorState, proposedNewState: req.proposedNewState, config: req.config };
    const out = planChange(r.schema, input);
    let planned = out.plannedState;
    if (planned && r.modifyPlan) planned = r.modifyPlan(input, planned, diags);
    return {
      plannedState: planned && conform(r.schema, planned),
      requiresReplace: out.requiresReplace,
      plannedPrivate: req.priorPrivate,
      diagnostics: diags.items,
    };
  }

  async applyResourceChange(req: ApplyResourceChangeRequest): Promise<ApplyResourceChangeResponse> {
    const r = this.resource(req.typeName);
    const diags = new Diagnostics();
    const { priorState, plannedState } = req;
    if (plannedState === null) {
      if (priorState === null) return { newState: null, diagnostics: [] };
      const ok = await guard(diags, `Deleting ${req.typeName} failed`, async () => {
        await r.delete(priorState, diags);
        return true;
      });
      // A failed delete keeps the resource in state, so the next apply tries again.
      const gone = ok !== undefined && !diags.hasErrors();
      return { newState: gone ? null : priorState, diagnostics: diags.items };
    }
    const op = priorState === null ? 'Creating' : 'Updating';
    const result = await guard(diags, `${op} ${req.typeName} failed`, () =>
      priorState === null ? r.create(plannedState, req.config, diags) : r.update(priorState, plannedState, req.config, diags),
    );
    const state = result === undefined ? priorState : result;
    return {
      newState: state && unknownsToNull(conform(r.schema, state)),
      private: req.plannedPrivate,
      diagnostics: diags.items,
    };
  }

  async importResourceState(req: ImportResourceStateRequest): Promise<ImportResourceStateResponse> {
    const r = this.resource(req.typeName);
    const diags = new Diagnostics();
    const state = await guard(diags, `Importing ${req.typeName} failed`, () =>
      r.importState(req.id, diags, req.identity),
    );
    if (!state || diags.hasErrors()) return { importedResources: [], diagnostics: diags.items };
    return {
      importedResources: [{ typeName: req.typeName, state: unknownsToNull(conform(r.schema, state)) }],
      diagnostics: diags.items,
    };
  }

  async readDataSource(req: ReadDataSourceRequest): Promise<ReadDataSourceResponse> {
    const d = this.dataSource(req.typeName);
    const diags = new Diagnostics();
    const state = await guard(diags, `Reading data source ${req.typeName} failed`, () => d.read(req.config, diags));
    if (!state || diags.hasErrors()) {
      if (!diags.hasErrors()) diags.error(`Reading data source ${req.typeName} returned nothing`);
      return { state: null, diagnostics: diags.items };
    }
    return { state: unknownsToNull(conform(d.schema, state)), diagnostics: diags.items };
  }

  async validateListResourceConfig(typeName: string, config: ObjectValue): Promise<Diagnostic[]> {
    const l = this.listResourceOf(typeName);
    const diags = new Diagnostics().append(validateConfig(l.schema, config));
    l.validate?.(config, diags);
    return diags.items;
  }

  async *listResource(req: ListResourceRequest): AsyncIterable<ListResourceResult> {
    const l = this.listResourceOf(req.typeName);
    const r = this.resource(req.typeName);
    const diags = new Diagnostics();
    const config = req.config;
    const problems = await this.validateListResourceConfig(req.typeName, config);
    if (problems.some((d) => d.severity === 'error')) {
      yield { diagnostics: problems };
      return;
    }
    try {
      for await (const found of l.list(config, diags)) {
        const state = found.partial && req.includeResource ? await r.read(conform(r.schema, found.state), diags) : found.state;
        // Gone between the list and the read: nothing to import.
        if (state === null) continue;
        yield { state: unknownsToNull(conform(r.schema, state)), displayName: found.displayName, diagnostics: diags.take() };
      }
    } catch (err) {
      log.error(`Listing ${req.typeName} failed`, { error: messageOf(err) });
      diags.append([errorDiagnostic(`Listing ${req.typeName} failed`, err)]);
    }
    const rest = diags.take();
    if (rest.length > 0) yield { diagnostics: rest };
  }

  async stop(): Promise<string | undefined> {
    log.info('stop requested: cancelling in-flight waits');
    this.def.stopper.stop();
    return undefined;
  }

  private resource(typeName: string): Resource {
    const r = this.resources.get(typeName);
    if (!r) throw new Error(`This provider has no resource type ${typeName}.`);
    return r;
  }

  private listResourceOf(typeName: string): ListResource {
    const l = this.listResources.get(typeName);
    if (!l) throw new Error(`This provider has no list resource ${typeName}.`);
    return l;
  }

  private dataSource(typeName: string): DataSource {
    const d = this.dataSources.get(typeName);
    if (!d) throw new Error(`This provider has no data source ${typeName}.`);
    return d;
  }
}

/** Runs `fn`; an exception becomes an error diagnostic and the result `undefined`. */
async function guard<T>(diags: Diagnostics, summary: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    log.error(summary, { error: messageOf(err) });
    diags.append([errorDiagnostic(summary, err)]);
    return undefined;
  }
}

/** Parsed state JSON → decoded values (JSON has no unknowns; numbers stay numbers). */
export function fromJson(v: unknown): CtyValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === 'object') {
    const out: ObjectValue = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromJson(x);
    return out;
  }
  throw new Error(`state JSON holds an unsupported value of type ${typeof v}`);
}
