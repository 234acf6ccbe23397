/**
 * The local EVS service for end-to-end tests, started in process (a real HTTP server on loopback)
 * with short lifecycle durations so a full create/update/delete takes a second or two.
 */
import { randomBytes } from 'node:crypto';
import type { ConnectorInfo, EmulatorControl } from '../../../src/emulator';
import { startEmulator } from '../../../src/emulator';
import type { VcfVersion } from '../../../src/evs/constraints';

export const FAST_DURATIONS = { createMs: 300, updateMs: 300, deleteMs: 300 } as const;

export interface TestService {
  readonly url: string;
  readonly control: EmulatorControl;
  /** A fresh CREATED environment (SELF_DEPLOYED unless told: no SDDC_MANAGER up front). */
  newEnvironment(vcfVersion?: VcfVersion): Promise<string>;
  /** Connectors the service holds in one environment. */
  connectors(environmentId: string): Promise<ConnectorInfo[]>;
  close(): Promise<void>;
}

export function randomEnvironmentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return 'env-' + [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

export async function startTestService(): Promise<TestService> {
  const emu = await startEmulator({ port: 0, durations: { ...FAST_DURATIONS, checkIntervalMs: 60_000 } });
  return {
    url: emu.url,
    control: emu.control,
    async newEnvironment(vcfVersion: VcfVersion = 'SELF_DEPLOYED') {
      const id = randomEnvironmentId();
      await emu.control.seedEnvironments([{ id, state: 'CREATED', vcfVersion }]);
      return id;
    },
    async connectors(environmentId) {
      return (await emu.control.listConnectors()).filter((c) => c.environmentId === environmentId);
    },
    close: () => emu.close(),
  };
}

/**
 * Starts the service before a test file's tests and closes it after them. The handle answers only
 * once the service is up (inside tests and hooks); at the top level of a file it throws.
 */
export function useTestService(): Omit<TestService, 'close'> {
  let svc: TestService | undefined;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(async () => {
    await svc?.close();
  });
  const started = (): TestService => {
    if (!svc) throw new Error('the test service is not started yet: use it inside a test or hook');
    return svc;
  };
  return {
    get url() {
      return started().url;
    },
    get control() {
      return started().control;
    },
    newEnvironment: (vcfVersion) => started().newEnvironment(vcfVersion),
    connectors: (environmentId) => started().connectors(environmentId),
  };
}
