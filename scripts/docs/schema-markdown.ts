/**
 * The "## Schema" part of a registry page, from a block of `providers schema -json`, in the shape
 * tfplugindocs writes: Required / Optional / Read-Only lists, then one "Nested Schema" section per
 * block, nested attribute or object-typed attribute, each with an anchor the parent links to.
 */
import type { CtyType } from '../../src/provider/protocol/provider-api';
import type { AttributeJson, BlockJson, BlockTypeJson } from '../../src/provider/protocol/schema-json';
import { NESTED_DESCRIPTIONS } from './nested-descriptions';

export function typeName(t: CtyType | undefined): string {
  if (t === undefined) return 'Dynamic';
  if (typeof t === 'string') {
    return ({ string: 'String', number: 'Number', bool: 'Boolean', dynamic: 'Dynamic' } as Record<string, string>)[t] ?? t;
  }
  const [kind, inner] = t;
  const of = (x: unknown): string => (Array.isArray(x) && x[0] === 'object' ? 'Object' : typeName(x as CtyType));
  switch (kind) {
    case 'list':
      return `List of ${of(inner)}`;
    case 'set':
      return `Set of ${of(inner)}`;
    case 'map':
      return `Map of ${of(inner)}`;
    case 'object':
      return 'Object';
    case 'tuple':
      return 'Tuple';
    default:
      return String(kind);
  }
}

/** Object attributes hidden in a collection type, for a nested-schema section. */
function objectAttrs(t: CtyType | undefined): Record<string, CtyType> | undefined {
  if (!Array.isArray(t)) return undefined;
  if (t[0] === 'object') return t[1] as Record<string, CtyType>;
  if (['list', 'set', 'map'].includes(t[0])) return objectAttrs(t[1] as CtyType);
  return undefined;
}

export function oneLine(s: string | undefined): string {
  return (s ?? '').trim();
}

interface Section {
  anchor: string;
  title: string;
  body: string[];
}

type Group = 'Required' | 'Optional' | 'Read-Only';

function blockKind(b: BlockTypeJson): string {
  const base = { single: 'Block', group: 'Block', list: 'Block List', set: 'Block Set', map: 'Block Map' }[b.nesting_mode];
  const limits: string[] = [];
  if (b.min_items) limits.push(`Min: ${b.min_items}`);
  if (b.max_items && b.nesting_mode !== 'single') limits.push(`Max: ${b.max_items}`);
  return [base, ...limits].join(', ');
}

function attributeLine(name: string, a: AttributeJson, description: string): string {
  const flags = [a.nested_type ? 'Attributes' : typeName(a.type)];
  if (a.sensitive) flags.push('Sensitive');
  if (a.deprecated) flags.push('Deprecated');
  if (a.write_only) flags.push('Write-only');
  return `- \`${name}\` (${flags.join(', ')})${description ? ` ${description}` : ''}`;
}

/**
 * Fields of an object-typed attribute carry no description in the schema (only nested attributes
 * do); those come from NESTED_DESCRIPTIONS, keyed by the attribute's name.
 */
function objectSection(path: string, name: string, fields: Record<string, CtyType>): Section {
  const known = NESTED_DESCRIPTIONS[name] ?? {};
  return {
    anchor: `nestedatt--${path}${name}`,
    title: `${path}${name}`.replace(/--/g, '.'),
    body: [
      '',
      'Read-Only:',
      '',
      ...Object.entries(fields)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([n, t]) => `- \`${n}\` (${typeName(t)})${known[n] ? ` ${known[n]}` : ''}`),
    ],
  };
}

function renderBlock(block: BlockJson, path: string, nested: Section[]): string[] {
  const items: Array<{ name: string; group: Group; line: string }> = [];

  for (const [name, a] of Object.entries(block.attributes ?? {})) {
    const group: Group = a.required ? 'Required' : a.optional ? 'Optional' : 'Read-Only';
    let line = attributeLine(name, a, oneLine(a.description));
    if (a.nested_type) {
      const anchor = `nestedatt--${path}${name}`;
      line += ` (see [below for nested schema](#${anchor}))`;
      const inner: Section[] = [];
      const body = renderBlock({ attributes: a.nested_type.attributes }, `${path}${name}--`, inner);
      nested.push({ anchor, title: `${path}${name}`.replace(/--/g, '.'), body }, ...inner);
    } else {
      const fields = objectAttrs(a.type);
      if (fields) {
        const section = objectSection(path, name, fields);
        line += ` (see [below for nested schema](#${section.anchor}))`;
        nested.push(section);
      }
    }
    items.push({ name, group, line });
  }

  for (const [name, b] of Object.entries(block.block_types ?? {})) {
    const group: Group = (b.min_items ?? 0) > 0 ? 'Required' : 'Optional';
    const anchor = `nestedblock--${path}${name}`;
    const desc = oneLine(b.block.description);
    items.push({ name, group, line: `- \`${name}\` (${blockKind(b)})${desc ? ` ${desc}` : ''} (see [below for nested schema](#${anchor}))` });
    const inner: Section[] = [];
    const body = renderBlock(b.block, `${path}${name}--`, inner);
    nested.push({ anchor, title: `${path}${name}`.replace(/--/g, '.'), body }, ...inner);
  }

  items.sort((x, y) => x.name.localeCompare(y.name));
  const out: string[] = [];
  for (const g of ['Required', 'Optional', 'Read-Only'] as const) {
    const lines = items.filter((i) => i.group === g).map((i) => i.line);
    if (lines.length > 0) out.push('', `### ${g}`, '', ...lines);
  }
  return out;
}

export function renderSchema(block: BlockJson): string {
  const nested: Section[] = [];
  const lines = ['## Schema', ...renderBlock(block, '', nested)];
  for (const s of nested) {
    // Nested sections use "Required:" style headings, as the registry does.
    const body = s.body.map((l) => (l.startsWith('### ') ? `${l.slice(4)}:` : l));
    lines.push('', `<a id="${s.anchor}"></a>`, `### Nested Schema for \`${s.title}\``, ...body);
  }
  return lines.join('\n') + '\n';
}

/** Every nested field of a block that has no description (to keep the docs complete). */
export function undescribedNestedFields(block: BlockJson, path = ''): string[] {
  const out: string[] = [];
  for (const [name, a] of Object.entries(block.attributes ?? {})) {
    if (a.nested_type) {
      out.push(...undescribedNestedFields({ attributes: a.nested_type.attributes }, `${path}${name}.`));
      continue;
    }
    const fields = objectAttrs(a.type);
    for (const f of Object.keys(fields ?? {})) {
      if (!NESTED_DESCRIPTIONS[name]?.[f]) out.push(`${path}${name}.${f}`);
    }
  }
  for (const [name, b] of Object.entries(block.block_types ?? {})) out.push(...undescribedNestedFields(b.block, `${path}${name}.`));
  return out;
}
