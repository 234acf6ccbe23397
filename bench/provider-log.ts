/**
 * What a provider log line costs at each engine level, in the provider's own logger: an RPC
 * (withLogFields: a tf_req_id and the async context) that logs one INFO and one DEBUG line.
 * Each level runs in its own Node (the level is read once, from TF_LOG, as in the provider), lines
 * go to /dev/null through the real stderr write. The OFF run (nothing built) is the baseline; the
 * INFO run shows the cost of the lines the default Terraform debugging level writes without
 * `@caller`; the DEBUG run adds `@caller` (a one-frame stack trace) to both lines.
 * Usage: node --import tsx bench/provider-log.ts [--rpcs 50000] [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { numberArg } from './args';

const RPCS = numberArg('rpcs', 50_000);
const RUNS = numberArg('runs', 5);

if (process.env['EVS_BENCH_LOG_CHILD']) {
  // tsx turns on source maps, which make every stack trace far dearer; the bundled provider runs
  // without them.
  process.setSourceMapsEnabled(false);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { log, withLogFields } = require('../src/provider/log') as typeof import('../src/provider/log');
  const { randomUUID } = require('node:crypto') as typeof import('node:crypto');
  void (async () => {
    const rpc = (i: number) =>
      withLogFields(
        () => ({ tf_req_id: randomUUID(), tf_rpc: 'ReadResource', tf_resource_type: 'evs_environment_connector' }),
        async () => {
          log.info('EVS API retry', { operation: 'ListEnvironmentConnectors', attempt: i });
          log.debug('Served request', { duration_ms: 1.5, diagnostic_error_count: 0 });
        },
      );
    for (let i = 0; i < 2_000; i++) await rpc(i); // warm-up
    const started = process.hrtime.bigint();
    for (let i = 0; i < RPCS; i++) await rpc(i);
    process.stdout.write(String(Number(process.hrtime.bigint() - started) / 1e3 / RPCS));
  })();
} else {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const levels = ['OFF', 'INFO', 'DEBUG'] as const;
  const times: Record<(typeof levels)[number], number[]> = { OFF: [], INFO: [], DEBUG: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const level of levels) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(__filename), '--rpcs', String(RPCS)], {
        env: { ...process.env, EVS_BENCH_LOG_CHILD: '1', TF_LOG: level, TF_LOG_PROVIDER: '' },
        stdio: ['ignore', 'pipe', 'ignore'],
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`bench child failed at ${level}`);
      times[level].push(Number(r.stdout));
    }
  }
  const [off, info, debug] = levels.map((l) => median(times[l]));
  console.log(`per RPC (median of ${RUNS} runs of ${RPCS}): OFF ${off!.toFixed(2)} µs, INFO ${info!.toFixed(2)} µs (1 line), DEBUG ${debug!.toFixed(2)} µs (2 lines with @caller)`);
  console.log(`INFO / OFF: ${(info! / off!).toFixed(2)}×   DEBUG / INFO: ${(debug! / info!).toFixed(2)}×`);
  console.log(`one line at INFO: ${(info! - off!).toFixed(2)} µs; one line at DEBUG with @caller: ${((debug! - off!) / 2).toFixed(2)} µs`);
}
