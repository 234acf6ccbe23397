/**
 * Regenerates the construct bindings from the provider's schema, the way prebuilt providers are
 * made: `providers schema -json` → `@cdktf/provider-generator` → TypeScript that jsii compiles.
 *
 *   tsx scripts/constructs/generate-bindings.ts [OUT_DIR]   (default src/constructs/generated)
 *
 * The output is committed; test/constructs/bindings-generation.test.ts regenerates into a temporary
 * folder and fails on any difference, so the bindings can never drift from the provider.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportSchema } from './export-schema';
import { addOverrideModifiers } from './add-override';

export const GENERATED_DIR = join(__dirname, '..', '..', 'src', 'constructs', 'generated');

export async function generateBindings(outDir: string = GENERATED_DIR): Promise<void> {
  // The generator logs through @cdktf/commons, which asks the engine for its CLI config on load;
  // an empty config keeps that quiet and independent of the machine.
  process.env.TF_CLI_CONFIG_FILE ??= '/dev/null';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { generateProviderBindingsFromSchema } = require('@cdktf/provider-generator') as {
    generateProviderBindingsFromSchema(target: string, schema: unknown): Promise<void>;
  };
  const schema = exportSchema();
  const work = mkdtempSync(join(tmpdir(), 'evs-bindings-'));
  try {
    // The generator adds `alias` to the provider block of the object it is given: hand it a copy.
    await generateProviderBindingsFromSchema(work, structuredClone(schema));
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const generated = join(work, 'providers', 'evs');
    for (const entry of readdirSync(generated)) {
      // lazy-index.ts is for `cdktf get` projects (plain JS); a jsii assembly uses index.ts.
      if (entry === 'lazy-index.ts') continue;
      cpSync(join(generated, entry), join(outDir, entry), { recursive: true });
    }
    writeFileSync(join(outDir, 'schema.json'), JSON.stringify(schema, null, 2) + '\n');
    const sources = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(outDir, f));
    addOverrideModifiers(sources, join(__dirname, '..', '..', 'tsconfig.json'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  generateBindings(process.argv[2]).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
