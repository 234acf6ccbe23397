/**
 * The registry docs are generated from the real provider's schema and must match what is committed
 * (run `npm run docs` after a schema change); the registry's own validator (tfplugindocs) accepts
 * them; every example passes `validate`; the runnable HCL example applies against the local EVS
 * service through AWS_ENDPOINT_URL_EVS (on one engine: nothing in it differs between engines).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  EXAMPLE_FILE,
  exampleModules,
  readDocSources,
  readProviderSchema,
  renderDocs,
  staleDocs,
  validateDocs,
} from '../../scripts/generate-docs';
import { undescribedNestedFields } from '../../scripts/docs/schema-markdown';
import { PROVIDER_SOURCE, PROVIDER_VERSION } from '../../src/names';
import type { ProviderSchemaJson } from '../../src/provider/protocol/schema-json';
import { oneEngine, oneEngineTable } from '../support/engines';
import { runCommand, Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const svc = useTestService();

describe('registry docs', () => {
  let schema: ProviderSchemaJson;
  let files: Map<string, string>;
  beforeAll(async () => {
    schema = await readProviderSchema(oneEngine());
    files = renderDocs(schema, readDocSources());
  });

  test('docs/ is in sync with the provider schema, examples and templates (regenerate with `npm run docs`)', () => {
    expect(staleDocs(files)).toEqual([]);
  });

  test("the registry's validator (tfplugindocs validate) accepts them, and refuses what the registry refuses", () => {
    expect(() => validateDocs(schema, files)).not.toThrow();
    const broken = new Map(files);
    broken.set('index.md', files.get('index.md')!.replace('page_title: "Provider: evs"', 'page_title: "Provider: evs"\nsubcategory: ""'));
    expect(() => validateDocs(schema, broken)).toThrow(/index\.md.*should not contain subcategory/);
  }, 300_000);

  test('every resource and data source has a page with its arguments, example, IAM permissions and nested descriptions', () => {
    const pages: Array<[string, string, ProviderSchemaJson['provider']]> = [
      ...Object.entries(schema.resource_schemas ?? {}).map(([t, s]) => [`resources/${t.replace(/^evs_/, '')}.md`, t, s] as [string, string, typeof s]),
      ...Object.entries(schema.data_source_schemas ?? {}).map(([t, s]) => [`data-sources/${t.replace(/^evs_/, '')}.md`, t, s] as [string, string, typeof s]),
    ];
    expect([...files.keys()].sort()).toEqual(['index.md', ...pages.map(([p]) => p)].sort());
    for (const [page, type, s] of pages) {
      const text = files.get(page)!;
      for (const attr of Object.keys(s.block.attributes ?? {})) expect({ page, line: text.includes(`- \`${attr}\``) }).toEqual({ page, line: true });
      expect({ page, example: text.includes(`"${type}"`) }).toEqual({ page, example: true });
      // A new type needs templates/<kind>/<name>.md with an "## IAM permissions" section.
      expect({ page, iam: /^## IAM permissions$/m.test(text) }).toEqual({ page, iam: true });
      expect({ page, undescribed: undescribedNestedFields(s.block) }).toEqual({ page, undescribed: [] });
    }
    const resource = files.get('resources/environment_connector.md')!;
    expect(resource).toMatch(/^## Timeouts$/m);
    expect(resource).toMatch(/\| `create` \| `30m` \|/);
    expect(resource).toContain('EvsAccess');
    expect(resource).toMatch(/terraform import evs_environment_connector\.\w+ env-0123456789\/cnctr-0123456789/);
  });

  test('the index documents authentication: every provider argument, each environment variable, assume role, endpoints', () => {
    const index = files.get('index.md')!;
    for (const attr of Object.keys(schema.provider.block.attributes ?? {})) expect(index).toContain(`- \`${attr}\``);
    expect(index).toMatch(/^## Authentication and Configuration$/m);
    for (const v of ['AWS_REGION', 'AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL_EVS', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE']) {
      expect(index).toMatch(new RegExp(`\\| \`\\w+\` \\|[^\\n]*\`${v}\``));
    }
    expect(index).toMatch(/^### Assume role$/m);
    expect(index).toMatch(/^### Custom endpoints$/m);
    expect(index).not.toMatch(/^subcategory:/m);
  });

  test('every example passes validate (and fmt); examples needing another provider pass fmt', async () => {
    const engine = oneEngine();
    const versions = `terraform {\n  required_providers {\n    evs = {\n      source  = "${PROVIDER_SOURCE}"\n      version = "${PROVIDER_VERSION}"\n    }\n  }\n}\n`;
    const modules = exampleModules();
    expect(modules.map((m) => m.name)).toEqual(expect.arrayContaining(['provider', 'resources/evs_environment_connector']));
    for (const m of modules) {
      const dir = mkdtempSync(join(tmpdir(), 'evs-example-'));
      for (const [f, text] of m.files) writeFileSync(join(dir, f), text);
      if (![...m.files.values()].some((t) => /^terraform\s*\{/m.test(t))) writeFileSync(join(dir, 'versions.tf'), versions);
      const ws = await Workspace.create(engine, { fixture: dir, endpoint: svc.url });
      const r = await ws.run(['validate']);
      expect({ example: m.name, code: r.code, out: r.code === 0 ? '' : r.stdout + r.stderr }).toEqual({ example: m.name, code: 0, out: '' });
      for (const f of [...m.files.keys(), ...m.foreign]) {
        const fmt = await runCommand(engine.path, ['fmt', '-check', '-diff', join('examples', m.name, f)], { cwd: join(__dirname, '..', '..'), env: ws.env() }).done;
        expect({ file: `${m.name}/${f}`, code: fmt.code, diff: fmt.stdout }).toEqual({ file: `${m.name}/${f}`, code: 0, diff: '' });
      }
    }
  });
});

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('examples/hcl applies against the local EVS service named by AWS_ENDPOINT_URL_EVS, and destroys cleanly', async () => {
    expect(readFileSync(EXAMPLE_FILE, 'utf8')).not.toMatch(/^\s*endpoint\s*=/m);
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, {
      fixture: dirname(EXAMPLE_FILE),
      endpoint: svc.url,
      vars: { environment_id: env },
      env: { AWS_ENDPOINT_URL_EVS: svc.url },
    });
    await ws.apply();
    const out = await ws.outputs();
    const [held] = await svc.connectors(env);
    expect(out).toMatchObject({
      connector_id: held!.connectorId,
      connector_state: 'ACTIVE',
      connector_types: ['VCENTER'],
      environment_state: 'CREATED',
      entitlement_statuses: { 'vm-1001': 'CREATED', 'vm-1002': 'CREATED' },
    });
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
    expect(await svc.connectors(env)).toEqual([]);
  });
});
