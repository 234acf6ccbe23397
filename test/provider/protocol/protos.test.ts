/**
 * The embedded protocol definitions: in sync with the .proto files, on the wire exactly what the
 * field numbers say, and interchangeable with what @grpc/proto-loader builds from the same files —
 * both the clients' definitions and the server's lazily linked table.
 */
import * as fs from 'fs';
import * as protoLoader from '@grpc/proto-loader';
import type { ServiceDefinition } from '@grpc/grpc-js';
import * as protobuf from 'protobufjs/light';
import { EncodedMessage } from '../../../src/provider/plugin/encoded-message';
import { lazyServiceDefinition } from '../../../src/provider/plugin/service-table';
import { CODECS_FILE, GENERATED_FILE, PROTO_FILES, renderCodecs, renderGenerated } from '../../../src/provider/protocol/embed-protos';
import { LOADER_OPTIONS, serviceDefinitions } from '../../../src/provider/protocol/grpc-definitions';
import { messageCodec } from '../../../src/provider/protocol/message-codecs';
import { SERVICE_NAMES } from '../../../src/provider/protocol/method-table';
import { MESSAGES } from '../../../src/provider/protocol/protos.codecs.generated';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
type Method = ServiceDefinition[string];
const provider = () => serviceDefinitions()['tfplugin6.Provider'] as Record<string, Method>;

