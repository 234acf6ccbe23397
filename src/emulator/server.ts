/**
 * Starts the local EVS service: the service state (store, faults, limits), the optional state file and
 * the HTTP server on loopback.
 */
import type { AddressInfo } from 'net';
import type { AccessKey } from './auth';
import type { EmulatorControl } from './control';
import { DEFAULT_ENVIRONMENT, EvsState } from './evs-state';
import type { FaultConfig } from './faults';
import { DEFAULT_DURATIONS, type Durations, type EnvironmentSeed } from './model';
import { loadState, StateWriter } from './persistence';
import type { RateLimits } from './rate-limit';
import { loadSeedFile } from './seed';
import { createServer } from './http';

export interface EmulatorOptions {
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
  /** Port; 0 picks a free one. @default 0 */
  port?: number;
  /** Environments to start with. With neither this nor `seedFile`, one ready environment: env-0000000001 (SELF_DEPLOYED, CREATED). */
  environments?: EnvironmentSeed[];
  /** JSON file of environment seeds (a list, or `{ "environments": [...] }`). */
  seedFile?: string;
  /** Lifecycle durations and the health check interval. @default 2 s each, checks every 60 s */
  durations?: Partial<Durations>;
  /** Token-bucket limits per operation (or `default`). @default unlimited */
  rateLimits?: RateLimits;
  /** Faults active from the start. @default none */
  faults?: FaultConfig;
  /** Keep state in this JSON file (loaded at start, written atomically on change). @default in memory */
  stateFile?: string;
  /** Recompute SigV4 signatures with these keys; unknown keys are refused. @default form checks only */
  verifySignatures?: AccessKey[];
  /** Region and account in environment ARNs. @default us-east-1, 123456789012 */
  region?: string;
  accountId?: string;
}

export interface RunningEmulator {
  /** Endpoint, e.g. http://127.0.0.1:4566 */
  url: string;
  port: number;
  /** The control interface, in process. */
  control: EmulatorControl;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const seeds = [...(options.environments ?? []), ...(options.seedFile ? loadSeedFile(options.seedFile) : [])];
  const state = new EvsState({
    environments: options.environments || options.seedFile ? seeds : [DEFAULT_ENVIRONMENT],
    durations: { ...DEFAULT_DURATIONS, ...options.durations },
    rateLimits: options.rateLimits ?? {},
    faults: options.faults ?? {},
    account: { region: options.region ?? 'us-east-1', accountId: options.accountId ?? '123456789012' },
    clock: Date.now,
  });
  let writer: StateWriter | undefined;
  const saved = options.stateFile ? loadState(options.stateFile) : undefined;
  if (saved) state.store.restore(saved);
  state.seed();
  if (saved) {
    // Saved state wins over the seeds for environments it already holds.
    for (const e of saved.environments) state.store.environments.set(e.environmentId, { ...e });
  }
  if (options.stateFile) {
    writer = new StateWriter(options.stateFile, () => state.store.snapshot());
    state.store.onChange = () => writer!.schedule();
    await writer.flush();
  }
  const keys = options.verifySignatures
    ? new Map(options.verifySignatures.map((k) => [k.accessKeyId, k.secretAccessKey]))
    : undefined;
  const server = createServer(state, { verifyKeys: keys });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    control: state,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => writer?.flush());
      return closing;
    },
  };
}
