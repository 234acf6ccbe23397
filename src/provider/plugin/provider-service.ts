/**
 * tfplugin6.Provider: each RPC decodes its DynamicValues with the schema's type, calls the
 * ProviderImpl and encodes what comes back. Nothing here throws to gRPC: an exception or a value
 * that does not fit the schema becomes an error diagnostic the engine shows to the user.
 */
import { randomUUID } from 'node:crypto';
import { log, logEnabled, withLogFields } from '../log';
import type {
  ClientCapabilities,
  CtyValue,
  Diagnostic,
  ObjectValue,
  ProviderImpl,
} from '../protocol/provider-api';
import { isUnknown } from '../protocol/provider-api';
import { ctyFromJson, parseJsonExact } from '../protocol/cty-json';
import { objectAttributes } from '../protocol/cty-types';
import { errorDiagnostic } from '../framework/diagnostics';
import { diagnosticToProto, pathToProto } from '../protocol/diagnostics-proto';
import {
  decodeConfigObject,
  decodeObjectOrNull,
  encodeDynamicValue,
} from '../protocol/dynamic-value';
import type {
  PClientCapabilities,
  PDiagnostic,
  PDynamicValue,
  PRawState,
  PResourceIdentityData,
  PServerCapabilities,
} from '../protocol/proto-types';
import { SchemaIndex } from '../protocol/schema-proto';

type Req = Record<string, any>;
type Res = Record<string, unknown> & { diagnostics?: PDiagnostic[] };

export const SERVER_CAPABILITIES: PServerCapabilities = {
  plan_destroy: true,
  get_provider_schema_optional: true,
  move_resource_state: false,
  generate_resource_config: false,
};

function capabilities(c: PClientCapabilities | null | undefined): ClientCapabilities | undefined {
  if (!c) return undefined;
  return {
    deferralAllowed: c.deferral_allowed ?? false,
    writeOnlyAttributesAllowed: c.write_only_attributes_allowed ?? false,
  };
}

const diags = (list: readonly Diagnostic[]): PDiagnostic[] => list.map(diagnosticToProto);
/**
 * A list block's arguments sit in its `config` block, and the engine resolves paths from the list
 * block: the provider's paths (relative to `config`) get that step in front.
 */
const inConfigBlock = (list: readonly Diagnostic[]): PDiagnostic[] =>
  diags(list.map((d) => (d.attribute ? { ...d, attribute: [{ attributeName: 'config' }, ...d.attribute] } : d)));
const errorOnly = (summary: string, err: unknown): PDiagnostic[] => [diagnosticToProto(errorDiagnostic(summary, err))];
const buf = (b: Buffer | null | undefined): Buffer => b ?? Buffer.alloc(0);

type Handler = (req: Req) => Promise<Res>;

export class ProviderService {
  private index: SchemaIndex | undefined;
  private schemaResponse: Res | undefined;

  constructor(private readonly impl: ProviderImpl) {}

  private schemas(): SchemaIndex {
    this.index ??= new SchemaIndex(this.impl.schemas());
    return this.index;
  }

  /**
   * Identity derived from state: identity attributes take the state attribute of the same name.
   * Only sent when the type has an identity schema and every identity value is known.
   */
  private identityFromState(typeName: string, state: ObjectValue | null | undefined): PResourceIdentityData | null {
    const type = this.schemas().identityTypes.get(typeName);
    if (!type || !state) return null;
    const identity: ObjectValue = {};
    for (const name of Object.keys(objectAttributes(type))) {
      const v: CtyValue = state[name] ?? null;
      if (isUnknown(v)) return null;
      identity[name] = v;
    }
    return { identity_data: encodeDynamicValue(type, identity) };
  }

  private decodeIdentity(typeName: string, data: PResourceIdentityData | null | undefined): ObjectValue | undefined {
    const type = this.schemas().identityTypes.get(typeName);
    if (!type || !data?.identity_data) return undefined;
    return decodeObjectOrNull(type, data.identity_data) ?? undefined;
  }