describe('embedded protocol definitions', () => {
  it('match the .proto files (regenerate with: npx tsx src/provider/protocol/embed-protos.ts)', () => {
    expect(fs.readFileSync(GENERATED_FILE, 'utf8')).toBe(renderGenerated());
  });

  it('hold the codecs protobufjs generates for them (regenerate as above, also after updating protobufjs)', () => {
    expect(fs.readFileSync(CODECS_FILE, 'utf8')).toBe(renderCodecs());
  });

  it('link every message from the generated codecs, generating no code at run time', () => {
    const codegen = jest.spyOn(protobuf.util, 'codegen');
    try {
      const names = Object.keys(MESSAGES);
      expect(names.length).toBeGreaterThan(80);
      for (const name of names) {
        const codec = messageCodec(name);
        expect(codec.deserialize(codec.serialize({}))).toBeDefined();
      }
      expect(codegen).not.toHaveBeenCalled();
    } finally {
      codegen.mockRestore();
    }
  });

  it('serve every RPC the engines call', () => {
    expect(Object.keys(provider())).toEqual(
      expect.arrayContaining([
        'GetMetadata', 'GetProviderSchema', 'ValidateProviderConfig', 'ValidateResourceConfig',
        'ValidateDataResourceConfig', 'UpgradeResourceState', 'ConfigureProvider', 'ReadResource',
        'PlanResourceChange', 'ApplyResourceChange', 'ImportResourceState', 'MoveResourceState',
        'ReadDataSource', 'StopProvider', 'GetResourceIdentitySchemas', 'UpgradeResourceIdentity',
      ]),
    );
    expect(provider().GetProviderSchema!.path).toBe('/tfplugin6.Provider/GetProviderSchema');
    expect(serviceDefinitions()['plugin.GRPCController'].Shutdown!.path).toBe('/plugin.GRPCController/Shutdown');
    expect(serviceDefinitions()['grpc.health.v1.Health'].Check!.path).toBe('/grpc.health.v1.Health/Check');
  });

  it('put fields at their protocol numbers (hand-written protobuf bytes)', () => {
    // PlanResourceChange.Request: type_name = 1 ("x"), prior_state = 2 (DynamicValue{msgpack = 1: c0}),
    // prior_private = 5 (bytes "p")
    const req = provider().PlanResourceChange!.requestSerialize({
      type_name: 'x',
      prior_state: { msgpack: Buffer.from([0xc0]) },
      prior_private: Buffer.from('p'),
    });
    expect(hex(req)).toBe('0a0178' + '1203' + '0a01c0' + '2a0170');
    // GetProviderSchema.Response: server_capabilities = 6 {plan_destroy = 1, get_provider_schema_optional = 2}
    const res = provider().GetProviderSchema!.responseSerialize({
      server_capabilities: { plan_destroy: true, get_provider_schema_optional: true },
    });
    expect(hex(res)).toBe('3204' + '0801' + '1001');
    // ValidateProviderConfig.Response: diagnostics = 2; Diagnostic severity = 1 (ERROR = 1), summary = 2,
    // attribute = 4 { steps = 1 { element_key_int = 3 (7) } }
    const diag = provider().ValidateProviderConfig!.responseSerialize({
      diagnostics: [{ severity: 'ERROR', summary: 's', attribute: { steps: [{ element_key_int: '7' }] } }],
    });
    expect(hex(diag)).toBe('120b' + '0801' + '120173' + '2204' + '0a02' + '1807');
    // StopProvider.Response: Error = 1
    expect(hex(provider().StopProvider!.responseSerialize({ Error: 'e' }))).toBe('0a0165');
    // UpgradeResourceState.Request: version = 2 (int64 varint), raw_state = 3 { json = 1 }
    const up = provider().UpgradeResourceState!.requestDeserialize(Buffer.from('1001' + '1a03' + '0a017b', 'hex'));
    expect(up).toMatchObject({ version: '1', raw_state: { json: Buffer.from('{') } });
  });

  it('agree with @grpc/proto-loader on every message of every service, for clients and the server alike', () => {
    const loaded = protoLoader.loadSync(PROTO_FILES, LOADER_OPTIONS);
    const diagnostics = [
      { severity: 'WARNING', summary: 'w', attribute: { steps: [{ attribute_name: 'a' }, { element_key_string: 'k' }, { element_key_int: '3' }] } },
      { severity: 'ERROR', summary: 'e', detail: 'd' },
    ];
    const samples: Record<string, object> = {
      'PlanResourceChange.request': {
        type_name: 't',
        prior_state: { msgpack: Buffer.from([0xc0]) },
        proposed_new_state: { msgpack: Buffer.from([0x80]) },
        client_capabilities: { deferral_allowed: true },
        prior_identity: { identity_data: { json: Buffer.from('{}') } },
      },
      'PlanResourceChange.response': { planned_state: { msgpack: Buffer.from([0x80]) }, requires_replace: [{ steps: [{ attribute_name: 'a' }] }], diagnostics, deferred: { reason: 'ABSENT_PREREQ' } },
      'ImportResourceState.request': { type_name: 't', id: 'a/b', identity: { identity_data: { msgpack: Buffer.from([0x80]) } } },
      'ImportResourceState.response': { imported_resources: [{ type_name: 't', state: { json: Buffer.from('{}') }, private: Buffer.from('p') }] },
      'UpgradeResourceState.request': { type_name: 't', version: '3', raw_state: { json: Buffer.from('{}'), flatmap: { a: 'b' } } },
      'ConfigureProvider.response': { diagnostics },
      'GetProviderSchema.response': {
        provider: { version: '0', block: { attributes: [{ name: 'a', type: Buffer.from('"string"'), optional: true, description_kind: 'MARKDOWN' }] } },
        resource_schemas: { t: { version: '2', block: { block_types: [{ type_name: 'b', nesting: 'SET', block: {} }] } } },
        diagnostics,
        server_capabilities: { plan_destroy: true },
      },
      'GetMetadata.response': { resources: [{ type_name: 't' }], server_capabilities: { get_provider_schema_optional: true } },
      'CallFunction.response': { error: { text: 'x', function_argument: '2' } },
      'ListResource.response': { display_name: 'n', resource_object: { msgpack: Buffer.from([0x80]) }, diagnostic: diagnostics },
      'StreamStdio.response': { channel: 'STDERR', data: Buffer.from('x') },
      'Check.request': { service: 'plugin' },
      'Check.response': { status: 'SERVING' },
    };
    let compared = 0;
    for (const service of SERVICE_NAMES) {
      const theirs = loaded[service] as unknown as Record<string, Method>;
      const client = serviceDefinitions()[service] as Record<string, Method>;
      const server = lazyServiceDefinition(service) as Record<string, Method>;
      expect(Object.keys(client).sort()).toEqual(Object.keys(theirs).sort());
      expect(Object.keys(server).sort()).toEqual(Object.keys(theirs).sort());
      for (const [rpc, other] of Object.entries(theirs)) {
        for (const mine of [client[rpc]!, server[rpc]!]) {
          expect([mine.path, mine.requestStream, mine.responseStream, mine.originalName]).toEqual([other.path, other.requestStream, other.responseStream, other.originalName]);
          for (const [side, serialize, deserialize] of [
            ['request', 'requestSerialize', 'requestDeserialize'],
            ['response', 'responseSerialize', 'responseDeserialize'],
          ] as const) {
            const value = samples[`${rpc}.${side}`] ?? {};
            const bytes = other[serialize](value);
            expect(hex(mine[serialize](value))).toBe(hex(bytes));
            expect(mine[deserialize](bytes)).toEqual(other[deserialize](bytes));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(90);
  });

  it('send an answer encoded ahead as it is, from the server\'s table', () => {
    const encoded = new EncodedMessage(Buffer.from('3204', 'hex'));
    const server = lazyServiceDefinition('tfplugin6.Provider') as Record<string, Method>;
    expect(server.GetProviderSchema!.responseSerialize(encoded)).toBe(encoded.bytes);
    expect(server.ConfigureProvider!.responseSerialize(encoded)).toBe(encoded.bytes);
  });
});
