/**
 * Registry documentation in the layout the Terraform Registry and tfplugindocs use:
 *   docs/index.md, docs/resources/<name>.md, docs/data-sources/<name>.md   (generated here)
 *   docs/guides/*.md                                                       (written by hand)
 * from what the real provider reports through `<engine> providers schema -json`, the examples in
 * tfplugindocs' layout and the page templates:
 *   examples/provider/provider.tf
 *   examples/resources/<type>/resource.tf (+ import.tf, import.sh, other *.tf)
 *   examples/data-sources/<type>/data-source.tf
 *   templates/index.md, templates/resources/<name>.md, templates/data-sources/<name>.md
 * A resource or data source without a template gets the default one, so every type the provider
 * serves has a page. Placeholders: {{description}} {{example}} {{example:FILE}} {{schema}}
 * {{timeouts}} {{import}} {{type}} {{source}} {{version}}, and on the index {{resources}}
 * {{data_sources}} {{environment}}. Descriptions, types and flags all come from the provider.
 *
 * Usage: node --import tsx scripts/generate-docs.ts [--check]     (validates with tfplugindocs too)
 *   --check  exit 1 (listing the files) when the docs on disk differ from what would be generated
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { BlockJson, ProviderSchemaJson, ProvidersSchemaJson } from '../src/provider/protocol/schema-json';
import { PROVIDER_EXECUTABLE, PROVIDER_SOURCE, PROVIDER_TYPE, PROVIDER_VERSION } from '../src/names';
import { engineEnv, runCommand } from '../test/support/workspace';
import { listEngines, type Engine } from './common/engines';
import { ensureTfplugindocs } from './common/tfplugindocs';
import { oneLine, renderSchema } from './docs/schema-markdown';

const root = resolve(__dirname, '..');
export const DOCS_DIR = join(root, 'docs');
export const EXAMPLES_DIR = join(root, 'examples');
export const TEMPLATES_DIR = join(root, 'templates');
/** The runnable HCL example (applied by the tests; not part of the registry pages). */
export const EXAMPLE_FILE = join(EXAMPLES_DIR, 'hcl', 'main.tf');

export type Kind = 'resources' | 'data-sources';
const MAIN_EXAMPLE: Record<Kind | 'provider', string> = { provider: 'provider.tf', resources: 'resource.tf', 'data-sources': 'data-source.tf' };

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

// ---- sources on disk ---------------------------------------------------------------------------

