/**
 * The official AWS SDK for Go v2 against the local EVS service: a small Go program (test/sdk/go)
 * configured from the environment as any program is (AWS_ENDPOINT_URL_EVS, credentials) calls
 * every operation of the SDK's EVS client, walks every paginator across several pages, and
 * provokes each modelled error the service returns; the SDK's typed answers and errors are
 * reported as JSON and checked here. Signatures are verified against the program's key.
 *
 * The SDK module is the one the Go module proxy serves (go.mod pins it, go.sum checks it); its
 * model is older than botocore's pinned model: it lacks GetAccountSettings and
 * PutAccountSettings, which boto3.test.ts covers. The build uses Go's own caches (module and build
 * cache), so after the first run it only links. No Go, or no module, fails the test.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { readReference } from '../support/reference';

jest.setTimeout(600_000);

const run = promisify(execFile);
const PROGRAM = join(__dirname, 'go');
const SDK_MODULE = 'github.com/aws/aws-sdk-go-v2/service/evs';
const SDK_VERSION = /github\.com\/aws\/aws-sdk-go-v2\/service\/evs (v\S+)/.exec(readFileSync(join(PROGRAM, 'go.mod'), 'utf8'))![1]!;
/** Operations of the pinned botocore model that this SDK release does not have yet. */
const NOT_IN_SDK = ['GetAccountSettings', 'PutAccountSettings'];
const KEY = { accessKeyId: 'AKIDGOSDK00000000000', secretAccessKey: 'go-sdk-secret' };

async function go(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const goBinary = process.env.EVS_GO ?? 'go';
  try {
    const { stdout } = await run(goBinary, args, { cwd: PROGRAM, env: { ...process.env, ...env }, timeout: 540_000 });
    return stdout;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new Error(`Go was not found (${goBinary}); install Go 1.25 or later, or set EVS_GO to its go command.`);
    throw new Error(`go ${args.join(' ')} failed in ${PROGRAM}: ${err.stderr ?? err.message}`);
  }
}

interface Report {
  operations: string[];
  called: string[];
  facts: Record<string, any>;
}

let emu: RunningEmulator;
let work: string;
let binary: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'evs-go-sdk-'));
  binary = join(work, 'evs-sdk-go-check');
  const [built, started] = await Promise.allSettled([
    // -mod=readonly: the module graph is go.mod and go.sum as committed, never edited here;
    // -buildvcs=false: the program sits in the project's checkout, whose VCS state is no input.
    go(['build', '-mod=readonly', '-buildvcs=false', '-o', binary, '.']),
    startEmulator({
      verifySignatures: [KEY],
      durations: { createMs: 0, updateMs: 0, deleteMs: 0, entitlementMs: 0, environmentCreateMs: 0, environmentDeleteMs: 0, hostCreateMs: 0, hostDeleteMs: 0 },
    }),
  ]);
  // Kept for afterAll even when the build failed, so the service is closed either way.
  if (started.status === 'fulfilled') emu = started.value;
  if (built.status === 'rejected') throw built.reason;
  if (started.status === 'rejected') throw started.reason;
});
afterAll(async () => {
  await emu?.close();
  rmSync(work, { recursive: true, force: true });
});

