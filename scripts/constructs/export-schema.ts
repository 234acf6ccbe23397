/**
 * Prints (or writes) the provider's `providers schema -json` document, derived from the provider's
 * own schema declaration — the one source of truth the construct bindings are generated from.
 *
 *   tsx scripts/constructs/export-schema.ts [OUT.json]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProviderSchemas } from '../../src/provider/protocol/provider-api';
import { toProvidersSchemaJson, type ProvidersSchemaJson } from '../../src/provider/protocol/schema-json';

const PROVIDER_MODULE = join(__dirname, '..', '..', 'src', 'provider', 'provider.ts');

/** The real provider's schema; the fixture only while the provider module does not exist yet. */
export function providerSchemas(): { schemas: ProviderSchemas; source: 'provider' | 'fixture' } {
  if (existsSync(PROVIDER_MODULE)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(PROVIDER_MODULE) as { createProvider(): { schemas(): ProviderSchemas } };
    return { schemas: mod.createProvider().schemas(), source: 'provider' };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fixture = require('./schema-fixture') as { FIXTURE_SCHEMAS: ProviderSchemas };
  return { schemas: fixture.FIXTURE_SCHEMAS, source: 'fixture' };
}

export function exportSchema(): ProvidersSchemaJson {
  return toProvidersSchemaJson(providerSchemas().schemas);
}

if (require.main === module) {
  const text = JSON.stringify(exportSchema(), null, 2) + '\n';
  const out = process.argv[2];
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
