/**
 * EVS_PROVIDER_MEMORY_LOG=<duration> (e.g. `1s`): an info line "provider memory" at that interval
 * with where the process's memory is — RSS, V8 heap (used, total, young and old generation),
 * external and ArrayBuffer memory, V8's malloc — to tell heap sizing from a leak or from native
 * buffers in a long run (the soak bench reads it). Off by default: it costs nothing then.
 */
import * as v8 from 'v8';
import { parseDuration } from '../framework/duration';
import { log } from '../log';

const MiB = (n: number) => Math.round((n / 1048576) * 10) / 10;

export function memorySnapshot(): Record<string, number> {
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size]));
  return {
    rss_mib: MiB(m.rss),
    heap_used_mib: MiB(m.heapUsed),
    heap_total_mib: MiB(m.heapTotal),
    new_space_mib: MiB(spaces['new_space'] ?? 0),
    old_space_mib: MiB(spaces['old_space'] ?? 0),
    external_mib: MiB(m.external),
    array_buffers_mib: MiB(m.arrayBuffers),
    v8_malloced_mib: MiB(v8.getHeapStatistics().malloced_memory),
  };
}

export function startMemoryLog(env: NodeJS.ProcessEnv = process.env): void {
  const text = env['EVS_PROVIDER_MEMORY_LOG'];
  if (!text) return;
  const ms = parseDuration(text);
  const every = ms !== null && ms >= 100 ? ms : 1000;
  setInterval(() => log.info('provider memory', memorySnapshot()), every).unref();
}
