/** Environment seeds from a JSON file or `id:state:vcfVersion[:name]` flags. */
import { readFileSync } from 'fs';
import { checkSeed } from './control';
import type { EnvironmentSeed } from './model';

/** A seed file holds a list of seeds, or `{ "environments": [...] }`. */
export function loadSeedFile(file: string): EnvironmentSeed[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const list = Array.isArray(data) ? data : (data as { environments?: unknown })?.environments;
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of environments or { "environments": [...] }.`);
  return list.map((s, i) => {
    try {
      return checkSeed(s);
    } catch (err) {
      throw new Error(`${file}: environment ${i + 1}: ${(err as Error).message}`);
    }
  });
}

/** `env-0123456789:CREATED:VCF-5.2.1[:name]`; state and version may be left empty for defaults. */
export function parseSeedFlag(flag: string): EnvironmentSeed {
  const [id, state, vcfVersion, ...name] = flag.split(':');
  return checkSeed({
    id,
    state: state || undefined,
    vcfVersion: vcfVersion || undefined,
    name: name.length ? name.join(':') : undefined,
  });
}
