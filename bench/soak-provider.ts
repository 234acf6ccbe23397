/**
 * Soak: 1,000 create/delete cycles of evs_environment_connector through ONE long-lived provider
 * process (the real bundle), driven over its gRPC interface with mTLS exactly as an engine drives
 * it: GetProviderSchema, ConfigureProvider, then per cycle PlanResourceChange → ApplyResourceChange
 * (create) → ReadResource → PlanResourceChange → ApplyResourceChange (destroy), against the local
 * EVS service with instant lifecycles. Prints the provider's RSS every 100 cycles and the growth
 * from cycle 100 to the last (aim < 10%), and checks the service ends empty with exactly one create
 * and one delete per cycle.
 * Usage: npm run bench:soak [-- --cycles 1000] [--node-options "--max-semi-space-size=2"]
 * (`--node-options` starts the provider with those Node flags, to tell V8 heap sizing from a leak.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { supportedNode } from '../scripts/common/node';
import { startEmulator } from '../src/emulator';
import { PROVIDER_EXECUTABLE, RESOURCE_CONNECTOR } from '../src/names';
import { nullObject } from '../src/provider/framework/schema';
import { impliedType } from '../src/provider/protocol/cty-types';
import { decodeMsgpack, encodeMsgpack } from '../src/provider/protocol/cty-msgpack';
import type { CtyType, ObjectValue } from '../src/provider/protocol/provider-api';
import { providerSchema } from '../src/provider/config/schema';
import { createProvider } from '../src/provider/provider';
import { connectorSchema } from '../src/provider/resources/environment_connector/schema';
import { connect, makeClientIdentity, startPlugin, unary } from '../test/provider/support/plugin-process';
import { numberArg, stringArg } from './args';

const BUNDLE = join(resolve(__dirname, '..'), 'dist', 'provider', PROVIDER_EXECUTABLE);
const CYCLES = numberArg('cycles', 1000);
const NODE_OPTIONS = stringArg('node-options');
const ENV = 'env-0000000001';

function rssKiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]);
}

function diagnosticsOf(rpc: string, res: { diagnostics?: Array<{ severity: string; summary: string; detail: string }> }): void {
  const errors = (res.diagnostics ?? []).filter((d) => d.severity === 'ERROR');
  if (errors.length) throw new Error(`${rpc}: ${errors.map((d) => `${d.summary}: ${d.detail}`).join('; ')}`);
}

/** The provider's latest "provider memory" log line (src/provider/plugin/memory-log.ts), in short. */
function memoryLine(stderr: string): string {
  const at = stderr.lastIndexOf('"@message":"provider memory"');
  if (at < 0) return '';
  const line = JSON.parse(stderr.slice(stderr.lastIndexOf('\n', at) + 1, stderr.indexOf('\n', at))) as Record<string, number>;
  return ` | heap used ${line['heap_used_mib']} of ${line['heap_total_mib']} MiB (young ${line['new_space_mib']}, old ${line['old_space_mib']}), external ${line['external_mib']}, array buffers ${line['array_buffers_mib']}`;
}

