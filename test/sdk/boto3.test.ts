/**
 * The official AWS SDK for Python against the local EVS service: boto3 (with the botocore that
 * carries the EVS model) calls every operation of the model at least once, including an error and
 * a paginated list; every answer parses with the official client and every signature is verified.
 * boto3 is installed once into a venv cached by version (`~/.cache/evs-connectors/sdk/boto3-<version>`).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { readReference } from '../support/reference';

jest.setTimeout(600_000);

const BOTO3_VERSION = '1.44.8';
const run = promisify(execFile);

/** A venv holding boto3, made once per version: built aside, then renamed into place. */
async function boto3Python(): Promise<string> {
  const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'evs-connectors', 'sdk');
  const venv = join(cache, `boto3-${BOTO3_VERSION}`);
  const py = join(venv, 'bin', 'python');
  if (existsSync(join(venv, '.ready'))) return py;
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(cache, `.boto3-${BOTO3_VERSION}-`));
  // A venv records its own path: build it where it will live, under a unique name first.
  rmSync(staging, { recursive: true });
  await run(process.env.EVS_PYTHON ?? 'python3', ['-m', 'venv', staging]);
  await run(join(staging, 'bin', 'pip'), ['install', '--quiet', `boto3==${BOTO3_VERSION}`], { timeout: 540_000 });
  writeFileSync(join(staging, '.ready'), BOTO3_VERSION);
  if (!existsSync(join(venv, '.ready'))) {
    rmSync(venv, { recursive: true, force: true });
    renameSync(staging, venv);
  } else rmSync(staging, { recursive: true, force: true });
  return py;
}

