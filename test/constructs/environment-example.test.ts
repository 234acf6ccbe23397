/**
 * The environment example (examples/environment): the TypeScript program type-checks and
 * synthesizes with the prebuilt `@cdktf/provider-aws` (fetched once into a cache, not a
 * devDependency: scripts/common/provider-aws.ts), and its stack wires the AWS resources into the
 * EVS ones. The AWS provider cannot run offline, so nothing here is applied; the EVS constructs are
 * applied against the local EVS service in environment-e2e.test.ts. The Python and Go versions are
 * held to the same pinned AWS bindings and checked for syntax here; the Python one is synthesized
 * with the release wheel in bindings.test.ts. The Go one is not built: the Go module proxy does not
 * serve the AWS Go bindings.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleNodePath, PROVIDER_AWS_VERSION, providerAwsNodePath } from '../../scripts/common/provider-aws';
import { cleanEnv, ROOT, run, SCRATCH } from './support';

jest.setTimeout(300_000);

const EXAMPLE = join(ROOT, 'examples', 'environment');
const TS_CONFIG = join(EXAMPLE, 'typescript', 'tsconfig.json');
let work: string;
let nodePath: string;
let stack: {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  variable: Record<string, { sensitive?: boolean; type: string }>;
  output: Record<string, { value: unknown }>;
  terraform: { required_providers: Record<string, { source: string; version?: string }> };
};

beforeAll(async () => {
  mkdirSync(SCRATCH, { recursive: true });
  work = mkdtempSync(join(SCRATCH, 'env-example-'));
  nodePath = providerAwsNodePath();
  const env = cleanEnv('http://127.0.0.1:1', {
    CDKTF_OUTDIR: work,
    TSX_TSCONFIG_PATH: TS_CONFIG,
    // The cached package holds only @cdktf/provider-aws: cdktf and constructs resolve to the project's.
    NODE_PATH: exampleNodePath(),
  });
  await run(process.execPath, ['--import', require.resolve('tsx'), join(EXAMPLE, 'typescript', 'main.ts')], work, env);
  stack = JSON.parse(readFileSync(join(work, 'stacks', 'evs-environment', 'cdk.tf.json'), 'utf8'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the TypeScript example type-checks against the prebuilt AWS bindings', () => {
  const config = join(work, 'tsconfig.json');
  writeFileSync(config, JSON.stringify({
    extends: TS_CONFIG,
    compilerOptions: {
      baseUrl: join(EXAMPLE, 'typescript'),
      paths: {
        '@evslabs/cdktf-evs': ['../../../src/index.ts'],
        '@cdktf/provider-aws/*': [join(nodePath, '@cdktf', 'provider-aws', '*')],
        cdktf: [join(ROOT, 'node_modules', 'cdktf')],
        constructs: [join(ROOT, 'node_modules', 'constructs')],
      },
    },
    include: [join(EXAMPLE, 'typescript', 'main.ts')],
  }));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', config], { encoding: 'utf8' });
});

test('the stack creates the VPC, subnet and tagged secret with the AWS bindings and wires them into the EVS resources', () => {
  const r = stack.resource;
  expect(Object.keys(r).sort()).toEqual([
    'aws_secretsmanager_secret', 'aws_secretsmanager_secret_version', 'aws_subnet', 'aws_vpc',
    'evs_environment', 'evs_environment_connector', 'evs_environment_host', 'evs_vm_entitlement',
  ]);
  expect(stack.terraform.required_providers.aws!.source).toBe('aws');
  expect(r.aws_secretsmanager_secret!.vcenter_secret!.tags).toEqual({ EvsAccess: 'true' });
  expect(r.aws_subnet!.service_access!.vpc_id).toBe('${aws_vpc.vpc.id}');

  const env = r.evs_environment!.environment!;
  expect(env).toEqual(expect.objectContaining({
    vpc_id: '${aws_vpc.vpc.id}',
    service_access_subnet_id: '${aws_subnet.service_access.id}',
    vcf_version: 'VCF-5.2.2',
    terms_accepted: true,
    license_info: { solution_key: '${var.vcf_solution_key}', vsan_key: '${var.vsan_license_key}' },
    connectivity_info: { private_route_server_peerings: '${var.route_server_peer_ids}' },
  }));
  expect((env.initial_vlans as Record<string, { cidr: string }>).vmk_management!.cidr).toBe('10.0.16.0/24');
  expect((env.hosts as Array<{ host_name: string; key_name: string }>).map((h) => `${h.host_name} ${h.key_name}`)).toEqual(
    ['esx-01', 'esx-02', 'esx-03', 'esx-04'].map((n) => `${n} \${var.key_name}`),
  );
  expect(r.evs_environment_host!.esx05!.environment_id).toBe('${evs_environment.environment.environment_id}');

  const connector = r.evs_environment_connector!.vcenter!;
  expect(connector).toEqual(expect.objectContaining({
    environment_id: '${evs_environment.environment.environment_id}',
    type: 'VCENTER',
    secret_identifier: '${aws_secretsmanager_secret.vcenter_secret.arn}',
    depends_on: ['aws_secretsmanager_secret_version.vcenter_secret_value'],
  }));
  expect(r.evs_vm_entitlement!.windows).toEqual(expect.objectContaining({
    connector_id: '${evs_environment_connector.vcenter.connector_id}',
    vm_ids: '${var.windows_vm_ids}',
  }));
  for (const secret of ['vcf_solution_key', 'vsan_license_key', 'vcenter_credentials']) expect(stack.variable[secret]!.sensitive).toBe(true);
  expect(stack.output.vcf_credential_secret_arns!.value).toBe('${evs_environment.environment.credentials[*].secret_arn}');
});

test('the Python and Go versions pin the same AWS bindings and parse', () => {
  expect(readFileSync(join(EXAMPLE, 'python', 'requirements.txt'), 'utf8')).toContain(`cdktf-cdktf-provider-aws==${PROVIDER_AWS_VERSION}`);
  expect(readFileSync(join(EXAMPLE, 'go', 'go.mod'), 'utf8')).toContain(`github.com/cdktf/cdktf-provider-aws-go/aws/v21 v${PROVIDER_AWS_VERSION}`);
  execFileSync(process.env.EVS_PYTHON ?? 'python3', ['-c', 'import ast, sys; ast.parse(open(sys.argv[1]).read())', join(EXAMPLE, 'python', 'main.py')]);
  // gofmt parses the file and lists it when its formatting differs.
  expect(execFileSync('gofmt', ['-l', join(EXAMPLE, 'go', 'main.go')], { encoding: 'utf8' })).toBe('');
});

test('the examples README documents the commands the test runs', () => {
  const readme = readFileSync(join(EXAMPLE, 'README.md'), 'utf8');
  expect(readme).toContain(`@cdktf/provider-aws@${PROVIDER_AWS_VERSION}`);
  expect(readme).toContain('EvsAccess');
});