  readonly handlers: Record<string, Handler> = {
    GetMetadata: async () => {
      const s = this.schemas().schemas;
      return {
        server_capabilities: SERVER_CAPABILITIES,
        diagnostics: [],
        resources: Object.keys(s.resourceSchemas).map((type_name) => ({ type_name })),
        data_sources: Object.keys(s.dataSourceSchemas).map((type_name) => ({ type_name })),
        functions: [],
        ephemeral_resources: [],
        list_resources: Object.keys(s.listResourceSchemas ?? {}).map((type_name) => ({ type_name })),
      };
    },

    GetProviderSchema: async () => {
      // Cached: the schema is static and the engine asks for it in every process.
      this.schemaResponse ??= {
        ...this.schemas().providerSchemaProto(),
        diagnostics: [],
        server_capabilities: SERVER_CAPABILITIES,
        functions: {},
        ephemeral_resource_schemas: {},
      };
      return this.schemaResponse;
    },

    GetResourceIdentitySchemas: async () => ({
      identity_schemas: this.schemas().identitySchemasProto(),
      diagnostics: [],
    }),

    UpgradeResourceIdentity: async (req) => {
      const type = this.schemas().identityTypes.get(req.type_name);
      if (!type) {
        return { diagnostics: errorOnly('Resource identity not supported', `"${req.type_name}" has no resource identity.`) };
      }
      const raw = req.raw_identity as PRawState | null;
      const parsed: unknown = raw?.json && raw.json.length > 0 ? parseJsonExact(raw.json.toString('utf8')) : null;
      const value = ctyFromJson(type, parsed, { dropUnknownAttributes: true });
      return { upgraded_identity: { identity_data: encodeDynamicValue(type, value) }, diagnostics: [] };
    },

    ValidateProviderConfig: async (req) => {
      const config = decodeConfigObject(this.schemas().providerType, req.config);
      return { diagnostics: diags(await this.impl.validateProviderConfig(config)) };
    },

    ValidateResourceConfig: async (req) => {
      const config = decodeConfigObject(this.schemas().resourceType(req.type_name), req.config);
      return { diagnostics: diags(await this.impl.validateResourceConfig(req.type_name, config)) };
    },

    ValidateDataResourceConfig: async (req) => {
      const config = decodeConfigObject(this.schemas().dataSourceType(req.type_name), req.config);
      return { diagnostics: diags(await this.impl.validateDataResourceConfig(req.type_name, config)) };
    },

    ConfigureProvider: async (req) => {
      const config = decodeConfigObject(this.schemas().providerType, req.config);
      const out = await this.impl.configureProvider({
        config,
        terraformVersion: req.terraform_version ?? '',
        clientCapabilities: capabilities(req.client_capabilities),
      });
      return { diagnostics: diags(out) };
    },

    UpgradeResourceState: async (req) => {
      const type = this.schemas().resourceType(req.type_name);
      const raw = req.raw_state as PRawState | null;
      if (!raw?.json || raw.json.length === 0) {
        if (raw?.flatmap && Object.keys(raw.flatmap).length > 0) {
          return {
            diagnostics: errorOnly('Unsupported state format', 'This state was written by Terraform before 0.12 (flatmap); this provider reads JSON state only.'),
          };
        }
        return { upgraded_state: encodeDynamicValue(type, null), diagnostics: [] };
      }
      const rawState: unknown = parseJsonExact(raw.json.toString('utf8'));
      const out = await this.impl.upgradeResourceState({ typeName: req.type_name, version: Number(req.version), rawState });
      return { upgraded_state: encodeDynamicValue(type, out.upgradedState), diagnostics: diags(out.diagnostics) };
    },

    ReadResource: async (req) => {
      const type = this.schemas().resourceType(req.type_name);
      const currentState = decodeObjectOrNull(type, req.current_state);
      const out = await this.impl.readResource({
        typeName: req.type_name,
        currentState,
        private: buf(req.private),
        clientCapabilities: capabilities(req.client_capabilities),
      });
      return {
        new_state: encodeDynamicValue(type, out.newState),
        diagnostics: diags(out.diagnostics),
        private: out.private ?? buf(req.private),
        new_identity: this.identityFromState(req.type_name, out.newState),
      };
    },

    PlanResourceChange: async (req) => {
      const type = this.schemas().resourceType(req.type_name);
      const out = await this.impl.planResourceChange({
        typeName: req.type_name,
        priorState: decodeObjectOrNull(type, req.prior_state),
        proposedNewState: decodeObjectOrNull(type, req.proposed_new_state),
        config: decodeObjectOrNull(type, req.config),
        priorPrivate: buf(req.prior_private),
        clientCapabilities: capabilities(req.client_capabilities),
      });
      return {
        planned_state: encodeDynamicValue(type, out.plannedState),
        requires_replace: (out.requiresReplace ?? []).map(pathToProto),
        planned_private: out.plannedPrivate ?? buf(req.prior_private),
        diagnostics: diags(out.diagnostics),
        planned_identity: this.identityFromState(req.type_name, out.plannedState),
      };
    },

    ApplyResourceChange: async (req) => {
      const type = this.schemas().resourceType(req.type_name);
      const out = await this.impl.applyResourceChange({
        typeName: req.type_name,
        priorState: decodeObjectOrNull(type, req.prior_state),
        plannedState: decodeObjectOrNull(type, req.planned_state),
        config: decodeObjectOrNull(type, req.config),
        plannedPrivate: buf(req.planned_private),
      });
      return {
        new_state: encodeDynamicValue(type, out.newState),
        private: out.private ?? buf(req.planned_private),
        diagnostics: diags(out.diagnostics),
        new_identity: this.identityFromState(req.type_name, out.newState),
      };
    },

    ImportResourceState: async (req) => {
      this.schemas().resourceType(req.type_name);
      const identity = this.decodeIdentity(req.type_name, req.identity);
      const out = await this.impl.importResourceState({
        typeName: req.type_name,
        id: req.id ?? '',
        ...(identity ? { identity } : {}),
        clientCapabilities: capabilities(req.client_capabilities),
      });
      return {
        imported_resources: out.importedResources.map((r) => ({
          type_name: r.typeName,
          state: encodeDynamicValue(this.schemas().resourceType(r.typeName), r.state),
          private: r.private ?? Buffer.alloc(0),
          identity: this.identityFromState(r.typeName, r.state),
        })),
        diagnostics: diags(out.diagnostics),
      };
    },

    MoveResourceState: async (req) => ({
      diagnostics: errorOnly(
        'Move resource state not supported',
        `This provider cannot move state from "${req.source_type_name}" (${req.source_provider_address}) to "${req.target_type_name}".`,
      ),
    }),

    ReadDataSource: async (req) => {
      const type = this.schemas().dataSourceType(req.type_name);
      const out = await this.impl.readDataSource({
        typeName: req.type_name,
        config: decodeConfigObject(type, req.config),
        clientCapabilities: capabilities(req.client_capabilities),
      });
      return { state: encodeDynamicValue(type, out.state), diagnostics: diags(out.diagnostics) };
    },

    ValidateListResourceConfig: async (req) => {
      const config = decodeConfigObject(this.schemas().listResourceType(req.type_name), req.config);
      return { diagnostics: inConfigBlock(await this.impl.validateListResourceConfig(req.type_name, config)) };
    },

    GetFunctions: async () => ({ functions: {}, diagnostics: [] }),

    CallFunction: async (req) => ({ error: { text: `This provider has no function "${req.name}".` } }),

    StopProvider: async () => ({ Error: (await this.impl.stop()) ?? '' }),
  };

