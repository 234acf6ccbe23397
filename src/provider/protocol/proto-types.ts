/**
 * The shapes proto-loader hands us and accepts (snake_case fields, int64 as strings, bytes as
 * Buffer, enums by name) for the tfplugin6 messages this provider uses. Only what the RPC layer
 * reads or writes is typed; the .proto remains the authority.
 */
export interface PDynamicValue {
  msgpack?: Buffer;
  json?: Buffer;
}

export type PAttributePathStep =
  | { attribute_name: string; selector?: 'attribute_name' }
  | { element_key_string: string; selector?: 'element_key_string' }
  | { element_key_int: string | number; selector?: 'element_key_int' };

export interface PAttributePath {
  steps: PAttributePathStep[];
}

export interface PDiagnostic {
  severity: 'INVALID' | 'ERROR' | 'WARNING';
  summary: string;
  detail: string;
  attribute?: PAttributePath | null;
}

export interface PRawState {
  json?: Buffer;
  flatmap?: Record<string, string>;
}

export interface PClientCapabilities {
  deferral_allowed?: boolean;
  write_only_attributes_allowed?: boolean;
}

export interface PResourceIdentityData {
  identity_data?: PDynamicValue | null;
}

export interface PSchemaAttribute {
  name: string;
  type: Buffer;
  description: string;
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  description_kind: 'PLAIN' | 'MARKDOWN';
  deprecated: boolean;
  write_only: boolean;
}

export interface PSchemaBlock {
  version: number;
  attributes: PSchemaAttribute[];
  block_types: PNestedBlock[];
  description: string;
  description_kind: 'PLAIN' | 'MARKDOWN';
  deprecated: boolean;
}

export interface PNestedBlock {
  type_name: string;
  block: PSchemaBlock;
  nesting: 'SINGLE' | 'LIST' | 'SET' | 'MAP' | 'GROUP';
  min_items: number;
  max_items: number;
}

export interface PSchema {
  version: number;
  block: PSchemaBlock;
}

export interface PServerCapabilities {
  plan_destroy: boolean;
  get_provider_schema_optional: boolean;
  move_resource_state: boolean;
  generate_resource_config: boolean;
}

export interface PIdentitySchema {
  version: number;
  identity_attributes: Array<{
    name: string;
    type: Buffer;
    required_for_import: boolean;
    optional_for_import: boolean;
    description: string;
  }>;
}
