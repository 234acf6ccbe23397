/**
 * One source of truth: the committed bindings are exactly what the generator makes from the
 * provider's schema today, and the schema they were made from is the provider's.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exportSchema } from '../../scripts/constructs/export-schema';
import { GENERATED_DIR, generateBindings } from '../../scripts/constructs/generate-bindings';
import { PROVIDER_FULL_SOURCE } from '../../src/names';
import { DATA_SOURCES, RESOURCES } from '../../src/provider/resources/registry';

function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false }) as string[];
  return new Map(
    files
      .filter((f) => !readdirSync(dir, { withFileTypes: true }).some((d) => d.name === f && d.isDirectory()))
      .filter((f) => /\.(ts|md|json)$/.test(f))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

test('regenerating the bindings from the provider schema gives no difference', async () => {
  // Inside the repository, so the generated code resolves `cdktf` as the committed copy does.
  const scratch = join(__dirname, '..', '..', 'build');
  mkdirSync(scratch, { recursive: true });
  const out = mkdtempSync(join(scratch, 'regen-'));
  try {
    await generateBindings(out);
    const fresh = tree(out);
    const committed = tree(GENERATED_DIR);
    expect([...committed.keys()]).toEqual([...fresh.keys()]);
    for (const [file, text] of fresh) {
      expect({ file, text: committed.get(file) }).toEqual({ file, text });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the committed schema.json is the provider schema document', () => {
  const committed = JSON.parse(readFileSync(join(GENERATED_DIR, 'schema.json'), 'utf8'));
  expect(committed).toEqual(exportSchema());
  const doc = committed.provider_schemas[PROVIDER_FULL_SOURCE];
  // Every registered type, and nothing else.
  expect(Object.keys(doc.resource_schemas).sort()).toEqual(RESOURCES.map((r) => r.typeName).sort());
  expect(Object.keys(doc.data_source_schemas).sort()).toEqual(DATA_SOURCES.map((d) => d.typeName).sort());
});
