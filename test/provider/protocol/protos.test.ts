/**
 * The embedded protocol definitions: in sync with the .proto files, on the wire exactly what the
 * field numbers say, and interchangeable with what @grpc/proto-loader builds from the same files.
 */
import * as fs from 'fs';
import * as protoLoader from '@grpc/proto-loader';
import type { ServiceDefinition } from '@grpc/grpc-js';
import { CODECS_FILE, GENERATED_FILE, PROTO_FILES, renderCodecs, renderGenerated } from '../../../src/provider/protocol/embed-protos';
import * as protobuf from 'protobufjs/light';
import { LOADER_OPTIONS, serviceDefinitions } from '../../../src/provider/protocol/grpc-definitions';
import { installPrebuiltCodecs } from '../../../src/provider/protocol/prebuilt-codecs';
import { CODECS } from '../../../src/provider/protocol/protos.codecs.generated';
import { PROTO_JSON } from '../../../src/provider/protocol/protos.generated';

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

  it('set every message type up from the prebuilt codecs, generating no code at run time', () => {
    const codegen = jest.spyOn(protobuf.util, 'codegen');
    try {
      const root = new protobuf.Root().addJSON((PROTO_JSON as unknown as protobuf.INamespace).nested!) as protobuf.Root;
      installPrebuiltCodecs(root, CODECS);
      root.resolveAll();
      const types = Object.keys(CODECS).map((name) => root.lookupType(name));
      expect(types.length).toBeGreaterThan(80);
      for (const type of types) {
        const bytes = type.encode(type.fromObject({})).finish();
        expect(type.toObject(type.decode(bytes), LOADER_OPTIONS)).toBeDefined();
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

  it('agree with @grpc/proto-loader on every message of every RPC', () => {
    const loaded = protoLoader.loadSync(PROTO_FILES, LOADER_OPTIONS);
    const theirs = loaded['tfplugin6.Provider'] as unknown as Record<string, Method>;
    const samples: Record<string, object> = {
      PlanResourceChange: {
        type_name: 't',
        prior_state: { msgpack: Buffer.from([0xc0]) },
        proposed_new_state: { msgpack: Buffer.from([0x80]) },
        client_capabilities: { deferral_allowed: true },
        prior_identity: { identity_data: { json: Buffer.from('{}') } },
      },
      ImportResourceState: { type_name: 't', id: 'a/b', identity: { identity_data: { msgpack: Buffer.from([0x80]) } } },
    };
    for (const [rpc, mine] of Object.entries(provider())) {
      const other = theirs[rpc]!;
      expect(other.path).toBe(mine.path);
      const req = samples[rpc] ?? {};
      expect(hex(mine.requestSerialize(req))).toBe(hex(other.requestSerialize(req)));
      const bytes = mine.requestSerialize(req);
      expect(mine.requestDeserialize(bytes)).toEqual(other.requestDeserialize(bytes));
    }
    const schemaRes = {
      provider: { version: '0', block: { attributes: [{ name: 'a', type: Buffer.from('"string"'), optional: true, description_kind: 'MARKDOWN' }] } },
      resource_schemas: { t: { version: '2', block: { block_types: [{ type_name: 'b', nesting: 'SET', block: {} }] } } },
      diagnostics: [{ severity: 'WARNING', summary: 'w', attribute: { steps: [{ attribute_name: 'a' }, { element_key_string: 'k' }] } }],
      server_capabilities: { plan_destroy: true },
    };
    const mine = provider().GetProviderSchema!.responseSerialize(schemaRes);
    expect(hex(mine)).toBe(hex(theirs.GetProviderSchema!.responseSerialize(schemaRes)));
    expect(provider().GetProviderSchema!.responseDeserialize(mine)).toEqual(theirs.GetProviderSchema!.responseDeserialize(mine));
  });
});
