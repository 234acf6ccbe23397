import type {
  CtyType,
  CtyValue,
  NestingMode,
  ObjectValue,
  Schema,
  SchemaAttribute,
  SchemaBlock,
  SchemaNestedBlock,
} from '../protocol/provider-api';
import type { Diagnostics } from './diagnostics';
import type { Path } from './path';

/**
 * The schema is declared once, with each attribute's validators and plan modifiers beside it
 * (terraform-plugin-framework style). The protocol `Schema`, config validation and planning are
 * all derived from this declaration.
 */

/** Checks one known, non-null value (it may still contain unknown elements). */
export interface Validator {
  readonly description: string;
  validate(value: CtyValue, path: Path, diags: Diagnostics): void;
}

export interface PlanModifierRequest {
  readonly path: Path;
  readonly config: CtyValue;
  /** The prior value; null when the resource is being created. */
  readonly state: CtyValue;
  readonly creating: boolean;
  /** The whole prior state (null on create) and the whole plan so far, for rules across attributes. */
  readonly priorState?: ObjectValue | null;
  readonly plan?: ObjectValue;
}
export interface PlanModifierResponse {
  plan: CtyValue;
  requiresReplace: boolean;
}
export interface PlanModifier {
  readonly description: string;
  modify(req: PlanModifierRequest, resp: PlanModifierResponse): void;
}

/** Cross-attribute checks on the whole configuration (e.g. "exactly one of"). */
export type ConfigValidator = (config: ObjectValue, diags: Diagnostics) => void;

export interface AttributeDef {
  readonly type: CtyType;
  /** Markdown. */
  readonly description: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly validators?: readonly Validator[];
  readonly planModifiers?: readonly PlanModifier[];
  /** Planned when the configuration leaves it null; needs optional + computed. */
  readonly default?: CtyValue;
  /**
   * A change here alters nothing remote (e.g. how long to wait), so it does not make the computed
   * attributes unknown in the plan.
   */
  readonly localOnly?: boolean;
}

export interface BlockDef {
  readonly nesting: NestingMode;
  readonly description: string;
  readonly attributes: Readonly<Record<string, AttributeDef>>;
  readonly blocks?: Readonly<Record<string, BlockDef>>;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly localOnly?: boolean;
  /** Run on the block's whole value, as attribute plan modifiers do (e.g. requiresReplace). */
  readonly planModifiers?: readonly PlanModifier[];
}

export interface SchemaDef {
  readonly version: number;
  readonly description: string;
  readonly attributes: Readonly<Record<string, AttributeDef>>;
  readonly blocks?: Readonly<Record<string, BlockDef>>;
  readonly validators?: readonly ConfigValidator[];
}

type AttrOptions = Omit<AttributeDef, 'type'>;

/**
 * Attribute constructors, so declarations read like the framework's. Each keeps the literal type
 * of its options and cty type, so `Model<typeof schema>` (framework/model.ts) can infer the typed
 * model of a declaration.
 */
export const attribute = {
  string: <O extends AttrOptions>(o: O): O & { readonly type: 'string' } => ({ ...o, type: 'string' }),
  bool: <O extends AttrOptions>(o: O): O & { readonly type: 'bool' } => ({ ...o, type: 'bool' }),
  number: <O extends AttrOptions>(o: O): O & { readonly type: 'number' } => ({ ...o, type: 'number' }),
  list: <E extends CtyType, O extends AttrOptions>(element: E, o: O): O & { readonly type: ['list', E] } => ({ ...o, type: ['list', element] }),
  set: <E extends CtyType, O extends AttrOptions>(element: E, o: O): O & { readonly type: ['set', E] } => ({ ...o, type: ['set', element] }),
  map: <E extends CtyType, O extends AttrOptions>(element: E, o: O): O & { readonly type: ['map', E] } => ({ ...o, type: ['map', element] }),
};

/** cty types with their literal shape kept (for typed models), e.g. `cty.object({ a: 'string' })`. */
export const cty = {
  object: <M extends { [attribute: string]: CtyType }>(members: M): ['object', M] => ['object', members],
  list: <E extends CtyType>(element: E): ['list', E] => ['list', element],
};

