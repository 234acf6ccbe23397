/** Environments, hosts, VLANs, Elastic IPs and tags: lifecycle, EVS's rules, control routes and persistence. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, ok, sleep } from './support/aws-json';

const MEMBERS = ['vmkManagement', 'vmManagement', 'vMotion', 'vSan', 'vTep', 'edgeVTep', 'nsxUplink', 'hcx', 'expansionVlan1', 'expansionVlan2'];
const HOSTNAMES = ['vCenter', 'nsx', 'nsxManager1', 'nsxManager2', 'nsxManager3', 'nsxEdge1', 'nsxEdge2', 'sddcManager', 'cloudBuilder'];
let n = 0;

/** A valid VCF-5.2.1 CreateEnvironment input, unique per call (VPC, names). */
function vcfInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  const k = ++n;
  return {
    environmentName: `lab-${k}`,
    vpcId: `vpc-${String(k).padStart(8, '0')}`,
    serviceAccessSubnetId: 'subnet-0123abcd',
    vcfVersion: 'VCF-5.2.1',
    termsAccepted: true,
    initialVlans: { ...Object.fromEntries(MEMBERS.map((m, i) => [m, { cidr: `10.${k}.${i}.0/${m === 'hcx' ? 28 : 24}` }])), isHcxPublic: true, hcxNetworkAclId: 'acl-0123abcd' },
    hosts: [1, 2, 3, 4].map((i) => ({ hostName: `esx-${k}-${i}`, keyName: 'k', instanceType: 'i4i.metal' })),
    vcfHostnames: Object.fromEntries(HOSTNAMES.map((h) => [h, `${h.toLowerCase()}-${k}`])),
    licenseInfo: [{ solutionKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', vsanKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEF' }],
    siteId: 'site-1',
    connectivityInfo: { privateRouteServerPeerings: ['rsp-1', 'rsp-2'] },
    ...over,
  };
}

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({
    durations: { environmentCreateMs: 0, environmentDeleteMs: 0, hostCreateMs: 0, hostDeleteMs: 0 },
    environments: [{ id: 'env-0000000001', state: 'CREATED', vcfVersion: 'SELF_DEPLOYED' }],
  });
});
afterAll(() => emu.close());

const fields = (r: { body: any }) => (r.body.fieldList ?? []).map((f: { name: string }) => f.name);

test('an environment is created with its VLANs, hosts and SDDC_MANAGER connector, and deleted after its hosts', async () => {
  await emu.control.setDurations({ environmentCreateMs: 200 });
  const { environment } = await ok(emu.url, 'CreateEnvironment', vcfInput({ tags: { team: 'vmware' } }));
  expect(environment).toMatchObject({ environmentState: 'CREATING', environmentName: expect.stringMatching(/^lab-/) });
  const id = environment.environmentId as string;
  expect((await call(emu.url, 'ListEnvironmentHosts', { environmentId: id })).body.reason).toBe('other');
  await sleep(250);
  await emu.control.setDurations({ environmentCreateMs: 0 });
  const got = (await ok(emu.url, 'GetEnvironment', { environmentId: id })).environment;
  expect(got).toMatchObject({ environmentState: 'CREATED', environmentStatus: 'PASSED', stateDetails: 'Environment successfully created' });
  expect(got.checks.map((c: any) => c.type)).toEqual(['KEY_REUSE', 'KEY_COVERAGE', 'REACHABILITY', 'HOST_COUNT']);
  expect(got.credentials).toHaveLength(8);
  const hosts = (await ok(emu.url, 'ListEnvironmentHosts', { environmentId: id })).environmentHosts;
  expect(hosts.map((h: any) => [h.hostState, h.networkInterfaces.length])).toEqual(Array(4).fill(['CREATED', 2]));
  const vlans = (await ok(emu.url, 'ListEnvironmentVlans', { environmentId: id })).environmentVlans;
  expect(vlans.map((v: any) => v.functionName)).toEqual(MEMBERS);
  expect(vlans.find((v: any) => v.functionName === 'hcx')).toMatchObject({ isPublic: true, networkAclId: 'acl-0123abcd', vlanState: 'CREATED' });
  const connectors = (await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: id })).connectors;
  expect(connectors.map((c: any) => [c.type, c.state])).toEqual([['SDDC_MANAGER', 'ACTIVE']]);
  expect((await ok(emu.url, 'ListTagsForResource', { resourceArn: got.environmentArn })).tags).toEqual({ team: 'vmware' });

  const refused = await call(emu.url, 'DeleteEnvironment', { environmentId: id });
  expect(refused.body.message).toContain('still has 4 host(s)');
  for (const h of hosts) await ok(emu.url, 'DeleteEnvironmentHost', { environmentId: id, hostName: h.hostName });
  expect((await ok(emu.url, 'GetEnvironment', { environmentId: id })).environment.environmentStatus).toBe('FAILED');
  expect((await ok(emu.url, 'DeleteEnvironment', { environmentId: id })).environment.environmentState).toBe('DELETING');
  expect((await call(emu.url, 'GetEnvironment', { environmentId: id })).status).toBe(404);
  expect((await call(emu.url, 'ListTagsForResource', { resourceArn: got.environmentArn })).body.__type).toBe('ResourceNotFoundException');
  expect((await ok(emu.url, 'ListEnvironments', { state: ['DELETED'] })).environmentSummaries.map((e: any) => e.environmentId)).toContain(id);
});