/** Files of a folder by name (empty when it does not exist). */
function folder(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [e.name, readFileSync(join(dir, e.name), 'utf8')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Examples (by folder relative to examples/, then file name) and templates (by path relative to templates/). */
export interface DocSources {
  readonly examples: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly templates: ReadonlyMap<string, string>;
}

export function readDocSources(): DocSources {
  const examples = new Map<string, Map<string, string>>([['provider', folder(join(EXAMPLES_DIR, 'provider'))]]);
  const templates = new Map<string, string>();
  for (const kind of ['resources', 'data-sources'] as const) {
    const dir = join(EXAMPLES_DIR, kind);
    if (existsSync(dir)) for (const t of readdirSync(dir)) examples.set(`${kind}/${t}`, folder(join(dir, t)));
    for (const [name, text] of folder(join(TEMPLATES_DIR, kind))) templates.set(`${kind}/${name}`, text);
  }
  const index = join(TEMPLATES_DIR, 'index.md');
  if (existsSync(index)) templates.set('index.md', readFileSync(index, 'utf8'));
  return { examples, templates };
}

/**
 * The example folders as Terraform modules, for `terraform validate`: each folder's files, except
 * those that need another provider (the engine cannot install it offline), which come back
 * separately as `foreign` (checked by `terraform fmt` only).
 */
export function exampleModules(sources: DocSources = readDocSources()): Array<{ name: string; files: Map<string, string>; foreign: string[] }> {
  return [...sources.examples].map(([name, files]) => {
    const tf = [...files].filter(([f]) => f.endsWith('.tf'));
    const foreign = tf.filter(([, text]) => /^\s*resource\s+"(?!evs_)/m.test(text) || /^\s*data\s+"(?!evs_)/m.test(text)).map(([f]) => f);
    return { name, files: new Map(tf.filter(([f]) => !foreign.includes(f))), foreign };
  });
}

// ---- rendering --------------------------------------------------------------------------------

const DEFAULT_TEMPLATES: Record<Kind, string> = {
  resources: ['# {{type}} (Resource)', '', '{{description}}', '', '## Example Usage', '', '{{example}}', '', '{{schema}}', '{{timeouts}}', '{{import}}'].join('\n'),
  'data-sources': ['# {{type}} (Data Source)', '', '{{description}}', '', '## Example Usage', '', '{{example}}', '', '{{schema}}'].join('\n'),
};

function frontMatter(title: string, description: string, subcategory: boolean): string {
  const desc = description.trim() || title;
  return [
    '---',
    `page_title: "${title}"`,
    // The registry refuses `subcategory` on the index page only.
    ...(subcategory ? ['subcategory: ""'] : []),
    'description: |-',
    ...desc.split('\n').map((l) => (l.trim() ? `  ${l}` : '')),
    '---',
    '',
  ].join('\n');
}

function fence(lang: string, code: string): string {
  return ['```' + lang, code.trim(), '```'].join('\n');
}

/** The "## Timeouts" section of a resource with a `timeouts` block, defaults from its descriptions. */
function timeoutsSection(block: BlockJson): string {
  const t = block.block_types?.['timeouts'];
  if (!t) return '';
  const rows = Object.entries(t.block.attributes ?? {})
    .sort(([a], [b]) => ['create', 'read', 'update', 'delete'].indexOf(a) - ['create', 'read', 'update', 'delete'].indexOf(b))
    .map(([op, a]) => {
      const def = /Default:? `([^`]+)`/.exec(a.description ?? '')?.[1];
      return `| \`${op}\` | ${def ? `\`${def}\`` : 'none'} |`;
    });
  return [
    '## Timeouts',
    '',
    'How long each operation may wait for EVS, set in a `timeouts` block as a number with a unit (`30s`, `45m`, `1h30m`). On timeout the',
    'operation fails; a connector still being created is kept in state as tainted.',
    '',
    '| operation | default |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** `| argument | variables |` rows: the variables each provider argument's description names as its default. */
function environmentRows(block: BlockJson): string {
  return Object.entries(block.attributes ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, a]) => {
      const clause = /Default: (.*)$/.exec(a.description ?? '')?.[1] ?? '';
      const vars = [...new Set(clause.match(/\bAWS_[A-Z_]+\b/g) ?? [])];
      return vars.length ? `| \`${name}\` | ${vars.map((v) => `\`${v}\``).join(', ')} |` : undefined;
    })
    .filter(Boolean)
    .join('\n');
}

function fill(template: string, values: Record<string, string>, examples: ReadonlyMap<string, string>, page: string): string {
  return template.replace(/\{\{([a-z_]+)(?::([^}]+))?\}\}/g, (_m, key: string, arg: string | undefined) => {
    if (key === 'example' && arg) {
      const text = examples.get(arg);
      if (text === undefined) throw new Error(`${page}: the template names example ${arg}, which does not exist`);
      return fence('terraform', text);
    }
    const v = values[key];
    if (v === undefined) throw new Error(`${page}: unknown placeholder {{${key}}}`);
    return v;
  });
}

/** All docs files, keyed by their path relative to docs/. */
export function renderDocs(schema: ProviderSchemaJson, sources: DocSources = readDocSources()): Map<string, string> {
  const files = new Map<string, string>();
  const short = (type: string): string => type.replace(new RegExp(`^${PROVIDER_TYPE}_`), '');
  const common = { source: PROVIDER_SOURCE, version: PROVIDER_VERSION };
  const resources = Object.keys(schema.resource_schemas ?? {}).sort();
  const dataSources = Object.keys(schema.data_source_schemas ?? {}).sort();

  const provDesc = oneLine(schema.provider.block.description) || `The ${PROVIDER_TYPE} provider.`;
  const provExamples = sources.examples.get('provider') ?? new Map<string, string>();
  const indexTemplate = sources.templates.get('index.md');
  if (!indexTemplate) throw new Error('templates/index.md is missing');
  files.set(
    'index.md',
    frontMatter(`Provider: ${PROVIDER_TYPE}`, provDesc, false) +
      fill(
        indexTemplate,
        {
          ...common,
          type: PROVIDER_TYPE,
          description: provDesc,
          resources: resources.map((r) => `- [\`${r}\`](resources/${short(r)}.md)`).join('\n'),
          data_sources: dataSources.map((d) => `- [\`${d}\`](data-sources/${short(d)}.md)`).join('\n'),
          example: provExamples.has(MAIN_EXAMPLE.provider) ? fence('terraform', provExamples.get(MAIN_EXAMPLE.provider)!) : '',
          environment: environmentRows(schema.provider.block),
          schema: renderSchema(schema.provider.block),
        },
        provExamples,
        'index.md',
      ),
  );

  const pages: Array<[Kind, string, BlockJson]> = [
    ...resources.map((t) => ['resources', t, schema.resource_schemas![t]!.block] as [Kind, string, BlockJson]),
    ...dataSources.map((t) => ['data-sources', t, schema.data_source_schemas![t]!.block] as [Kind, string, BlockJson]),
  ];
  for (const [kind, type, block] of pages) {
    const rel = `${kind}/${short(type)}.md`;
    const examples = sources.examples.get(`${kind}/${type}`) ?? new Map<string, string>();
    const desc = oneLine(block.description);
    const main = examples.get(MAIN_EXAMPLE[kind]);
    const importSh = examples.get('import.sh');
    const title = `${type} ${kind === 'resources' ? 'Resource' : 'Data Source'} - ${PROVIDER_EXECUTABLE}`;
    files.set(
      rel,
      frontMatter(title, desc, true) +
        fill(
          sources.templates.get(rel) ?? DEFAULT_TEMPLATES[kind],
          {
            ...common,
            type,
            description: desc,
            example: main ? fence('terraform', main) : '',
            schema: renderSchema(block),
            timeouts: timeoutsSection(block),
            import: importSh ? (sources.templates.has(rel) ? '' : '## Import\n\n') + fence('shell', importSh) : '',
          },
          examples,
          rel,
        ),
    );
  }
  // One trailing newline per file, no runs of blank lines.
  for (const [k, v] of files) files.set(k, v.replace(/\n{3,}/g, '\n\n').replace(/\s*$/, '\n'));
  return files;
}

