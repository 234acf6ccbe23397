import { BigNumber, DynamicValue, isUnknown, type CtyType, type CtyValue, type ObjectValue } from '../protocol/provider-api';
import type { AttributeDef, BlockDef, SchemaDef } from './schema';

/**
 * Typed models inferred from a schema declaration (terraform-plugin-framework's model structs,
 * without writing them): `Model<typeof schema>` has one property per attribute and block, typed
 * from its cty type, so a misspelt attribute or a wrong value type is a compile error.
 */

/** The TypeScript type of a known value of cty type `T` (object members may be null). */
export type ValueOf<T> = T extends 'string'
  ? string
  : T extends 'bool'
    ? boolean
    : T extends 'number'
      ? number
      : T extends readonly ['list' | 'set', infer E]
        ? ValueOf<E>[]
        : T extends readonly ['map', infer E]
          ? { [key: string]: ValueOf<E> }
          : T extends readonly ['object', infer M]
            ? { [K in keyof M]: ValueOf<M[K]> | null }
            : CtyValue;

type AttrsOf<D> = D extends { readonly attributes: infer A } ? A : never;
type BlocksOf<D> = D extends { readonly blocks: infer B } ? (B extends undefined ? {} : B) : {};
type AttrValue<A> = A extends { readonly type: infer T } ? ValueOf<T> : never;

/** The value of a block: an object for single/group nesting, a collection otherwise. */
type BlockValue<B> = B extends { readonly nesting: infer N }
  ? N extends 'single' | 'group'
    ? ModelOf<B>
    : N extends 'map'
      ? { [key: string]: ModelOf<B> }
      : ModelOf<B>[]
  : never;

type ModelOf<D> = { [K in keyof AttrsOf<D>]: AttrValue<AttrsOf<D>[K]> | null } & {
  [K in keyof BlocksOf<D>]: BlockValue<BlocksOf<D>[K]> | null;
};

/** Every attribute and block of the declaration; any of them may be null (e.g. right after import). */
export type Model<S extends SchemaDef> = ModelOf<S>;

type RequiredKeys<S extends SchemaDef> = {
  [K in keyof AttrsOf<S>]: AttrsOf<S>[K] extends { readonly required: true } ? K : never;
}[keyof AttrsOf<S>];

/**
 * A configuration or plan at apply (or a data source's configuration at read): required arguments
 * are known and set, the rest as in `Model` (unknown computed values read as null).
 */
export type Planned<S extends SchemaDef> = Omit<Model<S>, RequiredKeys<S>> & {
  [K in RequiredKeys<S>]: AttrValue<AttrsOf<S>[K]>;
};

/**
 * Decoded values → the typed model of `def`: unknown becomes null (resource code never acts on a
 * value that is not known yet), big numbers become numbers, missing keys null. Values are trusted
 * to have the declared types (the engine decoded them with this very schema).
 */
export function toModel<S extends SchemaDef>(def: S, value: ObjectValue): Model<S> {
  return fromObject(def, value) as Model<S>;
}

/** The same for a plan or a configuration at apply (required arguments are set by then). */
export function toPlanned<S extends SchemaDef>(def: S, value: ObjectValue): Planned<S> {
  return fromObject(def, value) as unknown as Planned<S>;
}

/** A model as decoded values (for the server, which speaks `ObjectValue`). */
export function fromModel<S extends SchemaDef>(model: Model<S> | Partial<Model<S>>): ObjectValue {
  return model as unknown as ObjectValue;
}

function fromObject(def: Pick<SchemaDef, 'attributes' | 'blocks'>, value: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(def.attributes) as Array<[string, AttributeDef]>) out[name] = fromValue(a.type, value[name]);
  for (const [name, b] of Object.entries(def.blocks ?? {}) as Array<[string, BlockDef]>) out[name] = fromBlock(b, value[name]);
  return out;
}

function fromBlock(b: BlockDef, v: CtyValue | undefined): CtyValue {
  if (v === undefined || v === null || isUnknown(v)) return null;
  if (b.nesting === 'single' || b.nesting === 'group') return isObject(v) ? fromObject(b, v) : null;
  if (Array.isArray(v)) return v.map((el) => (isObject(el) ? fromObject(b, el) : null));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, el]) => [k, isObject(el) ? fromObject(b, el) : null]));
  return null;
}

function fromValue(type: CtyType, v: CtyValue | undefined): CtyValue {
  if (v === undefined || v === null || isUnknown(v)) return null;
  if (v instanceof BigNumber) return Number(v.text);
  if (type === 'string' || type === 'bool' || type === 'number' || type === 'dynamic') return v;
  const [kind, inner] = type;
  if ((kind === 'list' || kind === 'set' || kind === 'tuple') && Array.isArray(v)) {
    return v.map((el, i) => fromValue(kind === 'tuple' ? (inner as CtyType[])[i] ?? 'dynamic' : (inner as CtyType), el));
  }
  if (kind === 'map' && isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, el]) => [k, fromValue(inner as CtyType, el)]));
  if (kind === 'object' && isObject(v)) {
    const members = inner as { [k: string]: CtyType };
    return Object.fromEntries(Object.keys(members).map((k) => [k, fromValue(members[k]!, v[k])]));
  }
  return v;
}

function isObject(v: CtyValue): v is ObjectValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v) && !(v instanceof BigNumber) && !(v instanceof DynamicValue);
}
