import type { CtyValue, Diagnostic, ObjectValue } from '../protocol/provider-api';
import { Diagnostics } from './diagnostics';
import { Path } from './path';
import type { AttributeDef, BlockDef, SchemaDef } from './schema';
import { isKnown, isPlainObject } from './values';

/**
 * Validates a configuration against the declaration: every known, non-null value goes through
 * its attribute's validators, then the schema-level validators run. Unknown values are skipped
 * (they are validated again at apply, once known). Never calls an API.
 */
export function validateConfig(def: SchemaDef, config: ObjectValue | null): Diagnostic[] {
  const diags = new Diagnostics();
  if (!config) return diags.items;
  validateObject(def, config, Path.root(), diags);
  for (const v of def.validators ?? []) v(config, diags);
  return diags.items;
}

function validateObject(
  def: { attributes: Readonly<Record<string, AttributeDef>>; blocks?: Readonly<Record<string, BlockDef>> },
  value: ObjectValue,
  path: Path,
  diags: Diagnostics,
): void {
  for (const [name, a] of Object.entries(def.attributes)) {
    const v = value[name];
    if (!isKnown(v)) continue;
    for (const validator of a.validators ?? []) validator.validate(v, path.attr(name), diags);
  }
  for (const [name, b] of Object.entries(def.blocks ?? {})) {
    const v: CtyValue | undefined = value[name];
    if (!isKnown(v)) continue;
    const p = path.attr(name);
    if (b.nesting === 'single' || b.nesting === 'group') {
      if (isPlainObject(v)) validateObject(b, v, p, diags);
    } else if (Array.isArray(v)) {
      v.forEach((el, i) => {
        if (isPlainObject(el)) validateObject(b, el, b.nesting === 'list' ? p.index(i) : p, diags);
      });
    } else if (isPlainObject(v)) {
      for (const [k, el] of Object.entries(v)) if (isPlainObject(el)) validateObject(b, el, p.key(k), diags);
    }
  }
}
