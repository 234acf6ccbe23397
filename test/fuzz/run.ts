/**
 * The long fuzz run (`npm run fuzz [-- --cases N] [--seed S]`): every property of properties.ts with
 * a fresh random seed (printed, so a failure can be replayed with --seed), at least 100,000 cases
 * in all by default. Exits 1 on the first counterexample.
 */
import fc from 'fast-check';
import { Command } from 'commander';
import { startEmulator } from '../../src/emulator';
import { httpTotal, msgpackGarbage, msgpackHugeHeaders, msgpackMutated, msgpackRoundTrip, operationsTotal, parserTotal } from './properties';

async function main(): Promise<void> {
  const opts = new Command()
    .option('--cases <n>', 'total cases across all properties', (v) => Number(v), 120_000)
    .option('--seed <n>', 'fast-check seed (default: random)', (v) => Number(v))
    .parse()
    .opts<{ cases: number; seed?: number }>();
  const seed = opts.seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0;
  const emu = await startEmulator({ port: 0 });
  // Shares of the total: the cheap in-process properties get most; HTTP costs a round trip each.
  const plan: Array<[string, number, () => fc.IRawProperty<unknown[]>]> = [
    ['msgpack round trip', 0.25, msgpackRoundTrip as never],
    ['msgpack garbage', 0.15, msgpackGarbage as never],
    ['msgpack mutated', 0.2, msgpackMutated as never],
    ['msgpack huge headers', 0.05, msgpackHugeHeaders as never],
    ['emulator parse', 0.15, parserTotal as never],
    ['emulator operations', 0.15, operationsTotal as never],
    ['emulator HTTP', 0.05, (() => httpTotal(emu.url)) as never],
  ];
  console.log(`fuzz: seed ${seed}, ${opts.cases} cases`);
  let total = 0;
  const started = Date.now();
  try {
    for (const [name, share, make] of plan) {
      const numRuns = Math.max(1, Math.round(opts.cases * share));
      const t0 = Date.now();
      const details = await fc.check(make() as never, { seed, numRuns });
      if (details.failed) {
        console.error(fc.defaultReportMessage(details));
        console.error(`fuzz: ${name} FAILED (replay: npm run fuzz -- --seed ${seed})`);
        process.exitCode = 1;
        return;
      }
      total += details.numRuns;
      console.log(`fuzz: ${name}: ${details.numRuns} cases passed in ${Date.now() - t0} ms`);
    }
    console.log(`fuzz: ${total} cases passed in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
  } finally {
    await emu.close();
  }
}

void main();
