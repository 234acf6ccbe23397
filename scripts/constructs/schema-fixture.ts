/**
 * Stand-in for `createProvider().schemas()` while the provider is being built: the attributes the
 * design fixes. `export-schema.ts` uses the real provider as soon as `src/provider/provider.ts`
 * exists; this file then only serves as a fallback.
 */
import type { ProviderSchemas, SchemaAttribute, SchemaBlock } from '../../src/provider/protocol/provider-api';
import { DATA_CONNECTOR, DATA_CONNECTORS, RESOURCE_CONNECTOR } from '../../src/names';

const s = (name: string, extra: Partial<SchemaAttribute> = {}): SchemaAttribute => ({ name, type: 'string', ...extra });
const block = (attributes: SchemaAttribute[], blockTypes: SchemaBlock['blockTypes'] = []): SchemaBlock => ({
  attributes,
  blockTypes,
});
const checkType = ['object', { type: 'string', result: 'string', last_check_attempt: 'string', impaired_since: 'string' }] as const;

const connectorComputed: SchemaAttribute[] = [
  s('connector_id', { computed: true }),
  s('secret_arn', { computed: true }),
  s('state', { computed: true }),
  s('state_details', { computed: true }),
  s('status', { computed: true }),
  { name: 'checks', type: ['list', checkType as never], computed: true },
  s('created_at', { computed: true }),
  s('modified_at', { computed: true }),
];

export const FIXTURE_SCHEMAS: ProviderSchemas = {
  provider: {
    version: 0,
    block: block(
      [
        s('region', { optional: true }),
        s('profile', { optional: true }),
        { name: 'shared_config_files', type: ['list', 'string'], optional: true },
        { name: 'shared_credentials_files', type: ['list', 'string'], optional: true },
        s('access_key', { optional: true }),
        s('secret_key', { optional: true, sensitive: true }),
        s('token', { optional: true, sensitive: true }),
        s('endpoint', { optional: true }),
        { name: 'max_retries', type: 'number', optional: true },
        s('retry_mode', { optional: true }),
      ],
      [
        {
          typeName: 'assume_role',
          nesting: 'list',
          maxItems: 1,
          block: block([
            s('role_arn', { optional: true }),
            s('session_name', { optional: true }),
            s('external_id', { optional: true }),
            s('duration', { optional: true }),
          ]),
        },
      ],
    ),
  },
  resourceSchemas: {
    [RESOURCE_CONNECTOR]: {
      version: 0,
      block: block(
        [
          s('id', { computed: true }),
          s('environment_id', { required: true }),
          s('type', { required: true }),
          s('appliance_fqdn', { required: true }),
          s('secret_identifier', { required: true }),
          { name: 'wait_for_healthy', type: 'bool', optional: true },
          ...connectorComputed,
        ],
        [
          {
            typeName: 'timeouts',
            nesting: 'single',
            block: block([s('create', { optional: true }), s('update', { optional: true }), s('delete', { optional: true })]),
          },
        ],
      ),
    },
  },
  dataSourceSchemas: {
    [DATA_CONNECTOR]: {
      version: 0,
      block: block([
        s('id', { computed: true }),
        s('environment_id', { required: true }),
        s('connector_id', { optional: true, computed: true }),
        s('type', { optional: true, computed: true }),
        s('appliance_fqdn', { computed: true }),
        s('secret_identifier', { computed: true }),
        ...connectorComputed.filter((a) => a.name !== 'connector_id'),
      ]),
    },
    [DATA_CONNECTORS]: {
      version: 0,
      block: block([
        s('id', { computed: true }),
        s('environment_id', { required: true }),
        { name: 'types', type: ['set', 'string'], optional: true },
        { name: 'states', type: ['set', 'string'], optional: true },
        { name: 'ids', type: ['list', 'string'], computed: true },
        {
          name: 'connectors',
          type: [
            'list',
            [
              'object',
              {
                connector_id: 'string',
                environment_id: 'string',
                type: 'string',
                appliance_fqdn: 'string',
                secret_arn: 'string',
                state: 'string',
                status: 'string',
              },
            ],
          ],
          computed: true,
        },
      ]),
    },
  },
};
