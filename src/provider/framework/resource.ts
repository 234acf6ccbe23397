import type { IdentityAttribute, ObjectValue } from '../protocol/provider-api';
import type { Diagnostics } from './diagnostics';
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

export interface DataSource {
  readonly typeName: string;
  readonly schema: SchemaDef;
  validate?(config: ObjectValue, diags: Diagnostics): void;
  read(config: ObjectValue, diags: Diagnostics): Promise<ObjectValue | null>;
}
