/** The HTTP control interface through EmulatorControlClient (as tests in other processes use it). */
import { readFileSync } from 'fs';
import * as http from 'http';
import { resolve } from 'path';
import { EmulatorControlClient, EmulatorControlError, startEmulator, type RunningEmulator } from '../../src/emulator';
import { PACKAGE_VERSION } from '../../src/names';
import { OPERATIONS } from '../../src/emulator';
import { call, ok, signedRequest } from './support/aws-json';

let emu: RunningEmulator;
let control: EmulatorControlClient;
beforeEach(async () => {
  emu = await startEmulator({ durations: { createMs: 0, updateMs: 0, deleteMs: 0 } });
  control = new EmulatorControlClient(emu.url);
});
afterEach(() => emu.close());

const createVcenter = (environmentId = 'env-0000000001') =>
  ok(emu.url, 'CreateEnvironmentConnector', { environmentId, type: 'VCENTER', applianceFqdn: 'vc.example', secretIdentifier: 's' }).then(
    (b) => b.connector.connectorId as string,
  );

test('seed, list, change and delete environments', async () => {
  const seeded = await control.seedEnvironments([{ id: 'env-ctl0000001', state: 'CREATING', vcfVersion: 'VCF-5.2.2', name: 'lab' }]);
  expect(seeded[0]).toMatchObject({ environmentId: 'env-ctl0000001', environmentState: 'CREATING', environmentName: 'lab' });
  expect((await control.listEnvironments()).map((e) => e.environmentId).sort()).toEqual(['env-0000000001', 'env-ctl0000001']);
  // Becoming CREATED provisions the SDDC_MANAGER connector of a VCF-5.2.x environment.
  await control.updateEnvironment('env-ctl0000001', { state: 'CREATED' });
  const { connectors } = await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: 'env-ctl0000001' });
  expect(connectors.map((c: any) => c.type)).toEqual(['SDDC_MANAGER']);
  await control.deleteEnvironment('env-ctl0000001');
  expect((await call(emu.url, 'GetEnvironment', { environmentId: 'env-ctl0000001' })).status).toBe(404);
});

test('bad control input answers 400 and unknown ids 404', async () => {
  await expect(control.seedEnvironments([{ id: 'nope' }])).rejects.toMatchObject({ status: 400 });
  await expect(control.updateEnvironment('env-0000000001', { state: 'ALIVE' as never })).rejects.toBeInstanceOf(EmulatorControlError);
  await expect(control.deleteConnector('cnctr-0000000000')).rejects.toMatchObject({ status: 404 });
  await expect(control.setFaults({ throttleRate: 2 })).rejects.toMatchObject({ status: 400 });
  await expect(control.setDurations({ createMs: -1 })).rejects.toMatchObject({ status: 400 });
  const res = await fetch(emu.url + '/_emulator/nothing');
  expect(res.status).toBe(404);
});

test('out-of-band changes: fqdn, secret, state, checks, delete', async () => {
  const id = await createVcenter();
  const changed = await control.updateConnector(id, { applianceFqdn: 'moved.example', secretIdentifier: 'evs/other' });
  expect(changed).toMatchObject({ applianceFqdn: 'moved.example', secretArn: 'evs/other' });
  const listed = (await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: 'env-0000000001' })).connectors[0];
  expect(listed.applianceFqdn).toBe('moved.example');
  const failed = await control.updateConnector(id, { state: 'UPDATE_FAILED', stateDetails: 'drift' });
  expect(failed).toMatchObject({ state: 'UPDATE_FAILED', stateDetails: 'drift' });
  const flipped = await control.updateConnector(id, { state: 'ACTIVE', checks: { VCENTER_VM_SYNC: 'FAILED' } });
  expect(flipped.status).toBe('FAILED');
  await expect(control.updateConnector(id, { checks: { SDDC_MANAGER_KEY_REUSE: 'FAILED' } })).rejects.toMatchObject({ status: 400 });
  await control.deleteConnector(id);
  expect(await control.listConnectors()).toEqual([]);
  const r = await call(emu.url, 'UpdateEnvironmentConnector', { environmentId: 'env-0000000001', connectorId: id, applianceFqdn: 'x.example' });
  expect(r.status).toBe(404);
});

test('durations, faults, rate limits and counters round-trip; reset restores the start', async () => {
  expect(await control.setDurations({ createMs: 5 })).toMatchObject({ createMs: 5, updateMs: 0 });
  expect(await control.setFaults({ latencyMs: 1, failNextUpdates: { count: 1 } })).toMatchObject({ latencyMs: 1 });
  expect(await control.setRateLimits({ default: { ratePerSecond: 100 } })).toEqual({ default: { ratePerSecond: 100 } });
  await createVcenter();
  await control.seedEnvironments([{ id: 'env-ctl0000002' }]);
  expect((await control.getCounters()).CreateEnvironmentConnector.ok).toBe(1);
  await control.reset();
  expect(await control.listConnectors()).toEqual([]);
  expect((await control.listEnvironments()).map((e) => e.environmentId)).toEqual(['env-0000000001']);
  expect(await control.getFaults()).toEqual({});
  expect(await control.getRateLimits()).toEqual({});
  expect((await control.getDurations()).createMs).toBe(0);
  expect((await control.getCounters()).CreateEnvironmentConnector.calls).toBe(0);
});

