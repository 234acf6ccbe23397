/**
 * Engines for the end-to-end tests: discovery lives in scripts/common/engines.ts (shared with the docs
 * generator and the benchmarks); this adds the tables tests run over. Every engine runs what engines
 * do differently (protocol, planning, import, identity, lists); one engine runs the rest, which is
 * the provider's own behaviour and would only multiply the suite's time.
 */
import { engineFeatures, listEngines, type Engine, type EngineFeatures } from '../../scripts/common/engines';

export { engineCacheRoot, engineFeatures, listEngines, type Engine } from '../../scripts/common/engines';

type Row = [string, Engine];
const row = (e: Engine): Row => [`${e.name} ${e.version}`, e];

/** `[title, engine]` rows for `describe.each`: every available engine; throws when there is none. */
export function engineTable(): Row[] {
  return listEngines().map(row);
}

/** The one engine that runs behaviour no engine changes (the first found: the Terraform on PATH). */
export function oneEngine(): Engine {
  return listEngines()[0]!;
}

/** `[title, engine]` for `describe.each` over `oneEngine()` alone. */
export function oneEngineTable(): Row[] {
  return [row(oneEngine())];
}

/**
 * Every engine that has a protocol feature. May be empty on a plain clone (Terraform ≥ 1.14 comes
 * from the build kit beside the checkout); under CI the engines test requires one per feature.
 */
export function engineTableWith(feature: keyof EngineFeatures): Row[] {
  return listEngines().filter((e) => engineFeatures(e)[feature]).map(row);
}