  /**
   * The answer when a handler throws: the error as a diagnostic, and for ReadResource and
   * ApplyResourceChange the state the engine already had, so a failure never loses an object.
   */
  failure(rpc: string, req: Req, err: unknown): Res {
    const summary = `Provider error in ${rpc}`;
    const diagnostics = errorOnly(summary, err);
    const keep = (dv: PDynamicValue | null | undefined) => dv ?? undefined;
    switch (rpc) {
      case 'ReadResource':
        return { new_state: keep(req.current_state), private: buf(req.private), diagnostics };
      case 'ApplyResourceChange':
        return { new_state: keep(req.prior_state), private: buf(req.planned_private), diagnostics };
      case 'StopProvider':
        return { Error: err instanceof Error ? err.message : String(err) };
      case 'CallFunction':
        return { error: { text: err instanceof Error ? err.message : String(err) } };
      default:
        return { diagnostics };
    }
  }

  /**
   * ListResource, a server stream: one event per object found, each with its identity (from its
   * state) and, when asked for, the object; problems travel as events with diagnostics. Writes
   * through `send` and never rejects.
   */
  list(req: Req, send: (event: Res) => void): Promise<void> {
    return withLogFields(
      () => ({ tf_req_id: randomUUID(), tf_rpc: 'ListResource', tf_resource_type: req.type_name }),
      async () => {
        log.trace('Received request');
        let events = 0;
        try {
          const type = this.schemas().resourceType(req.type_name);
          const config = decodeConfigObject(this.schemas().listResourceType(req.type_name), req.config);
          // The engine's limit (0: none); leaving the loop stops the provider's search too.
          const limit = Number(req.limit ?? 0) || Infinity;
          let objects = 0;
          for await (const found of this.impl.listResource({ typeName: req.type_name, config, includeResource: !!req.include_resource_object })) {
            if (found.state && objects >= limit) break;
            const event: Res = { display_name: found.displayName ?? '', diagnostic: inConfigBlock(found.diagnostics) };
            if (found.state) {
              objects++;
              event.identity = this.identityFromState(req.type_name, found.state);
              if (req.include_resource_object) event.resource_object = encodeDynamicValue(type, found.state);
            }
            send(event);
            events++;
          }
        } catch (err) {
          log.error('Request failed', { error: err instanceof Error ? err.message : String(err) });
          send({ diagnostic: errorOnly(`Provider error in ListResource`, err) });
        }
        log.debug('Served request', { events });
      },
    );
  }

