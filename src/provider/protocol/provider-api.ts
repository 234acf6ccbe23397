/**
 * The boundary between the plugin host (gRPC, msgpack, tfplugin6 messages) and the provider logic
 * (framework, resources). The host decodes every DynamicValue with the schema's type before calling
 * a method here and encodes what comes back, so provider logic only sees plain values.
 */

/** cty type, exactly as it travels as JSON in schemas (`"string"`, `["list","string"]`, …). */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | ['list', CtyType]
  | ['set', CtyType]
  | ['map', CtyType]
  | ['object', { [attribute: string]: CtyType }]
  | ['object', { [attribute: string]: CtyType }, string[]]
  | ['tuple', CtyType[]];

/** Refinements an engine may attach to an unknown value (ext type 12). */
export interface UnknownRefinements {
  readonly notNull?: boolean;
  readonly stringPrefix?: string;
  readonly numberLowerBound?: { value: CtyNumber; inclusive: boolean };
  readonly numberUpperBound?: { value: CtyNumber; inclusive: boolean };
  readonly lengthLowerBound?: number;
  readonly lengthUpperBound?: number;
}

/** A value not known until apply. Compare with `isUnknown`, never by identity. */
export class Unknown {
  constructor(readonly refinements?: UnknownRefinements) {}
}
export const UNKNOWN = new Unknown();
export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

/** A number too large or too precise for a JS double, kept exact as its decimal text. */
export class BigNumber {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}
export type CtyNumber = number | BigNumber;

/** A value of type `dynamic`: the concrete type travels with it. */
export class DynamicValue {
  constructor(
    readonly type: CtyType,
    readonly value: CtyValue,
  ) {}
}

/**
 * Decoded value: null, unknown, primitives, arrays (list, set, tuple) and plain objects
 * (object, map).
 */
export type CtyValue =
  | null
  | Unknown
  | string
  | boolean
  | CtyNumber
  | DynamicValue
  | CtyValue[]
  | { [key: string]: CtyValue };

export type AttributePathStep =
  | { attributeName: string }
  | { elementKeyString: string }
  | { elementKeyInt: number };
export type AttributePath = AttributePathStep[];

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail?: string;
  /** Lets the engine point at the offending line of configuration. */
  readonly attribute?: AttributePath;
}

export interface SchemaAttribute {
  readonly name: string;
  readonly type: CtyType;
  readonly description?: string;
  readonly descriptionKind?: 'plain' | 'markdown';
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly writeOnly?: boolean;
}

export type NestingMode = 'single' | 'list' | 'set' | 'map' | 'group';