test('failNextEnvironmentCreates: CREATE_FAILED with details, its VLANs and hosts too', async () => {
  await emu.control.setFaults({ failNextEnvironmentCreates: { count: 1, stateDetails: 'DNS validation failed' } });
  const id = (await ok(emu.url, 'CreateEnvironment', vcfInput())).environment.environmentId;
  await sleep(5);
  expect((await ok(emu.url, 'GetEnvironment', { environmentId: id })).environment).toMatchObject({
    environmentState: 'CREATE_FAILED',
    environmentStatus: 'FAILED',
    stateDetails: 'DNS validation failed',
  });
  const hosts = (await ok(emu.url, 'ListEnvironmentHosts', { environmentId: id })).environmentHosts;
  expect(new Set(hosts.map((h: any) => h.hostState))).toEqual(new Set(['CREATE_FAILED']));
  const vlans = (await ok(emu.url, 'ListEnvironmentVlans', { environmentId: id })).environmentVlans;
  expect(new Set(vlans.map((v: any) => v.vlanState))).toEqual(new Set(['CREATE_FAILED']));
  expect((await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: id }).catch((e: Error) => e.message))).toContain('CREATE_FAILED');
  await emu.control.clearFaults();
});

test('CreateEnvironment rules, each in fieldList with its path', async () => {
  const taken = vcfInput();
  await ok(emu.url, 'CreateEnvironment', taken);
  const vlans = { ...(taken.initialVlans as object), vSan: { cidr: '10.200.0.0/23' }, vTep: { cidr: '10.200.8.1/24' }, edgeVTep: { cidr: (taken.initialVlans as any).vmkManagement.cidr } };
  const r = await call(emu.url, 'CreateEnvironment', {
    ...vcfInput(),
    environmentName: taken.environmentName,
    vpcId: taken.vpcId,
    termsAccepted: false,
    initialVlans: { ...vlans, isHcxPublic: true, hcxNetworkAclId: undefined },
    hosts: [
      { hostName: (taken.hosts as any)[0].hostName, keyName: 'k', instanceType: 'i4i.metal' },
      { hostName: 'x1', keyName: 'k', instanceType: 'i7i.metal-24xl', placementGroupId: 'pg-0123abcd', dedicatedHostId: 'h-0123abcd' },
      { hostName: 'x1', keyName: 'k', instanceType: 'i4i.metal' },
      { hostName: '', keyName: 'k', instanceType: 'i4i.metal' },
    ],
  });
  expect(r.body.reason).toBe('fieldValidationFailed');
  expect(fields(r).sort()).toEqual(
    [
      'termsAccepted',
      'environmentName',
      'vpcId',
      'initialVlans.vSan.cidr',
      'initialVlans.vTep.cidr',
      'initialVlans.edgeVTep.cidr',
      'initialVlans.hcxNetworkAclId',
      'hosts[0].hostName',
      'hosts[1]',
      'hosts[1].instanceType',
      'hosts[2].hostName',
      'hosts[3].hostName',
    ].sort(),
  );
  const self = await call(emu.url, 'CreateEnvironment', { ...vcfInput({ vcfVersion: 'SELF_DEPLOYED' }) });
  expect(fields(self).sort()).toEqual(['connectivityInfo', 'hosts', 'licenseInfo', 'siteId', 'vcfHostnames']);
  const shapes = await call(emu.url, 'CreateEnvironment', { ...vcfInput(), hosts: [], tags: { 'aws:x': 'y' }, initialVlans: { hcx: { cidr: 'nope' } } });
  expect(fields(shapes)).toEqual(expect.arrayContaining(['hosts', 'initialVlans.vmkManagement', 'initialVlans.hcx.cidr', 'tags']));
});

