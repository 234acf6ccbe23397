/**
 * The plugin host against a real engine: Terraform/OpenTofu start the test provider through a
 * dev_overrides CLI config and run validate, plan, apply, refresh and destroy. This proves the
 * handshake, mTLS and the value codec the way users will exercise them.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findEngines, type MinEngine } from '../support/engine-min';
import { TEST_PROVIDER_MAIN, TSX_LOADER } from '../support/plugin-process';

const engines = findEngines();

const MAIN_TF = `
terraform {
  required_providers {
    evstest = { source = "evslabs/evstest" }
  }
}

provider "evstest" {
  prefix = "p-"
}

variable "name" {
  type    = string
  default = "alpha"
}

resource "evstest_thing" "a" {
  name = var.name
  size = 9007199254740993
  tags = { env = "dev", ratio = "0.1" }
  rule { port = 443 }
  rule { port = 8443 }
}

data "evstest_echo" "e" {
  input = evstest_thing.a.id
}

output "id"   { value = evstest_thing.a.id }
output "echo" { value = data.evstest_echo.e.output }
output "size" { value = evstest_thing.a.size }
`;

describe.each(engines.map((e) => [`${e.name} ${e.version}`, e] as const))('%s drives the test provider', (_title, engine: MinEngine) => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  const tf = (...args: string[]) => {
    const r = spawnSync(engine.path, args, { cwd: path.join(dir, 'work'), env, encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evs-engine-'));
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.mkdirSync(path.join(dir, 'work'));
    // Same shape as bin/terraform-provider-evs: a shell wrapper that execs node.
    const launcher = path.join(bin, 'terraform-provider-evstest');
    fs.writeFileSync(launcher, `#!/bin/sh\nexec "${process.execPath}" --import "${TSX_LOADER}" "${TEST_PROVIDER_MAIN}" "$@"\n`, { mode: 0o755 });
    const cli = path.join(dir, 'cli.tfrc');
    fs.writeFileSync(cli, `provider_installation {\n  dev_overrides {\n    "evslabs/evstest" = "${bin}"\n  }\n}\n`);
    fs.writeFileSync(path.join(dir, 'work', 'main.tf'), MAIN_TF);
    env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: cli,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_LOG: '',
      TF_LOG_PROVIDER: '',
      TMPDIR: path.join(dir, 'tmp'),
    };
    fs.mkdirSync(env.TMPDIR!);
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('validates, pointing an error at the offending attribute', () => {
    expect(tf('validate', '-no-color').status).toBe(0);
    fs.writeFileSync(path.join(dir, 'work', 'bad.tf'), 'resource "evstest_thing" "b" {\n  name = "bad"\n}\n');
    try {
      const r = tf('validate', '-no-color');
      expect(r.status).toBe(1);
      expect(r.out).toMatch(/Error: Bad name/);
      expect(r.out).toMatch(/on bad\.tf line 2, in resource "evstest_thing" "b":/);
    } finally {
      fs.rmSync(path.join(dir, 'work', 'bad.tf'));
    }
  });

  it('plans, applies with exact numbers, and then plans no changes', () => {
    const plan = tf('plan', '-no-color', '-input=false');
    expect(plan.status).toBe(0);
    expect(plan.out).toMatch(/Plan: 1 to add, 0 to change, 0 to destroy/);
    expect(plan.out).toMatch(/id\s+= \(known after apply\)/);

    const apply = tf('apply', '-auto-approve', '-no-color', '-input=false');
    expect(apply.out).toMatch(/Apply complete! Resources: 1 added/);
    expect(apply.status).toBe(0);
    expect(apply.out).toMatch(/echo = "echo:p-alpha"/);
    expect(apply.out).toMatch(/size = 9007199254740993/);

    const state = JSON.parse(fs.readFileSync(path.join(dir, 'work', 'terraform.tfstate'), 'utf8'));
    const thing = state.resources.find((r: { type: string }) => r.type === 'evstest_thing');
    expect(thing.instances[0].private).toBe(Buffer.from('{"v":1}').toString('base64'));
    expect(thing.instances[0].attributes.rule).toEqual([{ port: 443 }, { port: 8443 }]);

    // Refresh runs UpgradeResourceState (raw JSON) and ReadResource: nothing may drift.
    const again = tf('plan', '-detailed-exitcode', '-no-color', '-input=false');
    expect(again.out).toMatch(/No changes/);
    expect(again.status).toBe(0);
  });

  it('replaces on a name change (requires_replace) and destroys', () => {
    const plan = tf('plan', '-no-color', '-input=false', '-var', 'name=beta');
    expect(plan.status).toBe(0);
    expect(plan.out).toMatch(/must be replaced/);
    expect(plan.out).toMatch(/name\s+= "alpha" -> "beta" # forces replacement/);

    const destroy = tf('destroy', '-auto-approve', '-no-color', '-input=false');
    expect(destroy.out).toMatch(/Destroy complete! Resources: 1 destroyed/);
    expect(destroy.status).toBe(0);
    // Every provider process removed its socket directory on the way out.
    expect(fs.readdirSync(env.TMPDIR!).filter((n) => n.startsWith('plugin-'))).toEqual([]);
  });
});
