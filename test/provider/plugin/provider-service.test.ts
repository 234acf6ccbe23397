/**
 * The RPC layer without gRPC: proto-shaped requests in, proto-shaped responses out, around a test
 * ProviderImpl. Covers what a real engine rarely provokes: exceptions, bad values, identity.
 */
import { ProviderService } from '../../../src/provider/plugin/provider-service';
import { decodeMsgpack, encodeMsgpack } from '../../../src/provider/protocol/cty-msgpack';
import { impliedType } from '../../../src/provider/protocol/cty-types';
import { setLogSink } from '../../../src/provider/log';
import type { ObjectValue, ProviderImpl } from '../../../src/provider/protocol/provider-api';
import { createTestProvider, THING } from '../support/test-provider';

const base = createTestProvider();
const thingType = impliedType(base.schemas().resourceSchemas[THING]!.block);
const state: ObjectValue = { id: 'i-1', name: 'n', size: 3, tags: null, secret: null, rule: [] };
const mp = (v: ObjectValue | null) => ({ msgpack: encodeMsgpack(thingType, v) });

let logs: string[] = [];
beforeEach(() => {
  logs = [];
  setLogSink((l) => logs.push(l));
});
afterAll(() => setLogSink((l) => process.stderr.write(l + '\n')));

function withIdentity(overrides: Partial<ProviderImpl> = {}): ProviderImpl {
  return {
    ...base,
    schemas: () => ({
      ...base.schemas(),
      identitySchemas: { [THING]: { version: 0, attributes: [{ name: 'id', type: 'string', requiredForImport: true }] } },
    }),
    ...overrides,
  };
}