test('hosts: 32 at most, unique names, ESX versions from GetVersions; an unknown environment is a ValidationException', async () => {
  const id = (await ok(emu.url, 'CreateEnvironment', vcfInput())).environment.environmentId;
  await sleep(5);
  const add = (hostName: string, extra: Record<string, unknown> = {}) =>
    call(emu.url, 'CreateEnvironmentHost', { environmentId: id, host: { hostName, keyName: 'k', instanceType: 'i4i.metal' }, ...extra });
  expect((await add('extra-1', { esxVersion: '7.0.0' })).body.fieldList[0].name).toBe('esxVersion');
  for (let i = 5; i <= 32; i++) expect((await add(`extra-${i}`)).status).toBe(200);
  const full = await add('extra-33');
  expect(full.body).toMatchObject({ __type: 'ValidationException', reason: 'other' });
  expect(full.body.message).toContain('32 hosts');
  expect((await add('extra-5')).body.fieldList[0].name).toBe('host.hostName');
  const unknown = await call(emu.url, 'CreateEnvironmentHost', { environmentId: 'env-zzzzzzzzzz', host: { hostName: 'a', keyName: 'k', instanceType: 'i4i.metal' } });
  expect(unknown.body).toMatchObject({ __type: 'ValidationException', fieldList: [{ name: 'environmentId' }] });
  const gone = await call(emu.url, 'DeleteEnvironmentHost', { environmentId: id, hostName: 'nope' });
  expect(gone.body).toMatchObject({ __type: 'ResourceNotFoundException', resourceType: 'host' });
  await ok(emu.url, 'DeleteEnvironmentHost', { environmentId: id, hostName: 'extra-5' });
  expect((await add('extra-5')).status).toBe(200);
});

test('Elastic IPs on the public HCX VLAN only; tags merge, 200 at most', async () => {
  const env = (await ok(emu.url, 'CreateEnvironment', vcfInput())).environment;
  const id = env.environmentId;
  await sleep(5);
  const a = await ok(emu.url, 'AssociateEipToVlan', { environmentId: id, vlanName: 'hcx', allocationId: 'eipalloc-0000000001' });
  const again = await ok(emu.url, 'AssociateEipToVlan', { environmentId: id, vlanName: 'hcx', allocationId: 'eipalloc-0000000001' });
  expect(again.vlan.eipAssociations).toEqual(a.vlan.eipAssociations);
  const listed = (await ok(emu.url, 'ListEnvironmentVlans', { environmentId: id })).environmentVlans.find((v: any) => v.functionName === 'hcx');
  expect(listed.eipAssociations).toEqual([{ associationId: expect.stringMatching(/^eipassoc-/), allocationId: 'eipalloc-0000000001', ipAddress: expect.any(String) }]);
  expect((await call(emu.url, 'AssociateEipToVlan', { environmentId: id, vlanName: 'vSan', allocationId: 'eipalloc-0000000002' })).body.fieldList[0].name).toBe('vlanName');
  const priv = (await ok(emu.url, 'CreateEnvironment', vcfInput({ initialVlans: { ...(vcfInput().initialVlans as object), isHcxPublic: false } }))).environment;
  await sleep(5);
  expect((await call(emu.url, 'AssociateEipToVlan', { environmentId: priv.environmentId, vlanName: 'hcx', allocationId: 'eipalloc-0000000003' })).body.message).toContain('private');
  const bad = await call(emu.url, 'DisassociateEipFromVlan', { environmentId: id, vlanName: 'hcx', associationId: 'eipassoc-nope1' });
  expect(bad.body).toMatchObject({ __type: 'ResourceNotFoundException', resourceType: 'eipAssociation' });

  const arn = env.environmentArn;
  const many = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, 'v']));
  await ok(emu.url, 'TagResource', { resourceArn: arn, tags: many });
  const over = await call(emu.url, 'TagResource', { resourceArn: arn, tags: { one: 'more' } });
  expect(over.body.__type).toBe('ServiceQuotaExceededException');
  await ok(emu.url, 'UntagResource', { resourceArn: arn, tagKeys: ['k0', 'k1'] });
  expect(Object.keys((await ok(emu.url, 'ListTagsForResource', { resourceArn: arn })).tags)).toHaveLength(198);
  const elsewhere = await call(emu.url, 'TagResource', { resourceArn: arn.replace('us-east-1', 'eu-west-1'), tags: { a: 'b' } });
  expect(elsewhere.body).toMatchObject({ __type: 'ResourceNotFoundException', resourceId: arn.replace('us-east-1', 'eu-west-1') });
});

