import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator';
import { providerSchema } from '../../../src/provider/config/schema';
import { nullObject, type SchemaDef } from '../../../src/provider/framework/schema';
import { isKnown, isPlainObject, valuesEqual } from '../../../src/provider/framework/values';
import { setLogSink } from '../../../src/provider/log';
import type { CtyValue, Diagnostic, ObjectValue, ProviderImpl } from '../../../src/provider/protocol/provider-api';
import { createProvider, type ProviderOptions } from '../../../src/provider/provider';
import { dataSourceType, resourceType } from '../../../src/provider/resources/registry';
import { RESOURCE_CONNECTOR } from '../../../src/names';

/** Captured hclog lines, parsed. */
export const logLines: Record<string, unknown>[] = [];
export const logHooks: ((line: Record<string, unknown>) => void)[] = [];
setLogSink((line) => {
  const parsed = JSON.parse(line) as Record<string, unknown>;
  logLines.push(parsed);
  for (const h of logHooks) h(parsed);
});

export const FAST_DURATIONS = { createMs: 150, updateMs: 150, deleteMs: 150, checkIntervalMs: 60_000 };
export const ENV = 'env-0000000001';
/** A provider block with every setting of the schema (null unless set here), so a new setting needs no edit. */
export const PROVIDER_CONFIG_BASE: ObjectValue = {
  ...nullObject(providerSchema),
  region: 'us-east-1',
  access_key: 'AKIAIOSFODNN7EXAMPLE',
  secret_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  max_retries: 2,
};

export interface World {
  emulator: RunningEmulator;
  provider: ProviderImpl;
}

/**
 * A real local EVS service over HTTP and a configured provider pointing at it (or at what
 * `endpoint` puts in front of it, e.g. a proxy that loses answers).
 */
export async function startWorld(
  opts: { emulator?: EmulatorOptions; provider?: ProviderOptions; endpoint?: (serviceUrl: string) => string } = {},
): Promise<World> {
  const emulator = await startEmulator({ durations: FAST_DURATIONS, ...opts.emulator });
  const provider = createProvider({ poll: { minDelayMs: 20, maxDelayMs: 100 }, listCacheTtlMs: 0, ...opts.provider });
  const diags = await provider.configureProvider({
    config: { ...PROVIDER_CONFIG_BASE, endpoint: opts.endpoint ? opts.endpoint(emulator.url) : emulator.url },
    terraformVersion: '1.9.0',
  });
  expect(diags).toEqual([]);
  return { emulator, provider };
}

export function errors(diags: Diagnostic[]): Diagnostic[] {
  return diags.filter((d) => d.severity === 'error');
}

/** A configuration object with every key of the schema. */
export function config(schema: SchemaDef, values: ObjectValue): ObjectValue {
  return { ...nullObject(schema), ...values };
}

/** A configuration of a registered resource (`typeName`) or, with `data`, data source. */
export function configOf(typeName: string, values: ObjectValue, data = false): ObjectValue {
  return config((data ? dataSourceType(typeName) : resourceType(typeName)).schema, values);
}

export function connectorConfig(values: ObjectValue): ObjectValue {
  return configOf(RESOURCE_CONNECTOR, values);
}

/** What the engine proposes: configured values, else the prior value of computed attributes. */
export function proposedNewState(schema: SchemaDef, cfg: ObjectValue, prior: ObjectValue | null): ObjectValue {
  const out: ObjectValue = { ...cfg };
  for (const [name, a] of Object.entries(schema.attributes)) {
    if ((cfg[name] === null || cfg[name] === undefined) && a.computed) out[name] = prior?.[name] ?? null;
  }
  return out;
}

/** The engine's check: every known planned value must come back identical from apply. */
export function expectConsistent(planned: CtyValue, applied: CtyValue, path = ''): void {
  if (!isKnown(planned)) return;
  if (isPlainObject(planned) && isPlainObject(applied)) {
    for (const k of Object.keys(planned)) expectConsistent(planned[k]!, applied[k]!, `${path}.${k}`);
    return;
  }
  if (!valuesEqual(planned, applied)) {
    throw new Error(`inconsistent result after apply at ${path}: planned ${JSON.stringify(planned)}, got ${JSON.stringify(applied)}`);
  }
}

export interface Planned {
  plannedState: ObjectValue | null;
  requiresReplace: unknown[];
  diagnostics: Diagnostic[];
}

/**
 * The functions below drive one resource type as the engine does; `typeName` is any registered
 * resource (default: the connector).
 */
export async function plan(p: ProviderImpl, cfg: ObjectValue, prior: ObjectValue | null, typeName = RESOURCE_CONNECTOR): Promise<Planned> {
  const validation = await p.validateResourceConfig(typeName, cfg);
  if (errors(validation).length) return { plannedState: null, requiresReplace: [], diagnostics: validation };
  const res = await p.planResourceChange({
    typeName,
    priorState: prior,
    proposedNewState: proposedNewState(resourceType(typeName).schema, cfg, prior),
    config: cfg,
    priorPrivate: Buffer.alloc(0),
  });
  return { plannedState: res.plannedState, requiresReplace: res.requiresReplace ?? [], diagnostics: res.diagnostics };
}

/** plan + apply as the engine does, checking the planning rules on the way. */
export async function applyConfig(p: ProviderImpl, cfg: ObjectValue, prior: ObjectValue | null, typeName = RESOURCE_CONNECTOR) {
  const planned = await plan(p, cfg, prior, typeName);
  expect(errors(planned.diagnostics)).toEqual([]);
  const res = await p.applyResourceChange({
    typeName,
    priorState: prior,
    plannedState: planned.plannedState,
    config: cfg,
    plannedPrivate: Buffer.alloc(0),
  });
  if (errors(res.diagnostics).length === 0 && res.newState) expectConsistent(planned.plannedState, res.newState);
  return { ...res, planned };
}

export async function destroy(p: ProviderImpl, prior: ObjectValue, typeName = RESOURCE_CONNECTOR) {
  const planned = await p.planResourceChange({
    typeName,
    priorState: prior,
    proposedNewState: null,
    config: null,
    priorPrivate: Buffer.alloc(0),
  });
  expect(planned.plannedState).toBeNull();
  return p.applyResourceChange({
    typeName,
    priorState: prior,
    plannedState: null,
    config: null,
    plannedPrivate: Buffer.alloc(0),
  });
}

export async function read(p: ProviderImpl, state: ObjectValue, typeName = RESOURCE_CONNECTOR) {
  return p.readResource({ typeName, currentState: state, private: Buffer.alloc(0) });
}

/** A refresh of something EVS no longer holds: null state and one warning, worded as given. */
export async function expectForgotten(p: ProviderImpl, state: ObjectValue, typeName: string, warning: { summary: string; detail?: string }): Promise<void> {
  const res = await read(p, state, typeName);
  expect(res.newState).toBeNull();
  expect(res.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ...warning })]);
}

/** Refresh, then plan with the same config: an empty plan means the planned state is the refreshed state. */
export async function expectEmptyPlan(p: ProviderImpl, cfg: ObjectValue, state: ObjectValue, typeName = RESOURCE_CONNECTOR): Promise<ObjectValue> {
  const refreshed = await read(p, state, typeName);
  expect(errors(refreshed.diagnostics)).toEqual([]);
  const next = await plan(p, cfg, refreshed.newState, typeName);
  expect(next.requiresReplace).toEqual([]);
  expect(next.plannedState).toEqual(refreshed.newState);
  return refreshed.newState!;
}
