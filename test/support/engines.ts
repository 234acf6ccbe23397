/**
 * Engines for the end-to-end tests: discovery lives in scripts/common/engines.ts (shared with the docs
 * generator and the benchmarks); this adds the table every e2e test is run over.
 */
import { listEngines, type Engine } from '../../scripts/common/engines';

export { engineCacheRoot, listEngines, type Engine } from '../../scripts/common/engines';

/** `[title, engine]` rows for `describe.each`: every available engine; throws when there is none. */
export function engineTable(): Array<[string, Engine]> {
  return listEngines().map((e) => [`${e.name} ${e.version}`, e]);
}
