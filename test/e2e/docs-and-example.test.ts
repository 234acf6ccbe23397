/**
 * The registry docs are generated from the real provider's schema and must match what is committed
 * (run `npm run docs` after a schema change); the HCL example applies on every engine.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EXAMPLE_FILE, readProviderSchema, renderDocs, staleDocs } from '../../scripts/generate-docs';
import type { ProviderSchemaJson } from '../../src/provider/protocol/schema-json';
import { engineTable, listEngines } from '../support/engines';
import { Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const svc = useTestService();

describe('registry docs', () => {
  let schema: ProviderSchemaJson;
  let files: Map<string, string>;
  beforeAll(async () => {
    schema = await readProviderSchema(listEngines()[0]!);
    files = renderDocs(schema, readFileSync(EXAMPLE_FILE, 'utf8'));
  });

  test('docs/ is in sync with the provider schema (regenerate with `npm run docs`)', () => {
    expect(staleDocs(files)).toEqual([]);
  });

  test('every resource, data source and argument is documented, with examples and import', () => {
    expect([...files.keys()].sort()).toEqual([
      'data-sources/environment_connector.md',
      'data-sources/environment_connectors.md',
      'index.md',
      'resources/environment_connector.md',
    ]);
    const resource = files.get('resources/environment_connector.md')!;
    for (const attr of Object.keys(schema.resource_schemas!.evs_environment_connector!.block.attributes!)) {
      expect(resource).toContain(`- \`${attr}\``);
    }
    expect(resource).toContain('### Nested Schema for `timeouts`');
    expect(resource).toContain('resource "evs_environment_connector"');
    expect(resource).toMatch(/terraform import evs_environment_connector\.\w+ env-0123456789\/cnctr-0123456789/);
    for (const attr of Object.keys(schema.provider.block.attributes!)) {
      expect(files.get('index.md')).toContain(`- \`${attr}\``);
    }
  });
});

describe.each(engineTable())('%s', (_name, engine) => {
  test('examples/hcl applies against the local EVS service and destroys cleanly', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: dirname(EXAMPLE_FILE), endpoint: svc.url, vars: { environment_id: env } });
    await ws.apply();
    const out = await ws.outputs();
    const [held] = await svc.connectors(env);
    expect(out).toMatchObject({ connector_id: held!.connectorId, connector_state: 'ACTIVE', connector_types: ['VCENTER'] });
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
    expect(await svc.connectors(env)).toEqual([]);
  });
});