test(`the AWS SDK for Go v2 (evs ${SDK_VERSION}) drives every operation, paginator and modelled error of its client against the local service`, async () => {
  const { stdout } = await run(binary, [emu.url], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: work,
      AWS_ENDPOINT_URL_EVS: emu.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: KEY.accessKeyId,
      AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey,
      AWS_MAX_ATTEMPTS: '1',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  });
  const { operations, called, facts } = JSON.parse(stdout) as Report;

  const model = Object.keys(readReference('service-2.json').operations).sort();
  expect(operations).toEqual(model.filter((op) => !NOT_IN_SDK.includes(op)));
  expect(called).toEqual(operations);

  // Every paginator, each across more than one page.
  expect(facts.pages).toEqual({
    ListEnvironments: [1, 1],
    ListEnvironmentHosts: [3, 1],
    ListEnvironmentVlans: [4, 4, 2],
    ListEnvironmentConnectors: [1, 1],
    ListVmEntitlements: [2, 1],
  });
  expect(facts.environmentIds).toEqual(['env-0000000001', facts.newEnvironmentId].sort());

  // Answers decode into the SDK's types: timestamps (epoch seconds), integers, booleans, nested lists.
  expect(facts.createEnvironment).toEqual({ createdAtRecent: true, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  expect(facts.getEnvironment).toEqual({
    state: 'CREATED',
    vcfVersion: 'VCF-5.2.1',
    credentials: 8,
    checks: 4,
    solutionKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
    vCenter: 'gosdk-vc',
    peerings: ['rsp-1', 'rsp-2'],
    termsAccepted: true,
  });
  expect(facts.hostsCreatedWithAddress).toBe(true);
  expect(facts.addedHost).toBe('gosdk-esx-5');
  expect(facts.vlanIds).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  expect(facts.hcx).toEqual({ public: true, cidr: '10.30.7.0/28', acl: 'acl-0123abce' });
  expect(facts.eip).toEqual({ allocationId: 'eipalloc-0123abce', ipAddress: expect.stringMatching(/^10\.30\.7\.\d+$/), left: 0 });
  expect(facts.connectors).toEqual(['SDDC_MANAGER/ACTIVE/4', 'VCENTER/ACTIVE/3']);
  expect(facts.updated).toBe('UPDATING');
  expect(facts.entitlementsCreated).toBe(3);
  expect(facts.entitlements).toEqual(['vm-1001/CREATED/true', 'vm-1002/CREATED/true', 'vm-1003/CREATED/true']);
  expect(facts.entitlementsDeleted).toBe('DELETED/true');
  expect(facts.tags).toEqual({ cost: 'lab' });
  expect(facts.vcfVersions).toEqual([expect.stringMatching(/^VCF-5\.2\.1@8\.0\.3-\d+$/), expect.stringMatching(/^VCF-5\.2\.2@8\.0\.3-\d+$/)]);
  expect(facts.depot).toEqual({ tokenInUrl: true, rotated: true });
  expect(['DELETING', 'DELETED']).toContain(facts.deletedState);

  // Modelled errors arrive as the SDK's typed errors, with their members and the request id.
  const details = (code: string, status: number, fault = 'client') => ({ code, status, fault, message: expect.any(String), requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  const errors = facts.errors;
  expect(errors.validation).toEqual({
    reason: 'fieldValidationFailed',
    fields: [expect.stringMatching(/^host: .*placementGroupId.*dedicatedHostId/)],
    details: details('ValidationException', 400),
  });
  expect(errors.hostLimit).toEqual({ reason: 'other', details: details('ValidationException', 400) });
  expect(errors.hostLimit.details.message).toMatch(/already has 32 hosts/);
  expect(errors.notFound).toEqual({ resourceId: facts.newEnvironmentId, resourceType: 'environment', details: details('ResourceNotFoundException', 404) });
  expect(errors.serviceQuotaExceeded).toEqual({ typed: true, details: details('ServiceQuotaExceededException', 400) });
  // TagResource does not model ValidationException (its TagPolicyException is deprecated in favour
  // of it): the SDK hands it over as a generic API error with the code.
  expect(errors.tagRequestOver200).toEqual({ generic: true, details: details('ValidationException', 400, 'unknown') });
  expect(errors.throttling).toEqual({ retryAfterSeconds: 7, details: details('ThrottlingException', 429) });
  expect(errors.internalServer).toEqual({ typed: true, details: details('InternalServerException', 500, 'server') });
});

test(`the SDK release has no waiters for EVS (were one added, this test should drive it)`, async () => {
  const dir = (await go(['list', '-mod=readonly', '-m', '-f', '{{.Dir}}', SDK_MODULE])).trim();
  const waiters = readdirSync(dir)
    .filter((f) => f.endsWith('.go'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^func New(\w+Waiter)\(/gm)].map((m) => m[1]));
  expect(waiters).toEqual([]);
});
