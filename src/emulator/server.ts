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
import { createServer, type RequestLogEntry, type Timeouts } from './http';

export interface EmulatorOptions {
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
  /** Port; 0 picks a free one. @default 0 */
  port?: number;
  /** Environments to start with (besides the default environment, when it is on). */
  environments?: EnvironmentSeed[];
  /**
   * Start with the ready environment env-0000000001 (SELF_DEPLOYED, CREATED) as well.
   * @default true when neither `environments` nor `seedFile` is given (the CLI: true unless `--no-default-environment`)
   */
  defaultEnvironment?: boolean;
  /** JSON file of environment seeds (a list, or `{ "environments": [...] }`). */
  seedFile?: string;
  /** Lifecycle durations and the health check interval. @default 2 s each, checks every 60 s */
  durations?: Partial<Durations>;
  /** Token-bucket limits per operation (or `default`). @default unlimited */
  rateLimits?: RateLimits;
  /** Faults active from the start. @default none */
  faults?: FaultConfig;
  /**
   * Keep state in this JSON file: loaded at start; every change is on disk (fsync'd, renamed,
   * directory fsync'd) before the request that made it is answered. @default in memory
   */
  stateFile?: string;
  /** Limits for slow clients: headers within `headersMs`, then the body within `bodyMs`. @default 10 s, 30 s */
  timeouts?: Partial<Timeouts>;
  /** Called once per request (the CLI's `--log-requests`). */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Recompute SigV4 signatures with these keys; unknown keys are refused. @default form checks only */
  verifySignatures?: AccessKey[];
  /** Region and account in environment ARNs. @default us-east-1, 123456789012 */
  region?: string;
  accountId?: string;
}

export interface RunningEmulator {
  /** Endpoint, e.g. http://127.0.0.1:4599 */
  url: string;
  port: number;
  /** The control interface, in process. */
  control: EmulatorControl;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const seeds = [...(options.environments ?? []), ...(options.seedFile ? loadSeedFile(options.seedFile) : [])];
  const state = new EvsState({
    environments: (options.defaultEnvironment ?? !(options.environments || options.seedFile)) ? [DEFAULT_ENVIRONMENT, ...seeds] : seeds,
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
    const w = (writer = new StateWriter(options.stateFile, () => state.store.snapshot()));
    state.store.onChange = () => w.changed();
    w.changed();
    await w.durable();
  }
  const keys = options.verifySignatures
    ? new Map(options.verifySignatures.map((k) => [k.accessKeyId, k.secretAccessKey]))
    : undefined;
  const server = createServer(state, {
    verifyKeys: keys,
    durable: writer && (() => writer!.durable()),
    timeouts: options.timeouts,
    onRequest: options.onRequest,
  });
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
      }).then(() => writer?.durable());
      return closing;
    },
  };
}