export interface SchemaNestedBlock {
  readonly typeName: string;
  readonly block: SchemaBlock;
  readonly nesting: NestingMode;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface SchemaBlock {
  readonly attributes: readonly SchemaAttribute[];
  readonly blockTypes: readonly SchemaNestedBlock[];
  readonly description?: string;
  readonly descriptionKind?: 'plain' | 'markdown';
  readonly deprecated?: boolean;
}

export interface Schema {
  readonly version: number;
  readonly block: SchemaBlock;
}

export interface ProviderSchemas {
  readonly provider: Schema;
  readonly resourceSchemas: Readonly<Record<string, Schema>>;
  readonly dataSourceSchemas: Readonly<Record<string, Schema>>;
  /**
   * List resources (Terraform ≥ 1.14, `terraform query`): the `config` block of a `list` block for
   * a managed resource type of the same name; absent means none.
   */
  readonly listResourceSchemas?: Readonly<Record<string, Schema>>;
  /** Resource identity (Terraform/OpenTofu ≥ 1.12); absent means none. */
  readonly identitySchemas?: Readonly<Record<string, { version: number; attributes: readonly IdentityAttribute[] }>>;
}

export interface IdentityAttribute {
  readonly name: string;
  readonly type: CtyType;
  readonly requiredForImport?: boolean;
  readonly optionalForImport?: boolean;
  readonly description?: string;
}

export interface ClientCapabilities {
  readonly deferralAllowed?: boolean;
  readonly writeOnlyAttributesAllowed?: boolean;
}

/** A value decoded under an object type is always an object with exactly the schema's keys, or null. */
export type ObjectValue = { [key: string]: CtyValue };

export interface ReadResourceRequest {
  readonly typeName: string;
  readonly currentState: ObjectValue | null;
  readonly private: Buffer;
  readonly clientCapabilities?: ClientCapabilities;
}
export interface ReadResourceResponse {
  readonly newState: ObjectValue | null;
  readonly private?: Buffer;
  readonly diagnostics: Diagnostic[];
}

export interface PlanResourceChangeRequest {
  readonly typeName: string;
  readonly priorState: ObjectValue | null;
  readonly proposedNewState: ObjectValue | null;
  readonly config: ObjectValue | null;
  readonly priorPrivate: Buffer;
  readonly clientCapabilities?: ClientCapabilities;
}
export interface PlanResourceChangeResponse {
  readonly plannedState: ObjectValue | null;
  readonly requiresReplace?: AttributePath[];
  readonly plannedPrivate?: Buffer;
  readonly diagnostics: Diagnostic[];
}

export interface ApplyResourceChangeRequest {
  readonly typeName: string;
  readonly priorState: ObjectValue | null;
  readonly plannedState: ObjectValue | null;
  readonly config: ObjectValue | null;
  readonly plannedPrivate: Buffer;
}
export interface ApplyResourceChangeResponse {
  readonly newState: ObjectValue | null;
  readonly private?: Buffer;
  readonly diagnostics: Diagnostic[];
}

export interface ImportResourceStateRequest {
  readonly typeName: string;
  readonly id: string;
  /** Set when the engine imports by resource identity instead of an id string. */
  readonly identity?: ObjectValue;
  readonly clientCapabilities?: ClientCapabilities;
}
export interface ImportedResource {
  readonly typeName: string;
  readonly state: ObjectValue;
  readonly private?: Buffer;
}
export interface ImportResourceStateResponse {
  readonly importedResources: ImportedResource[];
  readonly diagnostics: Diagnostic[];
}

export interface UpgradeResourceStateRequest {
  readonly typeName: string;
  readonly version: number;
  /**
   * The stored state JSON, parsed, as written under schema `version`. Numbers are exact `CtyNumber`s
   * (a `BigNumber` where a double would round); `ctyFromJson` in cty-json.ts turns it into a value.
   */
  readonly rawState: unknown;
}
export interface UpgradeResourceStateResponse {
  readonly upgradedState: ObjectValue | null;
  readonly diagnostics: Diagnostic[];
}

export interface ReadDataSourceRequest {
  readonly typeName: string;
  readonly config: ObjectValue;
  readonly clientCapabilities?: ClientCapabilities;
}
export interface ReadDataSourceResponse {
  readonly state: ObjectValue | null;
  readonly diagnostics: Diagnostic[];
}

export interface ListResourceRequest {
  readonly typeName: string;
  /** The `config` block (all null when the list block has none). */
  readonly config: ObjectValue;
  /** Whether each result carries the whole resource object (`include_resource = true`). */
  readonly includeResource: boolean;
}

/**
 * One found object: its state under the managed resource's schema (the host derives the identity
 * from it, and sends it whole when the request asked for the resource), or diagnostics alone.
 */
export interface ListResourceResult {
  readonly state?: ObjectValue;
  readonly displayName?: string;
  readonly diagnostics: Diagnostic[];
}

export interface ConfigureProviderRequest {
  readonly config: ObjectValue;
  readonly terraformVersion: string;
  readonly clientCapabilities?: ClientCapabilities;
}

/**
 * What the plugin host serves. Every method may throw: the host turns an exception into an error
 * diagnostic rather than crashing the process.
 */
export interface ProviderImpl {
  /** Static: called once per process and cached by the host. */
  schemas(): ProviderSchemas;
  validateProviderConfig(config: ObjectValue): Promise<Diagnostic[]>;
  configureProvider(req: ConfigureProviderRequest): Promise<Diagnostic[]>;
  validateResourceConfig(typeName: string, config: ObjectValue): Promise<Diagnostic[]>;
  validateDataResourceConfig(typeName: string, config: ObjectValue): Promise<Diagnostic[]>;
  upgradeResourceState(req: UpgradeResourceStateRequest): Promise<UpgradeResourceStateResponse>;
  readResource(req: ReadResourceRequest): Promise<ReadResourceResponse>;
  planResourceChange(req: PlanResourceChangeRequest): Promise<PlanResourceChangeResponse>;
  applyResourceChange(req: ApplyResourceChangeRequest): Promise<ApplyResourceChangeResponse>;
  importResourceState(req: ImportResourceStateRequest): Promise<ImportResourceStateResponse>;
  readDataSource(req: ReadDataSourceRequest): Promise<ReadDataSourceResponse>;
  validateListResourceConfig(typeName: string, config: ObjectValue): Promise<Diagnostic[]>;
  /** The objects a list block selects, as they are found (the host streams each one, and stops at the engine's limit). */
  listResource(req: ListResourceRequest): AsyncIterable<ListResourceResult>;
  /** StopProvider: cancel in-flight waits promptly. Returns an error sentence, or nothing. */
  stop(): Promise<string | undefined>;
}
