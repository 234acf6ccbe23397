/**
 * `evs-emulator`: runs the local EVS service until SIGINT/SIGTERM. The first stdout line is
 * `EVS emulator listening on <url>` so scripts can read the endpoint.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { AccessKey } from './auth';
import { isOperationName, type Durations, type EnvironmentSeed } from './model';
import type { RateLimits } from './rate-limit';
import { parseSeedFlag } from './seed';
import { startEmulator, type EmulatorOptions } from './server';

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
    .option('-p, --port <port>', 'port to listen on (0 = a free port)', integer, 0)
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--seed <file>', 'JSON file of environments: [{ "id", "state", "vcfVersion", "name" }]')
    .option(
      '-e, --environment <id:state:vcfVersion[:name]>',
      'an environment to start with (repeatable), e.g. env-0123456789:CREATED:VCF-5.2.1',
      collect(seedFlag),
    )
    .option('--create-ms <ms>', 'CREATING → ACTIVE duration', integer)
    .option('--update-ms <ms>', 'UPDATING → ACTIVE duration', integer)
    .option('--delete-ms <ms>', 'DELETING → gone duration', integer)
    .option('--check-interval-ms <ms>', 'health check interval', integer)
    .option('--state-file <file>', 'keep state in this JSON file (written atomically)')
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
  return {
    host: flags.host,
    port: flags.port,
    environments: flags.environment,
    seedFile: flags.seed,
    durations,
    stateFile: flags.stateFile,
    verifySignatures: keys.length ? keys : undefined,
    rateLimits: flags.rateLimit ? (Object.fromEntries(flags.rateLimit) as RateLimits) : undefined,
    region: flags.region,
    accountId: flags.accountId,
  };
}

export async function main(argv: string[] = process.argv): Promise<void> {
  const program = buildProgram();
  program.parse(argv);
  let emulator;
  try {
    emulator = await startEmulator(optionsFromFlags(program.opts<CliFlags>()));
  } catch (err) {
    process.stderr.write(`evs-emulator: ${(err as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(`EVS emulator listening on ${emulator.url}\n`);
  const stop = (signal: NodeJS.Signals) => {
    process.stderr.write(`evs-emulator: ${signal}, shutting down\n`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) void main();
