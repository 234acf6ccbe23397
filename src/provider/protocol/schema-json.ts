/**
 * The `terraform providers schema -json` document: its shape, and the conversion from the
 * provider's own schema (`ProviderSchemas`, what GetProviderSchema serves) into it. The construct
 * bindings feed that conversion to `@cdktf/provider-generator` (the same input the prebuilt
 * providers are generated from); the registry docs read the same document from a real engine.
 */
import type { CtyType, NestingMode, ProviderSchemas, Schema, SchemaBlock } from './provider-api';
import { PROVIDER_FULL_SOURCE } from '../../names';

export interface AttributeJson {
  /** Absent only where an engine reports a nested attribute (`nested_type`) instead. */
  type?: CtyType;
  nested_type?: { attributes: Record<string, AttributeJson>; nesting_mode: string };
  description?: string;
  description_kind?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  write_only?: boolean;
}
export interface BlockJson {
  attributes?: Record<string, AttributeJson>;
  block_types?: Record<string, BlockTypeJson>;
  description?: string;
  description_kind?: string;
  deprecated?: boolean;
}
export interface BlockTypeJson {
  nesting_mode: NestingMode;
  block: BlockJson;
  min_items?: number;
  max_items?: number;
}
export interface SchemaJson {
  version: number;
  block: BlockJson;
}
/** One provider's entry; engines leave out empty maps. */
export interface ProviderSchemaJson {
  provider: SchemaJson;
  resource_schemas?: Record<string, SchemaJson>;
  data_source_schemas?: Record<string, SchemaJson>;
}
export interface ProvidersSchemaJson {
  format_version: string;
  provider_schemas: Record<string, ProviderSchemaJson>;
}

/** Terraform omits false flags and empty maps; so do we, so the output diffs cleanly against it. */
function block(b: SchemaBlock): BlockJson {
  const out: BlockJson = {};
  if (b.attributes.length > 0) {
    out.attributes = {};
    for (const a of [...b.attributes].sort((x, y) => x.name.localeCompare(y.name))) {
      const j: AttributeJson = { type: a.type };
      if (a.description) {
        j.description = a.description;
        j.description_kind = a.descriptionKind ?? 'plain';
      } else {
        j.description_kind = 'plain';
      }
      if (a.required) j.required = true;
      if (a.optional) j.optional = true;
      if (a.computed) j.computed = true;
      if (a.sensitive) j.sensitive = true;
      if (a.deprecated) j.deprecated = true;
      if (a.writeOnly) j.write_only = true;
      out.attributes[a.name] = j;
    }
  }
  if (b.blockTypes.length > 0) {
    out.block_types = {};
    for (const nb of [...b.blockTypes].sort((x, y) => x.typeName.localeCompare(y.typeName))) {
      const j: BlockTypeJson = { nesting_mode: nb.nesting, block: block(nb.block) };
      if (nb.minItems) j.min_items = nb.minItems;
      if (nb.maxItems) j.max_items = nb.maxItems;
      out.block_types[nb.typeName] = j;
    }
  }
  if (b.description) out.description = b.description;
  out.description_kind = b.descriptionKind ?? 'plain';
  if (b.deprecated) out.deprecated = true;
  return out;
}

function schema(s: Schema): SchemaJson {
  return { version: s.version, block: block(s.block) };
}

function sortedMap(m: Readonly<Record<string, Schema>>): Record<string, SchemaJson> {
  return Object.fromEntries(
    Object.keys(m)
      .sort()
      .map((k) => [k, schema(m[k] as Schema)]),
  );
}

export function toProvidersSchemaJson(s: ProviderSchemas): ProvidersSchemaJson {
  return {
    format_version: '1.0',
    provider_schemas: {
      [PROVIDER_FULL_SOURCE]: {
        provider: schema(s.provider),
        resource_schemas: sortedMap(s.resourceSchemas),
        data_source_schemas: sortedMap(s.dataSourceSchemas),
      },
    },
  };
}