async function main(): Promise<void> {
  const emu = await startEmulator({ durations: { createMs: 0, updateMs: 0, deleteMs: 0, checkIntervalMs: 60_000 } });
  const schemas = createProvider().schemas();
  const providerType: CtyType = impliedType(schemas.provider.block);
  const connectorType: CtyType = impliedType(schemas.resourceSchemas[RESOURCE_CONNECTOR]!.block);
  const mp = (type: CtyType, v: ObjectValue | null) => ({ msgpack: encodeMsgpack(type, v) });

  const engineCert = await makeClientIdentity();
  const plugin = await startPlugin({
    command: [supportedNode(), BUNDLE],
    clientCertPem: engineCert.certPem,
    // INFO: the provider's "provider memory" lines (EVS_PROVIDER_MEMORY_LOG) tell where RSS is.
    env: {
      EVS_PROVIDER_POLL_MIN: '5ms',
      EVS_PROVIDER_POLL_MAX: '20ms',
      TF_LOG: 'INFO',
      EVS_PROVIDER_MEMORY_LOG: '500ms',
      ...(NODE_OPTIONS ? { NODE_OPTIONS } : {}),
    },
  });
  const pid = plugin.child.pid!;
  const c = connect(plugin.handshake, engineCert);
  const samples: Array<{ cycle: number; rssKiB: number; ms: number }> = [];
  const started = Date.now();
  try {
    diagnosticsOf('GetProviderSchema', await unary(c.provider, 'GetProviderSchema', {}));
    const providerConfig: ObjectValue = {
      ...nullObject(providerSchema),
      region: 'us-east-1',
      endpoint: emu.url,
      access_key: 'AKIAEVSSOAKTEST00000',
      secret_key: 'soak-secret-not-real',
    };
    diagnosticsOf('ConfigureProvider', await unary(c.provider, 'ConfigureProvider', { terraform_version: '1.11.4', config: mp(providerType, providerConfig) }));
    const config: ObjectValue = {
      ...nullObject(connectorSchema),
      environment_id: ENV,
      type: 'VCENTER',
      appliance_fqdn: 'vcenter.example.internal',
      secret_identifier: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/vcenter-AbCdEf',
    };
    const empty = Buffer.alloc(0);
    samples.push({ cycle: 0, rssKiB: rssKiB(pid), ms: 0 });

    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const plan = await unary(c.provider, 'PlanResourceChange', {
        type_name: RESOURCE_CONNECTOR,
        prior_state: mp(connectorType, null),
        proposed_new_state: mp(connectorType, config),
        config: mp(connectorType, config),
        prior_private: empty,
      });
      diagnosticsOf('PlanResourceChange(create)', plan);
      const created = await unary(c.provider, 'ApplyResourceChange', {
        type_name: RESOURCE_CONNECTOR,
        prior_state: mp(connectorType, null),
        planned_state: plan.planned_state,
        config: mp(connectorType, config),
        planned_private: plan.planned_private,
      }, 60_000);
      diagnosticsOf('ApplyResourceChange(create)', created);
      const read = await unary(c.provider, 'ReadResource', { type_name: RESOURCE_CONNECTOR, current_state: created.new_state, private: created.private });
      diagnosticsOf('ReadResource', read);
      const state = decodeMsgpack(connectorType, read.new_state.msgpack) as ObjectValue;
      if (state['state'] !== 'ACTIVE') throw new Error(`cycle ${cycle}: connector is ${String(state['state'])}`);
      const destroyPlan = await unary(c.provider, 'PlanResourceChange', {
        type_name: RESOURCE_CONNECTOR,
        prior_state: read.new_state,
        proposed_new_state: mp(connectorType, null),
        config: mp(connectorType, null),
        prior_private: read.private,
      });
      diagnosticsOf('PlanResourceChange(destroy)', destroyPlan);
      const destroyed = await unary(c.provider, 'ApplyResourceChange', {
        type_name: RESOURCE_CONNECTOR,
        prior_state: read.new_state,
        planned_state: mp(connectorType, null),
        config: mp(connectorType, null),
        planned_private: destroyPlan.planned_private,
      }, 60_000);
      diagnosticsOf('ApplyResourceChange(destroy)', destroyed);
      if (cycle % 100 === 0 || cycle === CYCLES) {
        samples.push({ cycle, rssKiB: rssKiB(pid), ms: Date.now() - started });
        const s = samples[samples.length - 1]!;
        console.log(`cycle ${String(cycle).padStart(5)}: provider RSS ${(s.rssKiB / 1024).toFixed(1)} MiB, ${(s.ms / cycle).toFixed(1)} ms/cycle${memoryLine(plugin.stderr())}`);
      }
    }

    const counters = await emu.control.getCounters();
    const left = await emu.control.listConnectors();
    if (left.length !== 0) throw new Error(`the service still holds ${left.length} connector(s)`);
    if (counters.CreateEnvironmentConnector.ok !== CYCLES || counters.DeleteEnvironmentConnector.ok !== CYCLES) {
      throw new Error(`expected ${CYCLES} creates and deletes, got ${counters.CreateEnvironmentConnector.ok} and ${counters.DeleteEnvironmentConnector.ok}`);
    }
    const at100 = samples.find((s) => s.cycle === Math.min(100, CYCLES))!;
    const last = samples[samples.length - 1]!;
    const growth = (last.rssKiB - at100.rssKiB) / at100.rssKiB;
    const totalMs = Date.now() - started;
    console.log('');
    console.log(`cycles: ${CYCLES} create/delete through one provider process (pid ${pid}), ${(totalMs / 1000).toFixed(1)} s, ${(totalMs / CYCLES).toFixed(1)} ms/cycle`);
    console.log(`service: ${counters.CreateEnvironmentConnector.ok} creates, ${counters.DeleteEnvironmentConnector.ok} deletes, ${counters.ListEnvironmentConnectors.calls} lists; 0 connectors left`);
    console.log(`provider RSS: start ${(samples[0]!.rssKiB / 1024).toFixed(1)} MiB, cycle ${at100.cycle} ${(at100.rssKiB / 1024).toFixed(1)} MiB, cycle ${last.cycle} ${(last.rssKiB / 1024).toFixed(1)} MiB`);
    console.log(`RSS growth from cycle ${at100.cycle} to ${last.cycle}: ${(growth * 100).toFixed(1)}% (aim < 10%): ${growth < 0.1 ? 'OK' : 'ABOVE AIM'}`);
    const mid = samples.find((s) => s.cycle === Math.round(CYCLES / 2 / 100) * 100);
    if (mid && mid !== last) {
      console.log(`RSS growth from cycle ${mid.cycle} to ${last.cycle}: ${(((last.rssKiB - mid.rssKiB) / mid.rssKiB) * 100).toFixed(1)}% (a plateau means heap sizing, not a leak)`);
    }
    if (growth >= 0.1) process.exitCode = 1;
    await unary(c.controller, 'Shutdown', {});
  } finally {
    c.close();
    if (plugin.child.exitCode === null) plugin.child.kill('SIGKILL');
    await emu.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