test('control routes change hosts, VLANs and environment checks out of band', async () => {
  const id = (await ok(emu.url, 'CreateEnvironment', vcfInput())).environment.environmentId;
  await sleep(5);
  const hosts = (await emu.control.listHosts()).filter((h) => h.environmentId === id);
  expect(hosts[0]).toMatchObject({ esxVersion: '8.0.3-24280767', hostState: 'CREATED' });
  await emu.control.updateHost(id, hosts[0]!.hostName, { state: 'UPDATE_FAILED', stateDetails: 'disk lost' });
  const listed = (await ok(emu.url, 'ListEnvironmentHosts', { environmentId: id })).environmentHosts[0];
  expect(listed).toMatchObject({ hostState: 'UPDATE_FAILED', stateDetails: 'disk lost' });
  await emu.control.updateVlan(id, 'vSan', { state: 'DELETING' });
  expect((await emu.control.listVlans()).find((v) => v.environmentId === id && v.functionName === 'vSan')!.vlanState).toBe('DELETING');
  await emu.control.updateEnvironment(id, { checks: { KEY_COVERAGE: 'FAILED' } });
  const env = (await ok(emu.url, 'GetEnvironment', { environmentId: id })).environment;
  expect(env.environmentStatus).toBe('FAILED');
  expect(env.checks.find((c: any) => c.type === 'KEY_COVERAGE')).toMatchObject({ result: 'FAILED', impairedSince: expect.any(Number) });
  await emu.control.deleteHost(id, hosts[1]!.hostName);
  expect((await ok(emu.url, 'ListEnvironmentHosts', { environmentId: id })).environmentHosts).toHaveLength(3);
  await expect(emu.control.updateVlan(id, 'nope', {})).rejects.toThrow(/no VLAN nope/);
});

test('environments, hosts, VLANs, tags and settings survive a restart through the state file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evs-env-state-'));
  const stateFile = join(dir, 'state.json');
  const first = await startEmulator({ stateFile, durations: { environmentCreateMs: 0 } });
  const env = (await ok(first.url, 'CreateEnvironment', vcfInput({ tags: { a: 'b' } }))).environment;
  await sleep(5);
  await ok(first.url, 'AssociateEipToVlan', { environmentId: env.environmentId, vlanName: 'hcx', allocationId: 'eipalloc-0000000009' });
  await ok(first.url, 'PutAccountSettings', { settings: [{ name: 'vcfPortedCoreCount', value: '512' }] });
  const depot = await ok(first.url, 'GetDepotUrl', { environmentId: env.environmentId });
  await first.close();
  const second = await startEmulator({ stateFile });
  expect((await ok(second.url, 'ListEnvironmentHosts', { environmentId: env.environmentId })).environmentHosts).toHaveLength(4);
  const hcx = (await ok(second.url, 'ListEnvironmentVlans', { environmentId: env.environmentId })).environmentVlans.find((v: any) => v.functionName === 'hcx');
  expect(hcx.eipAssociations[0].allocationId).toBe('eipalloc-0000000009');
  expect((await ok(second.url, 'ListTagsForResource', { resourceArn: env.environmentArn })).tags).toEqual({ a: 'b' });
  expect((await ok(second.url, 'GetAccountSettings')).settings).toEqual([{ name: 'vcfPortedCoreCount', value: '512' }]);
  expect((await ok(second.url, 'GetDepotUrl', { environmentId: env.environmentId })).token).toBe(depot.token);
  await second.close();
  rmSync(dir, { recursive: true, force: true });
});
