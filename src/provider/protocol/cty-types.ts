/**
 * cty types as the wire knows them: the type JSON used in schemas and dynamic values, and the
 * implied object type of a schema block (what every DynamicValue for that block decodes with).
 */
import type { CtyType, SchemaBlock } from './provider-api';

/** The type's JSON, byte for byte what schemas and dynamic values carry. */
export function typeToJson(type: CtyType): string {
  return JSON.stringify(type);
}

/** Parse and check type JSON (an engine panics on invalid type JSON, so never pass one through). */
export function typeFromJson(json: string): CtyType {
  const parsed: unknown = JSON.parse(json);
  assertCtyType(parsed);
  return parsed;
}

export function assertCtyType(t: unknown, where = 'type'): asserts t is CtyType {
  if (t === 'string' || t === 'number' || t === 'bool' || t === 'dynamic') return;
  if (Array.isArray(t)) {
    const [kind, arg, optional] = t as unknown[];
    if ((kind === 'list' || kind === 'set' || kind === 'map') && t.length === 2) {
      assertCtyType(arg, `${where}.${kind}`);
      return;
    }
    if (kind === 'tuple' && t.length === 2 && Array.isArray(arg)) {
      arg.forEach((e, i) => assertCtyType(e, `${where}[${i}]`));
      return;
    }
    if (kind === 'object' && (t.length === 2 || t.length === 3) && arg && typeof arg === 'object' && !Array.isArray(arg)) {
      for (const [k, v] of Object.entries(arg)) assertCtyType(v, `${where}.${k}`);
      if (t.length === 3 && !(Array.isArray(optional) && optional.every((o) => typeof o === 'string' && o in arg))) {
        throw new Error(`${where}: optional attributes must name attributes of the object`);
      }
      return;
    }
  }
  throw new Error(`${where}: ${JSON.stringify(t)} is not a cty type`);
}

/**
 * The object type a block's values have: attributes as declared, nested blocks by nesting mode
 * (single and group → object, list → list of object, set → set of object, map → map of object).
 */
export function impliedType(block: SchemaBlock): CtyType {
  const attrs: { [name: string]: CtyType } = {};
  for (const a of block.attributes) attrs[a.name] = a.type;
  for (const b of block.blockTypes) {
    const inner = impliedType(b.block);
    switch (b.nesting) {
      case 'single':
      case 'group':
        attrs[b.typeName] = inner;
        break;
      case 'list':
        attrs[b.typeName] = ['list', inner];
        break;
      case 'set':
        attrs[b.typeName] = ['set', inner];
        break;
      case 'map':
        attrs[b.typeName] = ['map', inner];
        break;
    }
  }
  return ['object', attrs];
}

/** Attribute types of an object type (`['object', {...}]` or with optional attributes). */
export function objectAttributes(type: CtyType): { [name: string]: CtyType } {
  if (Array.isArray(type) && type[0] === 'object') return type[1] as { [name: string]: CtyType };
  throw new Error(`${typeToJson(type)} is not an object type`);
}
