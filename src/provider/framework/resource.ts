import type { IdentityAttribute, ObjectValue } from '../protocol/provider-api';
import type { Diagnostics } from './diagnostics';
import { fromModel, toModel, toPlanned, type Model, type Planned } from './model';
import type { PlanInput } from './plan';
import type { SchemaDef } from './schema';

/**
 * A managed resource: one type answering Schema, Create, Read, Update, Delete, ImportState and
 * UpgradeState (terraform-plugin-framework's shape). The server around it handles everything
 * generic: validation from the schema, planning, destroy plans, conforming returned objects.
 *
 * Methods report problems through `diags`. A method that fails after changing something remote
 * still returns the state that reflects what really happened (e.g. a created connector's id).
 */
export interface Resource {
  readonly typeName: string;
  readonly schema: SchemaDef;
  /** Extra validation beyond the attribute validators. Never calls an API. */
  validate?(config: ObjectValue, diags: Diagnostics): void;
  /** Adjusts the generic plan (e.g. resource-specific unknowns). Never calls an API. */
  modifyPlan?(input: PlanInput, planned: ObjectValue, diags: Diagnostics): ObjectValue;
  create(planned: ObjectValue, config: ObjectValue | null, diags: Diagnostics): Promise<ObjectValue | null>;
  /** Null means gone: the engine removes it from state. */
  read(state: ObjectValue, diags: Diagnostics): Promise<ObjectValue | null>;
  update(prior: ObjectValue, planned: ObjectValue, config: ObjectValue | null, diags: Diagnostics): Promise<ObjectValue | null>;
  delete(prior: ObjectValue, diags: Diagnostics): Promise<void>;
  /**
   * A minimal state the engine then refreshes with `read`. `identity` is set when the engine
   * imports by resource identity (Terraform/OpenTofu ≥ 1.12) instead of an id string.
   */
  importState(id: string, diags: Diagnostics, identity?: ObjectValue): Promise<ObjectValue | null>;
  /**
   * Resource identity (engines ≥ 1.12): attributes named like state attributes; the plugin host
   * derives identity values from state.
   */
  readonly identity?: { version: number; attributes: readonly IdentityAttribute[] };
  /** Turns stored JSON written under an older schema version into the current shape. */
  upgradeState?(version: number, rawState: unknown, diags: Diagnostics): ObjectValue | null;
}

/**
 * A list resource (Terraform ≥ 1.14, `terraform query`): finds the objects of the managed
 * resource type of the same name that a `list` block's `config` selects. Each result is that
 * resource's state (the engine gets the identity from it, and the whole object when it asks);
 * the server stops at the engine's limit.
 */
export interface ListResource {
  readonly typeName: string;
  /** The `config` block. */
  readonly schema: SchemaDef;
  validate?(config: ObjectValue, diags: Diagnostics): void;
  list(config: ObjectValue, diags: Diagnostics): AsyncIterable<ListResult>;
}

export interface ListResult {
  /**
   * The object as the managed resource's state: whole, or (`partial`) only what `importState`
   * would return, the identity attributes among them.
   */
  readonly state: ObjectValue;
  /** How a person tells it apart in `terraform query` output. */
  readonly displayName: string;
  /**
   * The state holds only what an import starts from: when the engine asks for the whole resource
   * the server reads it, as an import would, so query results and imports never differ; when it
   * asks for identities alone, nothing more is fetched.
   */
  readonly partial?: boolean;
}

export interface DataSource {
  readonly typeName: string;
  readonly schema: SchemaDef;
  validate?(config: ObjectValue, diags: Diagnostics): void;
  read(config: ObjectValue, diags: Diagnostics): Promise<ObjectValue | null>;
}

/**
 * A resource written against its typed model (`Model<typeof schema>`): what resource folders
 * declare. `defineResource` turns it into the untyped `Resource` the server serves.
 */
export interface TypedResource<S extends SchemaDef> {
  readonly typeName: string;
  readonly schema: S;
  readonly identity?: Resource['identity'];
  validate?(config: ObjectValue, diags: Diagnostics): void;
  modifyPlan?(input: PlanInput, planned: ObjectValue, diags: Diagnostics): ObjectValue;
  create(planned: Planned<S>, diags: Diagnostics): Promise<Model<S> | null>;
  /** Null means gone: the engine removes it from state. */
  read(state: Model<S>, diags: Diagnostics): Promise<Model<S> | null>;
  update(prior: Model<S>, planned: Planned<S>, diags: Diagnostics): Promise<Model<S> | null>;
  delete(prior: Model<S>, diags: Diagnostics): Promise<void>;
  /** The attributes that identify the object; the engine then refreshes the rest with `read`. */
  importState(id: string, diags: Diagnostics, identity?: ObjectValue): Promise<Partial<Model<S>> | null>;
  upgradeState?(version: number, rawState: unknown, diags: Diagnostics): Model<S> | null;
}

export function defineResource<S extends SchemaDef>(r: TypedResource<S>): Resource {
  const { schema } = r;
  const out = (m: Model<S> | Partial<Model<S>> | null) => (m === null ? null : fromModel<S>(m));
  return {
    typeName: r.typeName,
    schema,
    ...(r.identity ? { identity: r.identity } : {}),
    ...(r.validate ? { validate: r.validate.bind(r) } : {}),
    ...(r.modifyPlan ? { modifyPlan: r.modifyPlan.bind(r) } : {}),
    create: async (planned, _config, diags) => out(await r.create(toPlanned(schema, planned), diags)),
    read: async (state, diags) => out(await r.read(toModel(schema, state), diags)),
    update: async (prior, planned, _config, diags) => out(await r.update(toModel(schema, prior), toPlanned(schema, planned), diags)),
    delete: (prior, diags) => r.delete(toModel(schema, prior), diags),
    importState: async (id, diags, identity) => out(await r.importState(id, diags, identity)),
    ...(r.upgradeState ? { upgradeState: (version: number, raw: unknown, diags: Diagnostics) => out(r.upgradeState!(version, raw, diags)) } : {}),
  };
}

/** A data source written against its typed model. */
export interface TypedDataSource<S extends SchemaDef> {
  readonly typeName: string;
  readonly schema: S;
  validate?(config: ObjectValue, diags: Diagnostics): void;
  read(config: Planned<S>, diags: Diagnostics): Promise<Model<S> | null>;
}

export function defineDataSource<S extends SchemaDef>(d: TypedDataSource<S>): DataSource {
  return {
    typeName: d.typeName,
    schema: d.schema,
    ...(d.validate ? { validate: d.validate.bind(d) } : {}),
    read: async (config, diags) => {
      const m = await d.read(toPlanned(d.schema, config), diags);
      return m === null ? null : fromModel<S>(m);
    },
  };
}

/** A list resource written against its typed `config` model. */
export interface TypedListResource<S extends SchemaDef> {
  readonly typeName: string;
  readonly schema: S;
  validate?(config: ObjectValue, diags: Diagnostics): void;
  list(config: Planned<S>, diags: Diagnostics): AsyncIterable<ListResult>;
}

export function defineListResource<S extends SchemaDef>(l: TypedListResource<S>): ListResource {
  return {
    typeName: l.typeName,
    schema: l.schema,
    ...(l.validate ? { validate: l.validate.bind(l) } : {}),
    list: (config, diags) => l.list(toPlanned(l.schema, config), diags),
  };
}
