/**
 * Shared pieces of the provider benchmarks: the local EVS service with N ready environments, a
 * workspace on the first engine, and a sampler of the CPU time the provider processes use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunningEmulator } from '../src/emulator';
import { startEmulator } from '../src/emulator';
import { listEngines, type Engine } from '../scripts/common/engines';
import { Workspace } from '../test/support/workspace';

export const FIXTURE = resolve(__dirname, 'provider-fixtures');

export function envId(i: number): string {
  return `env-bnch${String(i).padStart(6, '0')}`;
}

export async function benchService(environments: number, durations: { createMs: number; updateMs: number; deleteMs: number }): Promise<RunningEmulator> {
  return startEmulator({
    port: 0,
    environments: Array.from({ length: environments }, (_, i) => ({ id: envId(i), state: 'CREATED' as const, vcfVersion: 'SELF_DEPLOYED' as const })),
    durations: { ...durations, checkIntervalMs: 60_000 },
  });
}

export function benchEngine(): Engine {
  return listEngines()[0]!;
}

export async function benchWorkspace(engine: Engine, url: string, environments: number, connectors: number): Promise<Workspace> {
  return Workspace.create(engine, {
    fixture: FIXTURE,
    endpoint: url,
    vars: { environments: Array.from({ length: environments }, (_, i) => envId(i)), connectors },
  });
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * Follows the provider processes an engine starts (children of `enginePid` whose command line names
 * the provider) and keeps the last CPU time seen for each. Sampling every 20 ms loses at most that
 * much CPU per process at its exit.
 */
export class ProviderCpuSampler {
  private readonly cpu = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly enginePid: number) {}

  start(): void {
    this.timer = setInterval(() => this.sample(), 20);
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }

  private sample(): void {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(join('/proc', name, 'stat'), 'utf8');
        // Fields after the parenthesised command: state ppid ... utime(14) stime(15).
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(rest[1]) !== this.enginePid) continue;
        if (!readFileSync(join('/proc', name, 'cmdline'), 'utf8').includes('terraform-provider-evs')) continue;
        const ticks = Number(rest[11]) + Number(rest[12]);
        this.cpu.set(Number(name), ticks / TICKS_PER_SECOND);
      } catch {
        /* gone between readdir and read */
      }
    }
  }

  /** CPU seconds per provider process, in start order. */
  perProcess(): number[] {
    return [...this.cpu.entries()].sort(([a], [b]) => a - b).map(([, s]) => s);
  }

  total(): number {
    return this.perProcess().reduce((a, b) => a + b, 0);
  }
}
