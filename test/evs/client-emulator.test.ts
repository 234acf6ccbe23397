/**
 * The EVS client against the project's local EVS service over real HTTP: every operation, every
 * error type the service produces, multi-page pagination, and retries under injected throttling,
 * 5xx and connection resets (the calls succeed; the emulator's counters show the retries).
 */
import { StandardRetryStrategy } from '@smithy/util-retry';
import {
  CreateEntitlementCommand,
  CreateEnvironmentConnectorCommand,
  DeleteEntitlementCommand,
  DeleteEnvironmentConnectorCommand,
  describeEvsError,
  EvsClient,
  type EvsClientConfig,
  EvsServiceException,
  GetEnvironmentCommand,
  InternalServerException,
  isNotFound,
  ListEnvironmentConnectorsCommand,
  ListEnvironmentsCommand,
  paginateListEnvironmentConnectors,
  paginateListEnvironments,
  paginateListVmEntitlements,
  ResourceNotFoundException,
  ThrottlingException,
  UpdateEnvironmentConnectorCommand,
  ValidationException,
  type Connector,
  type ConnectorState,
  type VmEntitlement,
} from '../../src/evs';
import { EmulatorControlClient, startEmulator, type RunningEmulator } from '../../src/emulator';
import { isolateAwsEnv, TEST_CREDENTIALS } from './support/env';

const SELF = 'env-selfdeploy';
const VCF = 'env-vcf5200001';
const INIT = 'env-initializ1';
const EXTRA = ['env-extra00001', 'env-extra00002', 'env-extra00003'];

let emu: RunningEmulator;
let control: EmulatorControlClient;
const clients: EvsClient[] = [];

/** A tiny fixed backoff, so the tests wait only where the service says to (retry-after). */
const fast = (maxAttempts: number) =>
  new StandardRetryStrategy({ maxAttempts, backoff: { computeNextBackoffDelay: () => 5, setDelayBase: () => undefined } });

function client(config: EvsClientConfig = {}): EvsClient {
  const c = new EvsClient({ region: 'us-east-1', endpoint: emu.url, credentials: TEST_CREDENTIALS, ...config });
  clients.push(c);
  return c;
}

beforeAll(async () => {
  isolateAwsEnv();
  emu = await startEmulator({
    environments: [
      { id: SELF, state: 'CREATED', vcfVersion: 'SELF_DEPLOYED', name: 'self' },
      { id: VCF, state: 'CREATED', vcfVersion: 'VCF-5.2.1', name: 'vcf' },
      { id: INIT, state: 'CREATING', vcfVersion: 'VCF-5.2.2', name: 'init' },
      ...EXTRA.map((id) => ({ id, state: 'CREATED' as const, vcfVersion: 'SELF_DEPLOYED' as const })),
    ],
    durations: { createMs: 150, updateMs: 150, deleteMs: 150 },
    verifySignatures: [TEST_CREDENTIALS],
  });
  // Drive the control interface over HTTP, as an out-of-process test would.
  control = new EmulatorControlClient(emu.url);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await emu.close();
});
beforeEach(async () => {
  await control.clearFaults();
  await control.setRateLimits({});
  await control.resetCounters();
});