test('the in-process handle sees the same state as the HTTP client', async () => {
  const id = await createVcenter();
  expect((await emu.control.listConnectors()).map((c) => c.connectorId)).toEqual([id]);
  expect((await control.listConnectors()).map((c) => c.connectorId)).toEqual([id]);
});

test('control routes need no signature and are kept apart from the AWS API', async () => {
  const res = await fetch(emu.url + '/_emulator/health');
  expect(await res.json()).toEqual({
    ok: true,
    version: PACKAGE_VERSION,
    operations: [...OPERATIONS],
    resources: { environments: 1, hosts: 0, vlans: (await control.listVlans()).length, connectors: 0, entitlements: 0 },
  });
  // The AWS API at / still requires SigV4.
  const api = await fetch(emu.url + '/', { method: 'POST', body: '{}' });
  expect(api.status).toBe(403);
});

/** Sends a raw request (the path exactly as given) and returns status and parsed body. */
function raw(method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<{ status: number; body: any }> {
  const u = new URL(emu.url);
  return new Promise((resolve, reject) => {
    const all = { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = http.request({ host: u.hostname, port: u.port, method, path, headers: all, agent: false }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Every control route, as `control-routes.ts` spells its switch keys (a test below holds the two together). */
const ROUTES = [
  'GET health',
  'GET environments',
  'POST environments',
  'PATCH environments/:id',
  'DELETE environments/:id',
  'GET hosts',
  'PATCH environments/:id/hosts/:sub',
  'DELETE environments/:id/hosts/:sub',
  'GET vlans',
  'PATCH environments/:id/vlans/:sub',
  'GET connectors',
  'PATCH connectors/:id',
  'DELETE connectors/:id',
  'GET connectors/:id/vms',
  'PUT connectors/:id/vms',
  'PATCH connectors/:id/entitlements/:sub',
  'GET entitlements',
  'GET durations',
  'PUT durations',
  'GET faults',
  'PUT faults',
  'DELETE faults',
  'GET rate-limits',
  'PUT rate-limits',
  'GET counters',
  'DELETE counters',
  'POST reset',
];
const MALFORMED = '%E0%A4%A';
const UNKNOWN_ID: Record<string, string> = { environments: 'env-zzzzzzzzzz', connectors: 'cnctr-zzzzzzzzzz' };
const SUB: Record<string, string> = { hosts: 'esx-host-01', vlans: 'hcx', entitlements: 'vm-1001' };

test('the list covers every route the control interface serves', () => {
  const source = readFileSync(resolve(__dirname, '../../src/emulator/control-routes.ts'), 'utf8');
  const served = [...source.matchAll(/case '([A-Z]+ [^']+)':/g)].map((m) => m[1]);
  expect([...served].sort()).toEqual([...ROUTES].sort());
});

test.each(ROUTES)('%s: a malformed path or id answers 400, never 500', async (route) => {
  const [method, template] = route.split(' ') as [string, string];
  const [resource, , sub] = template.split('/');
  const fill = (id: string, subId = sub ? SUB[sub]! : '') => `/_emulator/${template.replace(':id', id).replace(':sub', subId)}`;
  const valid = fill(UNKNOWN_ID[resource!] ?? '');
  const paths = [
    `/_emulator/${MALFORMED}/${template}`,
    valid.replace(/\/?$/, MALFORMED),
    ...(template.includes(':id') ? [fill(MALFORMED)] : []),
    ...(template.includes(':sub') ? [fill(UNKNOWN_ID[resource!]!, MALFORMED)] : []),
  ];
  for (const path of paths) {
    const r = await raw(method, path, { 'content-type': 'application/json' }, '{}');
    expect([path, r.status, r.body.error]).toEqual([path, 400, expect.stringMatching(/malformed %-escape/)]);
  }
  if (template.includes(':id')) {
    // An id of the wrong form is bad input too; a well-formed unknown id is not found.
    const bad = await raw(method, fill('not-an-id'), { 'content-type': 'application/json' }, '{}');
    expect([bad.status, bad.body.error]).toEqual([400, expect.stringMatching(/id .*not valid; expected/)]);
    expect((await raw(method, valid, { 'content-type': 'application/json' }, '{}')).status).toBe(404);
  }
  expect((await control.listEnvironments()).map((e) => e.environmentId)).toEqual(['env-0000000001']);
});

test('the API path: a malformed path answers ValidationException 400, signed or not', async () => {
  const signed = await signedRequest(emu.url, 'ListEnvironments', {});
  for (const headers of [signed.headers, { 'content-type': 'application/x-amz-json-1.0' }]) {
    const r = await raw('POST', `/${MALFORMED}`, headers, signed.body);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ __type: 'ValidationException', reason: 'cannotParse', message: expect.stringMatching(/malformed %-escape/) });
  }
  expect((await call(emu.url, 'ListEnvironments', {})).status).toBe(200);
});

test('health counts what the service holds', async () => {
  await createVcenter();
  await control.seedEnvironments([{ id: 'env-ctl0000003' }]);
  const health = (await (await fetch(emu.url + '/_emulator/health')).json()) as { resources: unknown };
  expect(health.resources).toMatchObject({ environments: 2, connectors: 1, entitlements: 0 });
});
