/**
 * Prints (or writes) the provider's `providers schema -json` document, derived from the provider's
 * own schema declaration — the one source of truth the construct bindings are generated from.
 *
 *   tsx scripts/constructs/export-schema.ts [OUT.json]
 */
import { writeFileSync } from 'node:fs';
import { createProvider } from '../../src/provider/provider';
import { toProvidersSchemaJson, type ProvidersSchemaJson } from '../../src/provider/protocol/schema-json';

export function exportSchema(): ProvidersSchemaJson {
  return toProvidersSchemaJson(createProvider().schemas());
}

if (require.main === module) {
  const text = JSON.stringify(exportSchema(), null, 2) + '\n';
  const out = process.argv[2];
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
