/**
 * `apply` of 30 connectors at -parallelism=10 with a 5 s service delay (CREATING → ACTIVE), against
 * the ideal of 3 waves × 5 s. The same apply with no delay, measured in the same run, is subtracted
 * first, so the figure is what waiting costs: aim ≤ 1.15×.
 * Usage: npm run bench:provider-apply [-- --delay-ms 5000 --connectors 30 --parallelism 10]
 */
import { numberArg } from './args';
import { benchEngine, benchService, benchWorkspace } from './provider-common';

async function main(): Promise<void> {
  const DELAY = numberArg('delay-ms', 5000);
  const CONNECTORS = numberArg('connectors', 30);
  const PARALLELISM = numberArg('parallelism', 10);
  const ENVS = Math.ceil(CONNECTORS / 3);
  const engine = benchEngine();
  const svc = await benchService(ENVS, { createMs: 0, updateMs: 0, deleteMs: 0 });
  try {
    const applyOnce = async (delayMs: number): Promise<number> => {
      await svc.control.setDurations({ createMs: delayMs, deleteMs: 0 });
      const ws = await benchWorkspace(engine, svc.url, ENVS, CONNECTORS);
      const r = await ws.apply([`-parallelism=${PARALLELISM}`]);
      await svc.control.setDurations({ createMs: 0, deleteMs: 0 });
      await ws.destroy([`-parallelism=${PARALLELISM}`]);
      return r.ms;
    };
    await applyOnce(0); // warm-up: page cache, engine schema cache
    const zero = await applyOnce(0);
    const delayed = await applyOnce(DELAY);
    const waves = Math.ceil(CONNECTORS / PARALLELISM);
    const ideal = waves * DELAY;
    const waiting = delayed - zero;
    console.log(`${engine.name} ${engine.version}: apply of ${CONNECTORS} connectors at -parallelism=${PARALLELISM}`);
    console.log(`  0 ms service delay:      ${(zero / 1000).toFixed(2)} s`);
    console.log(`  ${DELAY} ms service delay:   ${(delayed / 1000).toFixed(2)} s`);
    console.log(`  waiting cost ${(waiting / 1000).toFixed(2)} s vs ideal ${waves} waves × ${DELAY / 1000} s = ${(ideal / 1000).toFixed(1)} s → ratio ${(waiting / ideal).toFixed(3)}× (aim ≤ 1.15×)`);
  } finally {
    await svc.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