const SCRIPT = String.raw`
import datetime, json, sys
import boto3, botocore
from botocore.config import Config

c = boto3.client('evs', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='AKIDBOTO3', aws_secret_access_key='secret',
                 config=Config(retries={'max_attempts': 1}))
called, notes = [], {}

def call(op, **kw):
    called.append(op)
    out = getattr(c, botocore.xform_name(op))(**kw)
    out.pop('ResponseMetadata')
    return out

def is_time(v):
    assert isinstance(v, datetime.datetime), v
    return True

vlans = {m: {'cidr': '10.20.%d.0/%d' % (i, 28 if m == 'hcx' else 24)} for i, m in enumerate(
    ['vmkManagement', 'vmManagement', 'vMotion', 'vSan', 'vTep', 'edgeVTep', 'nsxUplink', 'hcx', 'expansionVlan1', 'expansionVlan2'])}
vlans.update(isHcxPublic=True, hcxNetworkAclId='acl-0123abcd')
names = {m: 'boto-' + m.lower() for m in ['vCenter', 'nsx', 'nsxManager1', 'nsxManager2', 'nsxManager3', 'nsxEdge1', 'nsxEdge2', 'sddcManager', 'cloudBuilder']}
env = call('CreateEnvironment', environmentName='boto', vpcId='vpc-0123abcd', serviceAccessSubnetId='subnet-0123abcd', vcfVersion='VCF-5.2.1',
           termsAccepted=True, initialVlans=vlans, hosts=[{'hostName': 'boto-esx-%d' % i, 'keyName': 'k', 'instanceType': 'i4i.metal'} for i in range(1, 5)],
           vcfHostnames=names, licenseInfo=[{'solutionKey': 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', 'vsanKey': 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEF'}],
           siteId='site-1', connectivityInfo={'privateRouteServerPeerings': ['rsp-1', 'rsp-2']}, tags={'team': 'vmware'})['environment']
eid, arn = env['environmentId'], env['environmentArn']
is_time(env['createdAt'])
got = call('GetEnvironment', environmentId=eid)['environment']
assert got['environmentState'] == 'CREATED' and got['licenseInfo'][0]['solutionKey'].startswith('AAAAA'), got
assert [s['environmentId'] for s in call('ListEnvironments', state=['CREATED'])['environmentSummaries']].count(eid) == 1

pages = list(c.get_paginator('list_environment_hosts').paginate(environmentId=eid, PaginationConfig={'PageSize': 3}))
called.append('ListEnvironmentHosts')
hosts = [h for p in pages for h in p['environmentHosts']]
assert len(pages) == 2 and len(hosts) == 4 and all(is_time(h['createdAt']) for h in hosts), pages
added = call('CreateEnvironmentHost', environmentId=eid, host={'hostName': 'boto-esx-5', 'keyName': 'k', 'instanceType': 'i4i.metal'})
assert added['host']['hostState'] == 'CREATED' or added['host']['hostState'] == 'CREATING'
vl = call('ListEnvironmentVlans', environmentId=eid)['environmentVlans']
assert len(vl) == 10 and all(isinstance(v['vlanId'], int) for v in vl) and [v for v in vl if v['functionName'] == 'hcx'][0]['isPublic'] is True
assoc = call('AssociateEipToVlan', environmentId=eid, vlanName='hcx', allocationId='eipalloc-0123abcd')['vlan']['eipAssociations'][0]
assert call('DisassociateEipFromVlan', environmentId=eid, vlanName='hcx', associationId=assoc['associationId'])['vlan']['eipAssociations'] == []

vc = call('CreateEnvironmentConnector', environmentId=eid, type='VCENTER', applianceFqdn='vc.boto.internal', secretIdentifier='boto-vc')['connector']
connectors = call('ListEnvironmentConnectors', environmentId=eid)['connectors']
assert sorted(x['type'] for x in connectors) == ['SDDC_MANAGER', 'VCENTER'], connectors
call('UpdateEnvironmentConnector', environmentId=eid, connectorId=vc['connectorId'], secretIdentifier='boto-vc-2')
ent = call('CreateEntitlement', environmentId=eid, connectorId=vc['connectorId'], entitlementType='WINDOWS_SERVER', vmIds=['vm-1001'])['entitlements']
assert ent[0]['vmId'] == 'vm-1001'
assert call('ListVmEntitlements', environmentId=eid, connectorId=vc['connectorId'], entitlementType='WINDOWS_SERVER')['entitlements'][0]['status'] == 'CREATED'
call('DeleteEntitlement', environmentId=eid, connectorId=vc['connectorId'], entitlementType='WINDOWS_SERVER', vmIds=['vm-1001'])
call('DeleteEnvironmentConnector', environmentId=eid, connectorId=vc['connectorId'])

call('TagResource', resourceArn=arn, tags={'cost': 'lab'})
call('UntagResource', resourceArn=arn, tagKeys=['team'])
assert call('ListTagsForResource', resourceArn=arn)['tags'] == {'cost': 'lab'}
v = call('GetVersions')
assert v['vcfVersions'][0]['vcfVersion'] == 'VCF-5.2.1' and v['instanceTypeEsxVersions'], v
d1, d2 = call('GetDepotUrl', environmentId=eid), call('GetDepotUrl', environmentId=eid, rotate=True)
assert d1['token'] in d1['depotUrl'] and d1['token'] != d2['token']
assert call('PutAccountSettings', settings=[{'name': 'vcfPortedCoreCount', 'value': '256'}])['settings'] == [{'name': 'vcfPortedCoreCount', 'value': '256'}]
assert call('GetAccountSettings')['settings'] == [{'name': 'vcfPortedCoreCount', 'value': '256'}]

for i in range(1, 6):
    call('DeleteEnvironmentHost', environmentId=eid, hostName='boto-esx-%d' % i)
assert call('DeleteEnvironment', environmentId=eid)['environment']['environmentState'] in ('DELETING', 'DELETED')

# Errors arrive as the modelled exception classes.
try:
    c.get_environment(environmentId=eid)
    raise AssertionError('a deleted environment was found')
except c.exceptions.ResourceNotFoundException as e:
    notes['notFound'] = [e.response['Error']['Code'], e.response['resourceId'], e.response['resourceType']]
try:
    c.create_environment_host(environmentId='env-0000000001', host={'hostName': 'x', 'keyName': 'k', 'instanceType': 'i4i.metal', 'placementGroupId': 'pg-0123abcd', 'dedicatedHostId': 'h-0123abcd'})
except c.exceptions.ValidationException as e:
    notes['validation'] = [e.response['reason'], [f['name'] for f in e.response['fieldList']]]
print(json.dumps({'called': sorted(set(called)), 'notes': notes}))
`;

let emu: RunningEmulator;
let py: string;
beforeAll(async () => {
  [py, emu] = await Promise.all([
    boto3Python(),
    startEmulator({
      verifySignatures: [{ accessKeyId: 'AKIDBOTO3', secretAccessKey: 'secret' }],
      durations: { createMs: 0, updateMs: 0, deleteMs: 0, entitlementMs: 0, environmentCreateMs: 0, environmentDeleteMs: 0, hostCreateMs: 0, hostDeleteMs: 0 },
    }),
  ]);
});
afterAll(() => emu?.close());

test(`boto3 ${BOTO3_VERSION} calls every operation of the model against the local service and parses every answer`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evs-boto3-'));
  const script = join(dir, 'every_operation.py');
  writeFileSync(script, SCRIPT);
  const { stdout } = await run(py, [script, emu.url], { env: { PATH: process.env.PATH ?? '', HOME: dir } });
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { called: string[]; notes: Record<string, unknown> };
  expect(result.called).toEqual(Object.keys(readReference('service-2.json').operations).sort());
  expect(result.notes.notFound).toEqual(['ResourceNotFoundException', expect.stringMatching(/^env-/), 'environment']);
  expect(result.notes.validation).toEqual(['fieldValidationFailed', ['host']]);
  rmSync(dir, { recursive: true, force: true });
});
