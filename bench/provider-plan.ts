/**
 * `plan` with 300 connectors in 100 environments (refresh on): wall time, provider CPU per
 * ReadResource, and the local EVS service's call counters — aim: ListEnvironmentConnectors calls
 * ≤ the number of environments per refresh. A `plan -refresh=false` of the same state is the
 * baseline measured in the same run.
 * Usage: npm run bench:provider-plan [-- --connectors 300 --environments 100]
 */
import { numberArg } from './args';
import { benchEngine, benchService, benchWorkspace, ProviderCpuSampler } from './provider-common';

async function main(): Promise<void> {
  const ENVS = numberArg('environments', 100);
  const CONNECTORS = numberArg('connectors', 300);
  const engine = benchEngine();
  const svc = await benchService(ENVS, { createMs: 0, updateMs: 0, deleteMs: 0 });
  try {
    const ws = await benchWorkspace(engine, svc.url, ENVS, CONNECTORS);
    const setup = await ws.apply(['-parallelism=30']);
    console.log(`${engine.name} ${engine.version}: created ${CONNECTORS} connectors in ${ENVS} environments (setup ${(setup.ms / 1000).toFixed(1)} s)`);

    const measure = async (args: string[]) => {
      await svc.control.resetCounters();
      const run = ws.start(['plan', '-detailed-exitcode', ...args]);
      const sampler = new ProviderCpuSampler(run.child.pid!);
      sampler.start();
      const r = await run.done;
      sampler.stop();
      if (r.code !== 0) throw new Error(`plan ${args.join(' ')} exited ${r.code} (0 = no changes expected):\n${r.stdout}\n${r.stderr}`);
      return { ms: r.ms, cpu: sampler.perProcess(), counters: await svc.control.getCounters() };
    };

    const noRefresh = await measure(['-refresh=false']);
    const refresh = await measure([]);
    const lists = refresh.counters.ListEnvironmentConnectors.calls;
    // The busiest process is the one that planned; the same plan without refresh isolates the reads.
    const planCpu = Math.max(...refresh.cpu);
    const planOnlyCpu = Math.max(...noRefresh.cpu);
    const perRead = ((planCpu - planOnlyCpu) * 1000) / CONNECTORS;
    console.log(`plan, refresh on:   ${(refresh.ms / 1000).toFixed(2)} s wall`);
    console.log(`plan, refresh off:  ${(noRefresh.ms / 1000).toFixed(2)} s wall (baseline)  → refresh costs ${(refresh.ms / noRefresh.ms).toFixed(2)}× the baseline`);
    console.log(
      `provider CPU (refresh on): ${refresh.cpu.length} processes, ${refresh.cpu.map((s) => s.toFixed(2)).join(' + ')} s; ` +
        `planning process ${(planCpu * 1000).toFixed(0)} ms vs ${(planOnlyCpu * 1000).toFixed(0)} ms without refresh → ${perRead.toFixed(2)} ms CPU per ReadResource ` +
        `(${((planCpu * 1000) / CONNECTORS).toFixed(2)} ms per resource all RPCs included)`,
    );
    console.log(
      `EVS calls during the refresh: ListEnvironmentConnectors ${lists} for ${ENVS} environments → ${(lists / ENVS).toFixed(2)} per environment (aim ≤ 1.00); ` +
        `GetEnvironment ${refresh.counters.GetEnvironment.calls}, ListEnvironments ${refresh.counters.ListEnvironments.calls}`,
    );
  } finally {
    await svc.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
