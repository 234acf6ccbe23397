/**
 * Registry-style documentation (docs/index.md, docs/resources/*.md, docs/data-sources/*.md), in
 * the layout the Terraform Registry and tfplugindocs use, generated from what the real provider
 * reports through `<engine> providers schema -json` plus the blocks of examples/hcl/main.tf.
 * Nothing here restates the schema: descriptions, types and flags all come from the provider.
 *
 * Usage: node --import tsx scripts/generate-docs.ts [--check]
 *   --check  exit 1 (listing the files) when the docs on disk differ from what would be generated
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CtyType } from '../src/provider/protocol/provider-api';
import type { BlockJson, BlockTypeJson, ProviderSchemaJson, ProvidersSchemaJson } from '../src/provider/protocol/schema-json';
import { PROVIDER_EXECUTABLE, PROVIDER_SOURCE, PROVIDER_TYPE, PROVIDER_VERSION } from '../src/names';
import { engineEnv, runCommand } from '../test/support/workspace';
import { listEngines, type Engine } from './common/engines';

const root = resolve(__dirname, '..');
export const DOCS_DIR = join(root, 'docs');
export const EXAMPLE_FILE = join(root, 'examples', 'hcl', 'main.tf');

/** Runs the real provider under an engine and returns its schema (the only provider entry). */
export async function readProviderSchema(engine: Engine = listEngines()[0]!): Promise<ProviderSchemaJson> {
  const dir = mkdtempSync(join(tmpdir(), 'evs-docs-'));
  try {
    writeFileSync(
      join(dir, 'main.tf'),
      `terraform {\n  required_providers {\n    ${PROVIDER_TYPE} = {\n      source  = "${PROVIDER_SOURCE}"\n      version = "${PROVIDER_VERSION}"\n    }\n  }\n}\n`,
    );
    const env = engineEnv();
    const init = await runCommand(engine.path, ['init', '-input=false', '-no-color'], { cwd: dir, env }).done;
    if (init.code !== 0) throw new Error(`${engine.name} init failed:\n${init.stdout}\n${init.stderr}`);
    const r = await runCommand(engine.path, ['providers', 'schema', '-json'], { cwd: dir, env }).done;
    if (r.code !== 0) throw new Error(`${engine.name} providers schema failed:\n${r.stderr}`);
    const doc = JSON.parse(r.stdout) as ProvidersSchemaJson;
    const entries = Object.entries(doc.provider_schemas).filter(([addr]) => addr.endsWith(`/${PROVIDER_SOURCE}`));
    if (entries.length !== 1) throw new Error(`expected one ${PROVIDER_SOURCE} schema, got ${Object.keys(doc.provider_schemas).join(', ')}`);
    return entries[0]![1];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- examples ---------------------------------------------------------------------------------

/**
 * Top-level blocks of an HCL file with the comment lines right above them, keyed by their header
 * (`resource "evs_environment_connector" "vcenter"`). Brace matching skips strings and comments,
 * which is all the example files need.
 */
export function hclBlocks(text: string): Array<{ header: string; text: string }> {
  const lines = text.split('\n');
  const out: Array<{ header: string; text: string }> = [];
  let i = 0;
  while (i < lines.length) {
    const m = /^([a-z_]+(?:\s+"[^"]*")*)\s*\{\s*$/.exec(lines[i]!);
    if (!m) {
      i++;
      continue;
    }
    let start = i;
    while (start > 0 && /^\s*#/.test(lines[start - 1]!)) start--;
    let depth = 0;
    let end = i;
    for (; end < lines.length; end++) {
      const code = lines[end]!.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/#.*$/, '');
      for (const ch of code) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      if (depth === 0) break;
    }
    out.push({ header: m[1]!.replace(/\s+/g, ' '), text: lines.slice(start, end + 1).join('\n') });
    i = end + 1;
  }
  return out;
}

function examplesFor(blocks: Array<{ header: string; text: string }>, prefix: string): string {
  return blocks
    .filter((b) => b.header.startsWith(prefix))
    .map((b) => b.text)
    .join('\n\n');
}

// ---- rendering --------------------------------------------------------------------------------

function typeName(t: CtyType | undefined): string {
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

function oneLine(s: string | undefined): string {
  return (s ?? '').trim();
}

interface Section {
  anchor: string;
  title: string;
  body: string[];
}

function blockKind(b: BlockTypeJson): string {
  const base = { single: 'Block', group: 'Block', list: 'Block List', set: 'Block Set', map: 'Block Map' }[b.nesting_mode];
  const limits: string[] = [];
  if (b.min_items) limits.push(`Min: ${b.min_items}`);
  if (b.max_items && b.nesting_mode !== 'single') limits.push(`Max: ${b.max_items}`);
  return [base, ...limits].join(', ');
}

function renderBlock(block: BlockJson, path: string, nested: Section[]): string[] {
  const groups: Record<'Required' | 'Optional' | 'Read-Only', string[]> = { Required: [], Optional: [], 'Read-Only': [] };
  const items: Array<{ name: string; group: keyof typeof groups; line: string }> = [];

  for (const [name, a] of Object.entries(block.attributes ?? {})) {
    const group: keyof typeof groups = a.required ? 'Required' : a.optional ? 'Optional' : 'Read-Only';
    const flags = [typeName(a.type)];
    if (a.sensitive) flags.push('Sensitive');
    if (a.deprecated) flags.push('Deprecated');
    if (a.write_only) flags.push('Write-only');
    let line = `- \`${name}\` (${flags.join(', ')})`;
    const desc = oneLine(a.description);
    if (desc) line += ` ${desc}`;
    const inner = objectAttrs(a.type);
    if (inner) {
      const anchor = `nestedatt--${path}${name}`;
      line += ` (see [below for nested schema](#${anchor}))`;
      nested.push({
        anchor,
        title: `${path}${name}`.replace(/--/g, '.'),
        body: [
          '',
          'Read-Only:',
          '',
          ...Object.entries(inner)
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([n, t]) => `- \`${n}\` (${typeName(t)})`),
        ],
      });
    }
    items.push({ name, group, line });
  }

  for (const [name, b] of Object.entries(block.block_types ?? {})) {
    const required = (b.min_items ?? 0) > 0;
    const group: keyof typeof groups = required ? 'Required' : 'Optional';
    const anchor = `nestedblock--${path}${name}`;
    let line = `- \`${name}\` (${blockKind(b)})`;
    const desc = oneLine(b.block.description);
    if (desc) line += ` ${desc}`;
    line += ` (see [below for nested schema](#${anchor}))`;
    items.push({ name, group, line });
    const innerSections: Section[] = [];
    const body = renderBlock(b.block, `${path}${name}--`, innerSections);
    nested.push({ anchor, title: `${path}${name}`.replace(/--/g, '.'), body }, ...innerSections);
  }

  items.sort((x, y) => x.name.localeCompare(y.name));
  for (const it of items) groups[it.group].push(it.line);
  const out: string[] = [];
  for (const g of ['Required', 'Optional', 'Read-Only'] as const) {
    if (groups[g].length === 0) continue;
    out.push('', `### ${g}`, '', ...groups[g]);
  }
  return out;
}

function renderSchema(block: BlockJson): string {
  const nested: Section[] = [];
  const lines = ['## Schema', ...renderBlock(block, '', nested)];
  for (const s of nested) {
    // Nested sections use "Required:" style headings, as the registry does.
    const body = s.body.map((l) => (l.startsWith('### ') ? `${l.slice(4)}:` : l));
    lines.push('', `<a id="${s.anchor}"></a>`, `### Nested Schema for \`${s.title}\``, ...body);
  }
  return lines.join('\n') + '\n';
}

function frontMatter(title: string, description: string): string {
  const desc = description.trim() || title;
  return ['---', `page_title: "${title}"`, 'subcategory: ""', 'description: |-', ...desc.split('\n').map((l) => (l.trim() ? `  ${l}` : '')), '---', ''].join('\n');
}

function hcl(code: string): string {
  return ['```terraform', code.trim(), '```'].join('\n');
}

function importSection(resourceType: string, example: string): string {
  const name = /resource "[^"]+" "([^"]+)"/.exec(example)?.[1] ?? 'example';
  return [
    '## Import',
    '',
    'Import an existing connector — for example the `SDDC_MANAGER` connector that EVS creates in',
    'environments where it installed VCF — by `environment_id/connector_id`, or by',
    '`environment_id/TYPE` (a connector type is unique within an environment).',
    '',
    'With an `import` block (Terraform 1.5+, OpenTofu 1.5+):',
    '',
    hcl(`import {\n  to = ${resourceType}.${name}\n  id = "env-0123456789/cnctr-0123456789"\n}`),
    '',
    'With the `import` command:',
    '',
    '```shell',
    `terraform import ${resourceType}.${name} env-0123456789/cnctr-0123456789`,
    `terraform import ${resourceType}.${name} env-0123456789/SDDC_MANAGER`,
    '```',
    '',
  ].join('\n');
}

/** All docs files, keyed by their path relative to docs/. */
export function renderDocs(schema: ProviderSchemaJson, exampleText: string): Map<string, string> {
  const blocks = hclBlocks(exampleText);
  const files = new Map<string, string>();
  const short = (type: string): string => type.replace(new RegExp(`^${PROVIDER_TYPE}_`), '');

  const providerExample = [
    examplesFor(blocks, 'terraform'),
    examplesFor(blocks, `provider "${PROVIDER_TYPE}"`),
  ].filter(Boolean).join('\n\n');
  const provDesc = oneLine(schema.provider.block.description);
  const resources = Object.keys(schema.resource_schemas ?? {}).sort();
  const dataSources = Object.keys(schema.data_source_schemas ?? {}).sort();
  files.set(
    'index.md',
    [
      frontMatter(`Provider: ${PROVIDER_TYPE}`, provDesc || `The ${PROVIDER_TYPE} provider.`),
      `# ${PROVIDER_TYPE} Provider`,
      '',
      provDesc,
      '',
      `Source address \`${PROVIDER_SOURCE}\`, version ${PROVIDER_VERSION}. Install it into a local filesystem mirror with`,
      '`npx evs-provider install` (default `~/.terraform.d/plugins`, which Terraform and OpenTofu search',
      `without configuration); the executable is \`${PROVIDER_EXECUTABLE}\`.`,
      '',
      '## Resources',
      '',
      ...resources.map((r) => `- [\`${r}\`](resources/${short(r)}.md)`),
      '',
      '## Data Sources',
      '',
      ...dataSources.map((d) => `- [\`${d}\`](data-sources/${short(d)}.md)`),
      '',
      '## Example Usage',
      '',
      hcl(providerExample),
      '',
      renderSchema(schema.provider.block),
    ].join('\n'),
  );

  for (const type of resources) {
    const s = schema.resource_schemas![type]!;
    const desc = oneLine(s.block.description);
    const example = examplesFor(blocks, `resource "${type}"`);
    files.set(
      `resources/${short(type)}.md`,
      [
        frontMatter(`${type} Resource - ${PROVIDER_EXECUTABLE}`, desc),
        `# ${type} (Resource)`,
        '',
        desc,
        '',
        ...(example ? ['## Example Usage', '', hcl(example), ''] : []),
        renderSchema(s.block),
        importSection(type, example),
      ].join('\n'),
    );
  }

  for (const type of dataSources) {
    const s = schema.data_source_schemas![type]!;
    const desc = oneLine(s.block.description);
    const example = examplesFor(blocks, `data "${type}"`);
    files.set(
      `data-sources/${short(type)}.md`,
      [
        frontMatter(`${type} Data Source - ${PROVIDER_EXECUTABLE}`, desc),
        `# ${type} (Data Source)`,
        '',
        desc,
        '',
        ...(example ? ['## Example Usage', '', hcl(example), ''] : []),
        renderSchema(s.block),
      ].join('\n'),
    );
  }
  // One trailing newline per file, no runs of blank lines.
  for (const [k, v] of files) files.set(k, v.replace(/\n{3,}/g, '\n\n').replace(/\s*$/, '\n'));
  return files;
}

/** Paths (relative to docs/) whose content on disk differs from `files`. */
export function staleDocs(files: Map<string, string>, dir = DOCS_DIR): string[] {
  return [...files].filter(([rel, text]) => {
    const p = join(dir, rel);
    return !existsSync(p) || readFileSync(p, 'utf8') !== text;
  }).map(([rel]) => rel);
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  (async () => {
    const files = renderDocs(await readProviderSchema(), readFileSync(EXAMPLE_FILE, 'utf8'));
    if (check) {
      const stale = staleDocs(files);
      if (stale.length) {
        process.stderr.write(`docs out of date (run npm run docs): ${stale.join(', ')}\n`);
        process.exit(1);
      }
      return;
    }
    for (const [rel, text] of files) {
      mkdirSync(dirname(join(DOCS_DIR, rel)), { recursive: true });
      writeFileSync(join(DOCS_DIR, rel), text);
      process.stdout.write(`wrote docs/${rel}\n`);
    }
  })().catch((err: unknown) => {
    process.stderr.write(`generate-docs: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
