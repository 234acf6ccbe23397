/**
 * Provider schemas as tfplugin6 messages, plus the decoding types the RPC layer needs for each
 * resource and data source. Built once per process: schemas are static.
 */
import type { CtyType, ProviderSchemas, Schema, SchemaBlock } from './provider-api';
import { assertCtyType, impliedType, typeToJson } from './cty-types';
import type { PIdentitySchema, PSchema, PSchemaBlock } from './proto-types';

function blockToProto(block: SchemaBlock, version: number, where: string): PSchemaBlock {
  return {
    version,
    attributes: block.attributes.map((a) => {
      // An engine panics on invalid type JSON: refuse it here, where the message can name it.
      assertCtyType(a.type, `${where}.${a.name}`);
      return {
        name: a.name,
        type: Buffer.from(typeToJson(a.type)),
        description: a.description ?? '',
        required: a.required ?? false,
        optional: a.optional ?? false,
        computed: a.computed ?? false,
        sensitive: a.sensitive ?? false,
        description_kind: a.descriptionKind === 'markdown' ? 'MARKDOWN' : 'PLAIN',
        deprecated: a.deprecated ?? false,
        write_only: a.writeOnly ?? false,
      };
    }),
    block_types: block.blockTypes.map((b) => ({
      type_name: b.typeName,
      block: blockToProto(b.block, version, `${where}.${b.typeName}`),
      nesting: b.nesting.toUpperCase() as 'SINGLE' | 'LIST' | 'SET' | 'MAP' | 'GROUP',
      min_items: b.minItems ?? 0,
      max_items: b.maxItems ?? 0,
    })),
    description: block.description ?? '',
    description_kind: block.descriptionKind === 'markdown' ? 'MARKDOWN' : 'PLAIN',
    deprecated: block.deprecated ?? false,
  };
}

export function schemaToProto(schema: Schema, where: string): PSchema {
  return { version: schema.version, block: blockToProto(schema.block, schema.version, where) };
}

/** Everything derived from `ProviderImpl.schemas()` that requests need. */
export class SchemaIndex {
  readonly providerType: CtyType;
  readonly resourceTypes = new Map<string, CtyType>();
  readonly dataSourceTypes = new Map<string, CtyType>();
  readonly identityTypes = new Map<string, CtyType>();
  readonly listResourceTypes = new Map<string, CtyType>();

  constructor(readonly schemas: ProviderSchemas) {
    this.providerType = impliedType(schemas.provider.block);
    for (const [name, s] of Object.entries(schemas.resourceSchemas)) this.resourceTypes.set(name, impliedType(s.block));
    for (const [name, s] of Object.entries(schemas.dataSourceSchemas)) this.dataSourceTypes.set(name, impliedType(s.block));
    for (const [name, s] of Object.entries(schemas.listResourceSchemas ?? {})) this.listResourceTypes.set(name, impliedType(s.block));
    for (const [name, s] of Object.entries(schemas.identitySchemas ?? {})) {
      const attrs: { [k: string]: CtyType } = {};
      for (const a of s.attributes) attrs[a.name] = a.type;
      this.identityTypes.set(name, ['object', attrs]);
    }
  }

  resourceType(name: string): CtyType {
    const t = this.resourceTypes.get(name);
    if (!t) throw new Error(`This provider has no resource type "${name}".`);
    return t;
  }

  listResourceType(name: string): CtyType {
    const t = this.listResourceTypes.get(name);
    if (!t) throw new Error(`This provider has no list resource "${name}".`);
    return t;
  }

  dataSourceType(name: string): CtyType {
    const t = this.dataSourceTypes.get(name);
    if (!t) throw new Error(`This provider has no data source "${name}".`);
    return t;
  }

  providerSchemaProto(): {
    provider: PSchema;
    resource_schemas: Record<string, PSchema>;
    data_source_schemas: Record<string, PSchema>;
    list_resource_schemas: Record<string, PSchema>;
  } {
    const s = this.schemas;
    return {
      list_resource_schemas: Object.fromEntries(
        Object.entries(s.listResourceSchemas ?? {}).map(([n, v]) => [n, schemaToProto(v, `list.${n}`)]),
      ),
      provider: schemaToProto(s.provider, 'provider'),
      resource_schemas: Object.fromEntries(
        Object.entries(s.resourceSchemas).map(([n, v]) => [n, schemaToProto(v, n)]),
      ),
      data_source_schemas: Object.fromEntries(
        Object.entries(s.dataSourceSchemas).map(([n, v]) => [n, schemaToProto(v, `data.${n}`)]),
      ),
    };
  }

  identitySchemasProto(): Record<string, PIdentitySchema> {
    return Object.fromEntries(
      Object.entries(this.schemas.identitySchemas ?? {}).map(([name, s]) => [
        name,
        {
          version: s.version,
          identity_attributes: s.attributes.map((a) => {
            assertCtyType(a.type, `identity.${name}.${a.name}`);
            return {
              name: a.name,
              type: Buffer.from(typeToJson(a.type)),
              required_for_import: a.requiredForImport ?? false,
              optional_for_import: a.optionalForImport ?? false,
              description: a.description ?? '',
            };
          }),
        },
      ]),
    );
  }
}