describe('ProviderService', () => {
  it('keeps the prior state when apply throws, and logs the failure', async () => {
    const svc = new ProviderService({ ...base, applyResourceChange: async () => { throw new Error('boom'); } });
    const res = await svc.call('ApplyResourceChange', {
      type_name: THING, prior_state: mp(state), planned_state: mp({ ...state, size: 4 }), config: mp(null), planned_private: Buffer.from('pp'),
    });
    expect(res.diagnostics).toEqual([{ severity: 'ERROR', summary: 'Provider error in ApplyResourceChange', detail: 'boom', attribute: null }]);
    expect(decodeMsgpack(thingType, (res.new_state as { msgpack: Buffer }).msgpack)).toEqual(state);
    expect(res.private).toEqual(Buffer.from('pp'));
    const lines = logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ '@level': 'error', tf_rpc: 'ApplyResourceChange', error: 'boom' }));
    expect(lines).toContainEqual(expect.objectContaining({ '@level': 'debug', '@message': 'Served request', diagnostic_error_count: 1 }));
  });

  it('keeps the current state when read throws', async () => {
    const svc = new ProviderService({ ...base, readResource: async () => { throw new TypeError('nope'); } });
    const res = await svc.call('ReadResource', { type_name: THING, current_state: mp(state), private: Buffer.from('x') });
    expect(decodeMsgpack(thingType, (res.new_state as { msgpack: Buffer }).msgpack)).toEqual(state);
    expect(res.private).toEqual(Buffer.from('x'));
  });

  it('turns a value that does not fit the schema into an error diagnostic', async () => {
    const svc = new ProviderService({ ...base, readResource: async () => ({ newState: { id: 1 } as unknown as ObjectValue, diagnostics: [] }) });
    const res = await svc.call('ReadResource', { type_name: THING, current_state: mp(state) });
    expect(res.diagnostics![0]!.detail).toMatch(/unsupported attribute|attribute "name" is missing|a string is required/);
  });

  it('hands private bytes back unchanged when the provider does not set them', async () => {
    const svc = new ProviderService({ ...base, readResource: async (r) => ({ newState: r.currentState, diagnostics: [] }) });
    const read = await svc.call('ReadResource', { type_name: THING, current_state: mp(state), private: Buffer.from('keep') });
    expect(read.private).toEqual(Buffer.from('keep'));
    const plan = await svc.call('PlanResourceChange', {
      type_name: THING, prior_state: mp(state), proposed_new_state: mp(state), config: mp(state), prior_private: Buffer.from('pp'),
    });
    expect(plan.planned_private).toEqual(Buffer.from('pp'));
  });

  it('gives diagnostics their attribute paths', async () => {
    const svc = new ProviderService({
      ...base,
      validateResourceConfig: async () => [
        { severity: 'warning', summary: 'w', attribute: [{ attributeName: 'rule' }, { elementKeyInt: 1 }, { attributeName: 'port' }] },
        { severity: 'error', summary: 'e', detail: 'd', attribute: [{ attributeName: 'tags' }, { elementKeyString: 'env' }] },
      ],
    });
    const res = await svc.call('ValidateResourceConfig', { type_name: THING, config: mp(state) });
    expect(res.diagnostics).toEqual([
      { severity: 'WARNING', summary: 'w', detail: '', attribute: { steps: [{ attribute_name: 'rule' }, { element_key_int: '1' }, { attribute_name: 'port' }] } },
      { severity: 'ERROR', summary: 'e', detail: 'd', attribute: { steps: [{ attribute_name: 'tags' }, { element_key_string: 'env' }] } },
    ]);
  });

  it('declares plan_destroy and get_provider_schema_optional, and builds the schema once', async () => {
    let calls = 0;
    const svc = new ProviderService({ ...base, schemas: () => (calls++, base.schemas()) });
    const a = await svc.call('GetProviderSchema', {});
    const b = await svc.call('GetProviderSchema', {});
    expect(a).toBe(b);
    expect(calls).toBe(1);
    expect(a.server_capabilities).toMatchObject({ plan_destroy: true, get_provider_schema_optional: true });
    const meta = await svc.call('GetMetadata', {});
    expect(meta.resources).toEqual([{ type_name: THING }]);
  });

  it('refuses invalid attribute type JSON in a schema instead of handing it to the engine', async () => {
    const broken = base.schemas();
    const svc = new ProviderService({
      ...base,
      schemas: () => ({ ...broken, provider: { version: 0, block: { attributes: [{ name: 'x', type: ['lst', 'string'] as never }], blockTypes: [] } } }),
    });
    const res = await svc.call('GetProviderSchema', {});
    expect(res.diagnostics![0]!.detail).toMatch(/not a cty type/);
  });

  it('answers identity schemas and derives identity from state', async () => {
    const svc = new ProviderService(withIdentity());
    const schemas = await svc.call('GetResourceIdentitySchemas', {});
    expect(schemas.identity_schemas).toEqual({
      [THING]: { version: 0, identity_attributes: [{ name: 'id', type: Buffer.from('"string"'), required_for_import: true, optional_for_import: false, description: '' }] },
    });
    const read = await svc.call('ReadResource', { type_name: THING, current_state: mp(state) });
    const identity = (read.new_identity as { identity_data: { msgpack: Buffer } }).identity_data.msgpack;
    expect(decodeMsgpack(['object', { id: 'string' }], identity)).toEqual({ id: 'i-1' });
    // Unknown identity (create) is not sent.
    const plan = await svc.call('PlanResourceChange', { type_name: THING, prior_state: mp(null), proposed_new_state: mp(state), config: mp(state) });
    expect(plan.planned_identity).toBeNull();
    const up = await svc.call('UpgradeResourceIdentity', { type_name: THING, version: '0', raw_identity: { json: Buffer.from('{"id":"i-9","old":1}') } });
    expect(decodeMsgpack(['object', { id: 'string' }], (up.upgraded_identity as { identity_data: { msgpack: Buffer } }).identity_data.msgpack)).toEqual({ id: 'i-9' });
  });

  it('passes an import identity to the provider', async () => {
    let seen: unknown;
    const svc = new ProviderService(
      withIdentity({
        importResourceState: async (req) => {
          seen = req.identity;
          return { importedResources: [{ typeName: THING, state }], diagnostics: [] };
        },
      }),
    );
    const res = await svc.call('ImportResourceState', {
      type_name: THING, id: '', identity: { identity_data: { msgpack: encodeMsgpack(['object', { id: 'string' }], { id: 'i-1' }) } },
    });
    expect(seen).toEqual({ id: 'i-1' });
    const imported = (res.imported_resources as Array<{ state: { msgpack: Buffer }; identity: unknown }>)[0]!;
    expect(decodeMsgpack(thingType, imported.state.msgpack)).toEqual(state);
    expect(imported.identity).not.toBeNull();
  });

  it('streams list results with identity, the object only when asked, and config paths under `config`', async () => {
    const svc = new ProviderService(withIdentity());
    const countType = impliedType(base.schemas().listResourceSchemas![THING]!.block);
    const events: Array<Record<string, unknown>> = [];
    await svc.list({ type_name: THING, config: { msgpack: encodeMsgpack(countType, { count: 2 }) }, include_resource_object: true, limit: '0' }, (e) => events.push(e));
    expect(events.map((e) => e.display_name)).toEqual(['thing 1', 'thing 2']);
    const identity = (events[0]!.identity as { identity_data: { msgpack: Buffer } }).identity_data.msgpack;
    expect(decodeMsgpack(['object', { id: 'string' }], identity)).toEqual({ id: 'thing-1' });
    expect(decodeMsgpack(thingType, (events[1]!.resource_object as { msgpack: Buffer }).msgpack)).toMatchObject({ id: 'thing-2', name: 'n2' });

    const bare: Array<Record<string, unknown>> = [];
    await svc.list({ type_name: THING, config: null, include_resource_object: false, limit: '0' }, (e) => bare.push(e));
    expect(bare).toHaveLength(3);
    expect(bare[0]!.resource_object).toBeUndefined();

    const metadata = await svc.call('GetMetadata', {});
    expect(metadata.list_resources).toEqual([{ type_name: THING }]);
    const schema = await svc.call('GetProviderSchema', {});
    expect(Object.keys(schema.list_resource_schemas as object)).toEqual([THING]);

    const checked = new ProviderService({
      ...withIdentity(),
      validateListResourceConfig: async () => [{ severity: 'error', summary: 'Bad count', attribute: [{ attributeName: 'count' }] }],
      listResource: async function* () {
        yield { diagnostics: [{ severity: 'error', summary: 'Bad count', attribute: [{ attributeName: 'count' }] }] };
        throw new Error('lost the connection');
      },
    });
    const v = await checked.call('ValidateListResourceConfig', { type_name: THING, config: { msgpack: encodeMsgpack(countType, { count: 1 }) } });
    expect(v.diagnostics![0]!.attribute).toEqual({ steps: [{ attribute_name: 'config' }, { attribute_name: 'count' }] });
    const failed: Array<Record<string, unknown>> = [];
    await checked.list({ type_name: THING, config: null, limit: '0' }, (e) => failed.push(e));
    expect(failed.map((e) => (e.diagnostic as Array<{ summary: string; detail: string }>).map((d) => d.summary + (d.detail ? `: ${d.detail}` : '')))).toEqual([
      ['Bad count'],
      ['Provider error in ListResource: lost the connection'],
    ]);
  });

  it('refuses flatmap-only state and answers MoveResourceState and functions sensibly', async () => {
    const svc = new ProviderService(base);
    const up = await svc.call('UpgradeResourceState', { type_name: THING, version: '0', raw_state: { flatmap: { id: 'x' } } });
    expect(up.diagnostics![0]!.summary).toBe('Unsupported state format');
    expect((await svc.call('GetFunctions', {})).functions).toEqual({});
    expect((await svc.call('CallFunction', { name: 'f' })).error).toEqual({ text: 'This provider has no function "f".' });
    expect((await svc.call('StopProvider', {})).Error).toBe('');
  });
});