  /** Run one RPC with logging (its lines carry tf_req_id, tf_rpc, tf_resource_type); never rejects. */
  call(rpc: string, req: Req): Promise<Res> {
    return withLogFields(
      () => ({ tf_req_id: randomUUID(), tf_rpc: rpc, ...(req.type_name && { tf_resource_type: req.type_name }) }),
      () => this.serve(rpc, req),
    );
  }

  private async serve(rpc: string, req: Req): Promise<Res> {
    const started = process.hrtime.bigint();
    log.trace('Received request');
    let res: Res;
    try {
      const handler = this.handlers[rpc];
      if (!handler) throw new Error(`unknown RPC ${rpc}`);
      res = await handler(req);
    } catch (err) {
      log.error('Request failed', { error: err instanceof Error ? err.message : String(err) });
      res = this.failure(rpc, req, err);
    }
    if (logEnabled('debug')) {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.debug('Served request', {
        duration_ms: Math.round(ms * 1000) / 1000,
        diagnostic_error_count: res.diagnostics?.filter((d) => d.severity === 'ERROR').length ?? 0,
        diagnostic_warning_count: res.diagnostics?.filter((d) => d.severity === 'WARNING').length ?? 0,
      });
    }
    return res;
  }
}

/** The RPCs served (kept in rpcs.ts so start-up need not load this module). */
export { PROVIDER_RPCS } from './rpcs';