/** Paths (relative to docs/) whose content on disk differs from `files`. */
export function staleDocs(files: Map<string, string>, dir = DOCS_DIR): string[] {
  return [...files]
    .filter(([rel, text]) => {
      const p = join(dir, rel);
      return !existsSync(p) || readFileSync(p, 'utf8') !== text;
    })
    .map(([rel]) => rel);
}

/**
 * Runs the registry's validator (`tfplugindocs validate`) over `files` plus the hand-written guides,
 * against `schema`; throws with its findings when it refuses them.
 */
export function validateDocs(schema: ProviderSchemaJson, files: Map<string, string>): void {
  const dir = mkdtempSync(join(tmpdir(), 'evs-docs-validate-'));
  try {
    for (const [rel, text] of files) {
      mkdirSync(dirname(join(dir, 'docs', rel)), { recursive: true });
      writeFileSync(join(dir, 'docs', rel), text);
    }
    if (existsSync(join(DOCS_DIR, 'guides'))) cpSync(join(DOCS_DIR, 'guides'), join(dir, 'docs', 'guides'), { recursive: true });
    // tfplugindocs looks the schema up by the provider's short name.
    const schemaFile = join(dir, 'schema.json');
    writeFileSync(schemaFile, JSON.stringify({ format_version: '1.0', provider_schemas: { [PROVIDER_TYPE]: schema } }));
    try {
      execFileSync(ensureTfplugindocs(), ['validate', '--provider-dir', dir, '--provider-name', PROVIDER_TYPE, '--providers-schema', schemaFile], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      const findings = `${e.stdout ?? ''}${e.stderr ?? ''}`.split('\n').filter((l) => l && !l.includes('[DEBUG]'));
      throw new Error(`tfplugindocs validate refused the docs:\n${findings.join('\n')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  (async () => {
    const schema = await readProviderSchema();
    const files = renderDocs(schema);
    validateDocs(schema, files);
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
