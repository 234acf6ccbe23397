/**
 * `evs-emulator`: runs the local EVS service until SIGINT/SIGTERM. The first stdout line is
 * `EVS emulator listening on <url>`, written synchronously so a reader on a pipe gets it at once
 * (with `--port 0` it is the only way to learn the port).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { writeSync } from 'fs';
import { ENUMS } from '../evs/constraints';
import { EMULATOR_PORT, PACKAGE_VERSION } from '../names';
import type { AccessKey } from './auth';
import type { RequestLogEntry } from './http';
import { isOperationName, type Durations, type EnvironmentSeed } from './model';
import type { RateLimits } from './rate-limit';
import { parseSeedFlag } from './seed';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from './server';

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0.');
  return n;
}

function collect<T>(parse: (v: string) => T) {
  return (value: string, previous: T[] = []): T[] => [...previous, parse(value)];
}

function seedFlag(value: string): EnvironmentSeed {
  try {
    return parseSeedFlag(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

function keyFlag(value: string): AccessKey {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) throw new InvalidArgumentError('expected ACCESS_KEY_ID:SECRET_ACCESS_KEY.');
  return { accessKeyId: value.slice(0, colon), secretAccessKey: value.slice(colon + 1) };
}

/** `Operation=rate[:burst]` or `default=rate[:burst]`. */
function rateFlag(value: string): [string, { ratePerSecond: number; burst?: number }] {
  const m = /^([A-Za-z]+)=(\d+(?:\.\d+)?)(?::(\d+))?$/.exec(value);
  if (!m || (m[1] !== 'default' && !isOperationName(m[1]!))) {
    throw new InvalidArgumentError('expected Operation=ratePerSecond[:burst], e.g. ListEnvironmentConnectors=10:20.');
  }
  return [m[1]!, { ratePerSecond: Number(m[2]), burst: m[3] !== undefined ? Number(m[3]) : undefined }];
}

export function buildProgram(): Command {
  return new Command('evs-emulator')
    .description('Local Amazon EVS service (environment connectors) for offline development and tests.')
    .version(PACKAGE_VERSION)
    .option('-p, --port <port>', 'port to listen on (0 = a free port)', integer, EMULATOR_PORT)
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--seed <file>', 'JSON file of environments to add: [{ "id", "state", "vcfVersion", "name" }]')
    .option(
      '-e, --environment <id:state:vcfVersion[:name]>',
      `an environment to add (repeatable), e.g. env-0123456789:CREATED:VCF-5.2.1; vcfVersion is ${ENUMS.VcfVersion.join(', ')} ` +
        '(VCF-5.2.x: EVS deployed VCF and made the SDDC_MANAGER connector)',
      collect(seedFlag),
    )
    .option('--no-default-environment', 'do not start with the ready environment env-0000000001 (SELF_DEPLOYED, CREATED)')
    .option('--create-ms <ms>', 'CREATING → ACTIVE duration', integer)
    .option('--update-ms <ms>', 'UPDATING → ACTIVE duration', integer)
    .option('--delete-ms <ms>', 'DELETING → gone duration', integer)
    .option('--check-interval-ms <ms>', 'health check interval', integer)
    .option('--state-file <file>', 'keep state in this JSON file (each change on disk before it is answered)')
    .option('--headers-timeout-ms <ms>', 'close connections whose request headers take longer (default 10000)', integer)
    .option('--body-timeout-ms <ms>', 'answer 408 to requests whose body takes longer (default 30000)', integer)
    .option('--log-requests', 'log one line per request on stderr: time, operation or route, HTTP status, request id, duration')
    .option('--verify-signatures <keyId:secret>', 'verify SigV4 signatures against this key (repeatable)', collect(keyFlag))
    .addOption(
      new Option('--verify-signatures-from-env', 'verify signatures against AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY'),
    )
    .option('--rate-limit <op=rate[:burst]>', 'token-bucket limit per operation or "default" (repeatable)', collect(rateFlag))
    .option('--region <region>', 'region in environment ARNs', 'us-east-1')
    .option('--account-id <id>', 'account in environment ARNs', '123456789012');
}