/** Checks a declaration once, at start-up: a bad schema is a programming error, not a diagnostic. */
export function defineSchema<T extends SchemaDef>(def: T): T {
  checkAttributes(def.attributes, '');
  for (const [name, b] of Object.entries(def.blocks ?? {})) checkBlock(b, name);
  return def;
}

function checkBlock(b: BlockDef, where: string): void {
  if (Object.keys(b.attributes).length === 0 && Object.keys(b.blocks ?? {}).length === 0) {
    throw new Error(`schema: block ${where} has no attributes`);
  }
  checkAttributes(b.attributes, `${where}.`);
  for (const [name, nb] of Object.entries(b.blocks ?? {})) checkBlock(nb, `${where}.${name}`);
}

function checkAttributes(attrs: Readonly<Record<string, AttributeDef>>, prefix: string): void {
  for (const [name, a] of Object.entries(attrs)) {
    const where = `${prefix}${name}`;
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`schema: attribute name ${where} is not snake_case`);
    if (!a.required && !a.optional && !a.computed) {
      throw new Error(`schema: ${where} must be required, optional or computed`);
    }
    if (a.required && (a.optional || a.computed)) {
      throw new Error(`schema: ${where} cannot be required and also optional or computed`);
    }
    if (a.default !== undefined && !(a.optional && a.computed)) {
      throw new Error(`schema: ${where} has a default, so it must be optional and computed`);
    }
    if (!a.description) throw new Error(`schema: ${where} needs a description`);
  }
}

/** The cty object type of values under this declaration (what the host decodes with). */
export function objectType(def: Pick<SchemaDef, 'attributes' | 'blocks'>): CtyType {
  const members: Record<string, CtyType> = {};
  for (const [name, a] of Object.entries(def.attributes)) members[name] = a.type;
  for (const [name, b] of Object.entries(def.blocks ?? {})) {
    const inner = objectType(b);
    switch (b.nesting) {
      case 'single':
      case 'group':
        members[name] = inner;
        break;
      case 'list':
        members[name] = ['list', inner];
        break;
      case 'set':
        members[name] = ['set', inner];
        break;
      case 'map':
        members[name] = ['map', inner];
        break;
    }
  }
  return ['object', members];
}

/** An object with every attribute and block of the declaration, all null. */
export function nullObject(def: Pick<SchemaDef, 'attributes' | 'blocks'>): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(def.attributes)) out[name] = null;
  for (const [name, b] of Object.entries(def.blocks ?? {})) out[name] = emptyBlockValue(b);
  return out;
}

/** What a block the configuration leaves out looks like: null for single, empty for collections. */
export function emptyBlockValue(b: BlockDef): CtyValue {
  if (b.nesting === 'single') return null;
  if (b.nesting === 'group') return nullObject(b);
  if (b.nesting === 'map') return {};
  return [];
}

/**
 * Returns `value` with exactly the declaration's keys: missing ones null, unknown ones dropped.
 * A state with a missing or extra key is rejected by the engine, so every state passes here.
 */
export function conform(def: Pick<SchemaDef, 'attributes' | 'blocks'>, value: ObjectValue): ObjectValue {
  const out = nullObject(def);
  for (const k of Object.keys(out)) if (value[k] !== undefined) out[k] = value[k];
  return out;
}

export function toProtocolSchema(def: SchemaDef): Schema {
  return { version: def.version, block: toBlock(def, def.description) };
}

function toBlock(def: Pick<SchemaDef, 'attributes' | 'blocks'>, description: string): SchemaBlock {
  const attributes: SchemaAttribute[] = Object.entries(def.attributes)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, a]) => ({
      name,
      type: a.type,
      description: a.description,
      descriptionKind: 'markdown',
      ...(a.required ? { required: true } : {}),
      ...(a.optional ? { optional: true } : {}),
      ...(a.computed ? { computed: true } : {}),
      ...(a.sensitive ? { sensitive: true } : {}),
      ...(a.deprecated ? { deprecated: true } : {}),
    }));
  const blockTypes: SchemaNestedBlock[] = Object.entries(def.blocks ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([typeName, b]) => ({
      typeName,
      nesting: b.nesting,
      block: toBlock(b, b.description),
      ...(b.minItems !== undefined ? { minItems: b.minItems } : {}),
      ...(b.maxItems !== undefined ? { maxItems: b.maxItems } : {}),
    }));
  return { attributes, blockTypes, description, descriptionKind: 'markdown' };
}