async function waitForState(c: EvsClient, environmentId: string, connectorId: string, want: ConnectorState | 'GONE'): Promise<Connector | undefined> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { connectors = [] } = await c.send(new ListEnvironmentConnectorsCommand({ environmentId }));
    const found = connectors.find((x) => x.connectorId === connectorId);
    if (want === 'GONE' ? !found : found?.state === want) return found;
    if (Date.now() > deadline) throw new Error(`connector ${connectorId} never reached ${want}; last ${found?.state}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('every operation', () => {
  test('ListEnvironments and GetEnvironment', async () => {
    const c = client();
    const out = await c.send(new ListEnvironmentsCommand({}));
    const ids = out.environmentSummaries!.map((e) => e.environmentId);
    expect(ids).toEqual(expect.arrayContaining([SELF, VCF, INIT, ...EXTRA]));
    expect(out.environmentSummaries!.find((e) => e.environmentId === VCF)!.createdAt).toBeInstanceOf(Date);
    const filtered = await c.send(new ListEnvironmentsCommand({ state: ['CREATING'] }));
    expect(filtered.environmentSummaries!.map((e) => e.environmentId)).toEqual([INIT]);

    const env = await c.send(new GetEnvironmentCommand({ environmentId: VCF }));
    expect(env.environment).toMatchObject({ environmentId: VCF, environmentState: 'CREATED', vcfVersion: 'VCF-5.2.1' });
    expect(env.$metadata.httpStatusCode).toBe(200);
    expect(env.$metadata.requestId).toEqual(expect.any(String));
  });

  test('an EVS-installed environment already has its SDDC_MANAGER connector', async () => {
    const { connectors } = await client().send(new ListEnvironmentConnectorsCommand({ environmentId: VCF }));
    expect(connectors!.map((x) => x.type)).toContain('SDDC_MANAGER');
  });

  test('create → ACTIVE → update → ACTIVE → delete → gone, with Dates and checks', async () => {
    const c = client();
    const created = await c.send(
      new CreateEnvironmentConnectorCommand({
        environmentId: SELF,
        type: 'VCENTER',
        applianceFqdn: 'vcenter.lab.internal',
        secretIdentifier: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:vc-AbCdEf',
      }),
    );
    const id = created.connector!.connectorId!;
    expect(id).toMatch(/^cnctr-[a-zA-Z0-9]{10}$/);
    expect(created.connector!.state).toBe('CREATING');
    expect(created.connector!.createdAt).toBeInstanceOf(Date);

    const active = await waitForState(c, SELF, id, 'ACTIVE');
    expect(active!.checks!.length).toBeGreaterThan(0);
    expect(active!.modifiedAt!.getTime()).toBeGreaterThanOrEqual(active!.createdAt!.getTime());

    const updated = await c.send(new UpdateEnvironmentConnectorCommand({ environmentId: SELF, connectorId: id, applianceFqdn: 'vcenter2.lab.internal' }));
    expect(updated.connector!.state).toBe('UPDATING');
    const after = await waitForState(c, SELF, id, 'ACTIVE');
    expect(after!.applianceFqdn).toBe('vcenter2.lab.internal');

    const deleted = await c.send(new DeleteEnvironmentConnectorCommand({ environmentId: SELF, connectorId: id }));
    expect(deleted.connector!.state).toBe('DELETING');
    expect(deleted.environmentSummary!.environmentId).toBe(SELF);
    await waitForState(c, SELF, id, 'GONE');
    const err = await c.send(new DeleteEnvironmentConnectorCommand({ environmentId: SELF, connectorId: id })).catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
  });
});

describe('every error type', () => {
  test('ValidationException fieldValidationFailed names each bad member', async () => {
    const err = await client()
      .send(new CreateEnvironmentConnectorCommand({ environmentId: SELF, type: 'VCENTER', applianceFqdn: 'bad..fqdn.', secretIdentifier: 'has space' }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationException);
    const v = err as ValidationException;
    expect(v.reason).toBe('fieldValidationFailed');
    expect(v.fieldList!.map((f) => f.name).sort()).toEqual(['applianceFqdn', 'secretIdentifier']);
    expect(v.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 1 });
    expect(v.$metadata.requestId).toEqual(expect.any(String));
    const sentence = describeEvsError(v);
    expect(sentence).toContain('applianceFqdn');
    expect(sentence).toContain(`operation error EVS: CreateEnvironmentConnector, https response error StatusCode: 400, RequestID: ${v.$metadata.requestId}, ValidationException: `);
  });

  test('ValidationException for a documented rule: listing an initializing environment', async () => {
    const err = await client().send(new ListEnvironmentConnectorsCommand({ environmentId: INIT })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationException);
  });

  test('ResourceNotFoundException for an unknown environment and an unknown connector', async () => {
    const c = client();
    const env = await c.send(new GetEnvironmentCommand({ environmentId: 'env-nothere000' })).catch((e: unknown) => e);
    expect(env).toBeInstanceOf(ResourceNotFoundException);
    expect(env).toMatchObject({ resourceId: 'env-nothere000', resourceType: 'environment', $metadata: { httpStatusCode: 404 } });
    const con = await c
      .send(new UpdateEnvironmentConnectorCommand({ environmentId: SELF, connectorId: 'cnctr-nothere000', secretIdentifier: 'x' }))
      .catch((e: unknown) => e);
    expect(con).toBeInstanceOf(ResourceNotFoundException);
    expect((con as ResourceNotFoundException).resourceType).toBe('connector');
  });

  test('ThrottlingException with retryAfterSeconds when retries run out', async () => {
    await control.setFaults({ throttleRate: 1, retryAfterSeconds: 1, operations: ['GetEnvironment'] });
    const err = await client({ maxAttempts: 1 }).send(new GetEnvironmentCommand({ environmentId: SELF })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ThrottlingException);
    expect((err as ThrottlingException).retryAfterSeconds).toBe(1);
    expect((err as ThrottlingException).$metadata.httpStatusCode).toBe(429);
  });

  test('InternalServerException when retries run out', async () => {
    await control.setFaults({ errorRate: 1, operations: ['GetEnvironment'] });
    const err = await client({ retryStrategy: fast(2) }).send(new GetEnvironmentCommand({ environmentId: SELF })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InternalServerException);
    expect((err as InternalServerException).$metadata.attempts).toBe(2);
    expect((await control.getCounters()).GetEnvironment.faulted).toBe(2);
  });

  test('an error the model does not list (a refused signature) is an EvsServiceException', async () => {
    const c = client({ credentials: { accessKeyId: TEST_CREDENTIALS.accessKeyId, secretAccessKey: 'wrong-secret' } });
    const err = await c.send(new GetEnvironmentCommand({ environmentId: SELF })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EvsServiceException);
    expect(err).not.toBeInstanceOf(ValidationException);
    expect((err as EvsServiceException).name).toBe('InvalidSignatureException');
    expect((err as EvsServiceException).$metadata.httpStatusCode).toBe(403);
    expect(describeEvsError(err)).toMatch(/^operation error EVS: GetEnvironment, https response error StatusCode: 403, RequestID: \S+, InvalidSignatureException: /);
    expect((await control.getCounters()).GetEnvironment.denied).toBe(1);
  });
});

describe('pagination across several pages', () => {
  test('connectors, one per page', async () => {
    const c = client();
    const env = EXTRA[0]!;
    for (const [type, fqdn] of [['VCENTER', 'vc'], ['SDDC_MANAGER', 'sddc'], ['OPERATIONS_MANAGER', 'ops']] as const) {
      await c.send(new CreateEnvironmentConnectorCommand({ environmentId: env, type, applianceFqdn: `${fqdn}.lab.internal`, secretIdentifier: `${fqdn}-secret` }));
    }
    const pages: string[][] = [];
    for await (const page of paginateListEnvironmentConnectors({ client: c, pageSize: 1 }, { environmentId: env })) {
      pages.push(page.connectors!.map((x) => x.type!));
    }
    expect(pages).toHaveLength(3);
    expect(pages.flat().sort()).toEqual(['OPERATIONS_MANAGER', 'SDDC_MANAGER', 'VCENTER']);
    expect((await control.getCounters()).ListEnvironmentConnectors.ok).toBe(3);
  });

  test('environments, two per page', async () => {
    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateListEnvironments({ client: client(), pageSize: 2 }, {})) {
      pages++;
      expect(page.environmentSummaries!.length).toBeLessThanOrEqual(2);
      ids.push(...page.environmentSummaries!.map((e) => e.environmentId!));
    }
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([SELF, VCF, INIT, ...EXTRA]));
  });

  test('a token the service did not issue is refused', async () => {
    const err = await client().send(new ListEnvironmentsCommand({ nextToken: 'forged' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationException);
  });
});

describe('retries under injected faults', () => {
  const N = 12;
  async function manyGets(c: EvsClient) {
    return Promise.all(Array.from({ length: N }, () => c.send(new GetEnvironmentCommand({ environmentId: SELF }))));
  }
  const extraAttempts = (outs: { $metadata: { attempts?: number } }[]) => outs.reduce((n, o) => n + (o.$metadata.attempts ?? 1) - 1, 0);

  test('throttling: every call succeeds and the counters show the retries', async () => {
    await control.setFaults({ throttleRate: 0.4, retryAfterSeconds: 1, seed: 7, operations: ['GetEnvironment'] });
    const outs = await manyGets(client({ retryStrategy: fast(10) }));
    const counters = (await control.getCounters()).GetEnvironment;
    expect(outs).toHaveLength(N);
    expect(counters.ok).toBe(N);
    expect(counters.throttled).toBeGreaterThan(0);
    expect(counters.calls).toBe(counters.ok + counters.throttled);
    expect(extraAttempts(outs)).toBe(counters.throttled);
    // The service asked for 1 s; every retried call waited at least that long.
    for (const o of outs) if (o.$metadata.attempts! > 1) expect(o.$metadata.totalRetryDelay).toBeGreaterThanOrEqual(950);
  });

  test('connection resets: every call succeeds and the counters show the retries', async () => {
    await control.setFaults({ resetRate: 0.5, seed: 3, operations: ['GetEnvironment'] });
    const outs = await manyGets(client({ retryStrategy: fast(10) }));
    const counters = (await control.getCounters()).GetEnvironment;
    expect(counters.ok).toBe(N);
    expect(counters.faulted).toBeGreaterThan(0);
    expect(counters.calls).toBe(counters.ok + counters.faulted);
    expect(extraAttempts(outs)).toBe(counters.faulted);
  });

  test('5xx: every call succeeds and the counters show the retries', async () => {
    await control.setFaults({ errorRate: 0.5, seed: 11, operations: ['GetEnvironment'] });
    const outs = await manyGets(client({ retryStrategy: fast(10) }));
    const counters = (await control.getCounters()).GetEnvironment;
    expect(counters.ok).toBe(N);
    expect(counters.faulted).toBeGreaterThan(0);
    expect(extraAttempts(outs)).toBe(counters.faulted);
  });

  test('a create retried under throttling succeeds and creates one connector', async () => {
    const env = EXTRA[1]!;
    await control.setFaults({ throttleRate: 1, retryAfterSeconds: 1, operations: ['CreateEnvironmentConnector'] });
    const c = client({ retryStrategy: fast(5) });
    const pending = c.send(new CreateEnvironmentConnectorCommand({ environmentId: env, type: 'VCENTER', applianceFqdn: 'vc.lab.internal', secretIdentifier: 'vc' }));
    // Let the first attempts be throttled, then lift the fault so a retry gets through.
    await new Promise((r) => setTimeout(r, 300));
    await control.clearFaults();
    const out = await pending;
    expect(out.$metadata.attempts).toBeGreaterThan(1);
    const { connectors } = await c.send(new ListEnvironmentConnectorsCommand({ environmentId: env }));
    expect(connectors!.filter((x) => x.type === 'VCENTER')).toHaveLength(1);
  });

  test('the service rate limit answers 429 with retry-after, and the SDK waits it out', async () => {
    await control.setRateLimits({ GetEnvironment: { ratePerSecond: 1, burst: 1 } });
    const c = client({ retryStrategy: fast(4) });
    const a = await c.send(new GetEnvironmentCommand({ environmentId: SELF }));
    const t0 = Date.now();
    const b = await c.send(new GetEnvironmentCommand({ environmentId: SELF }));
    expect(a.$metadata.attempts).toBe(1);
    expect(b.$metadata.attempts).toBe(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect((await control.getCounters()).GetEnvironment.throttled).toBe(1);
  });
});

describe('VM entitlements', () => {
  test('create → CREATED / CREATE_FAILED, paginate, delete, typed errors', async () => {
    const environmentId = 'env-entitle001';
    await control.seedEnvironments([{ id: environmentId }]);
    await control.setDurations({ entitlementMs: 100 });
    const c = client();
    const { connector } = await c.send(
      new CreateEnvironmentConnectorCommand({ environmentId, type: 'VCENTER', applianceFqdn: 'vc.ent.internal', secretIdentifier: 'vc' }),
    );
    const key = { environmentId, connectorId: connector!.connectorId!, entitlementType: 'WINDOWS_SERVER' as const };
    await waitForState(c, environmentId, key.connectorId, 'ACTIVE');
    const created = await c.send(new CreateEntitlementCommand({ ...key, vmIds: ['vm-1001', 'vm-1002', 'vm-1003', 'vm-4242'] }));
    expect(created.entitlements!.map((e) => [e.vmId, e.status])).toEqual([
      ['vm-1001', 'CREATING'],
      ['vm-1002', 'CREATING'],
      ['vm-1003', 'CREATING'],
      ['vm-4242', 'CREATING'],
    ]);
    await new Promise((r) => setTimeout(r, 150));
    const pages: VmEntitlement[][] = [];
    for await (const page of paginateListVmEntitlements({ client: c, pageSize: 3 }, key)) pages.push(page.entitlements ?? []);
    expect(pages.map((p) => p.length)).toEqual([3, 1]);
    const all = pages.flat();
    expect(all.find((e) => e.vmId === 'vm-1001')).toMatchObject({ status: 'CREATED', vmName: 'vm-1001', startedAt: expect.any(Date) });
    expect(all.find((e) => e.vmId === 'vm-4242')).toMatchObject({
      status: 'CREATE_FAILED',
      errorDetail: { errorCode: 'VM_NOT_FOUND', errorMessage: expect.stringContaining('vm-4242') },
    });

    const deleted = await c.send(new DeleteEntitlementCommand({ ...key, vmIds: ['vm-1001', 'vm-1002', 'vm-1003'] }));
    expect(deleted.entitlements!.every((e) => e.status === 'DELETED' && e.stoppedAt instanceof Date)).toBe(true);

    const notFound = await c.send(new DeleteEntitlementCommand({ ...key, vmIds: ['vm-9999'] })).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(ResourceNotFoundException);
    expect(notFound).toMatchObject({ resourceType: 'entitlement', resourceId: 'vm-9999' });
    const invalid = await c.send(new CreateEntitlementCommand({ ...key, vmIds: [] })).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationException);
    expect((invalid as ValidationException).fieldList).toEqual([{ name: 'vmIds', message: expect.any(String) }]);
    expect(describeEvsError(invalid)).toContain('vmIds');
    await control.setDurations({ entitlementMs: 2000 });
  });
});