interface CliFlags {
  port: number;
  host: string;
  seed?: string;
  environment?: EnvironmentSeed[];
  defaultEnvironment: boolean;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  logRequests?: boolean;
  createMs?: number;
  updateMs?: number;
  deleteMs?: number;
  checkIntervalMs?: number;
  stateFile?: string;
  verifySignatures?: AccessKey[];
  verifySignaturesFromEnv?: boolean;
  rateLimit?: [string, { ratePerSecond: number; burst?: number }][];
  region: string;
  accountId: string;
}

export function optionsFromFlags(flags: CliFlags): EmulatorOptions {
  const durations: Partial<Durations> = {};
  if (flags.createMs !== undefined) durations.createMs = flags.createMs;
  if (flags.updateMs !== undefined) durations.updateMs = flags.updateMs;
  if (flags.deleteMs !== undefined) durations.deleteMs = flags.deleteMs;
  if (flags.checkIntervalMs !== undefined) durations.checkIntervalMs = flags.checkIntervalMs;
  const keys = [...(flags.verifySignatures ?? [])];
  if (flags.verifySignaturesFromEnv) {
    const { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: secret } = process.env;
    if (!id || !secret) throw new Error('--verify-signatures-from-env needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.');
    keys.push({ accessKeyId: id, secretAccessKey: secret });
  }
  const timeouts: EmulatorOptions['timeouts'] = {};
  if (flags.headersTimeoutMs !== undefined) timeouts.headersMs = flags.headersTimeoutMs;
  if (flags.bodyTimeoutMs !== undefined) timeouts.bodyMs = flags.bodyTimeoutMs;
  return {
    host: flags.host,
    port: flags.port,
    environments: flags.environment ?? [],
    defaultEnvironment: flags.defaultEnvironment,
    seedFile: flags.seed,
    timeouts,
    onRequest: flags.logRequests ? logRequest : undefined,
    durations,
    stateFile: flags.stateFile,
    verifySignatures: keys.length ? keys : undefined,
    rateLimits: flags.rateLimit ? (Object.fromEntries(flags.rateLimit) as RateLimits) : undefined,
    region: flags.region,
    accountId: flags.accountId,
  };
}

/** `2025-01-01T00:00:00.000Z CreateEnvironmentConnector 200 <request id> 3.1 ms` (routes: `PATCH /_emulator/…`). */
export function formatRequest(e: RequestLogEntry, at = new Date()): string {
  const what = e.operation ?? `${e.method} ${e.path}`;
  return `${at.toISOString()} ${what} ${e.status} ${e.requestId} ${e.ms.toFixed(1)} ms`;
}

function logRequest(e: RequestLogEntry): void {
  process.stderr.write(formatRequest(e) + '\n');
}

export async function main(argv: string[] = process.argv): Promise<void> {
  const program = buildProgram();
  program.parse(argv);
  // The handlers are in place before the listening line: whoever reads it may signal at once, and
  // a signal before them ends Node by the signal instead of exit 0. A signal while starting stops
  // the service once it has started; one while shutting down is absorbed (Ctrl-C reaches both a
  // wrapper, the Python package's command, and this process, and the wrapper passes its copy on).
  let emulator: RunningEmulator | undefined;
  let stopping = false;
  const shutDown = (running: RunningEmulator) =>
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`evs-emulator: ${signal}, shutting down\n`);
    if (emulator) void shutDown(emulator);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    emulator = await startEmulator(optionsFromFlags(program.opts<CliFlags>()));
  } catch (err) {
    process.stderr.write(`evs-emulator: ${(err as Error).message}\n`);
    process.exit(1);
  }
  if (stopping) return void shutDown(emulator);
  // Synchronous: an asynchronous write can sit in a buffer while a parent process waits for it.
  writeSync(1, `EVS emulator listening on ${emulator.url}\n`);
}

if (require.main === module) void main();
