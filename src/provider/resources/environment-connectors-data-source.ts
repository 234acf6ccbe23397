import { evsSdk } from '../evs-sdk';
import { DATA_CONNECTORS } from '../../names';
import { attr } from '../framework/path';
import type { DataSource } from '../framework/resource';
import { attribute, defineSchema } from '../framework/schema';
import { constraint, eachElement, oneOfEnum } from '../framework/validators';
import { str, strings } from '../framework/values';
import type { CtyType, ObjectValue } from '../protocol/provider-api';
import { CHECK_TYPE, CHECKS_DESCRIPTION, flattenConnector } from './connector-model';
import type { ProviderContext } from './context';
import { CONNECTOR_FIELDS } from './environment-connector-data-source';
import { isNotFoundError } from './find';

const CONNECTOR_OBJECT: CtyType = [
  'object',
  {
    id: 'string',
    environment_id: 'string',
    connector_id: 'string',
    type: 'string',
    appliance_fqdn: 'string',
    secret_arn: 'string',
    state: 'string',
    state_details: 'string',
    status: 'string',
    checks: ['list', CHECK_TYPE],
    created_at: 'string',
    modified_at: 'string',
  },
];

export const connectorsDataSourceSchema = defineSchema({
  version: 0,
  description: 'Lists the connectors of an EVS environment, optionally only some types or states.',
  attributes: {
    environment_id: attribute.string({
      required: true,
      description: 'ID of the EVS environment, e.g. `env-0123456789`.',
      validators: [constraint('environmentId')],
    }),
    types: attribute.set('string', {
      optional: true,
      description: 'Only connectors of these types (`VCENTER`, `SDDC_MANAGER`, `OPERATIONS_MANAGER`). Default: all.',
      validators: [eachElement(oneOfEnum('ConnectorType'), 'set')],
    }),
    states: attribute.set('string', {
      optional: true,
      description: 'Only connectors in these states (e.g. `ACTIVE`). Default: all.',
      validators: [eachElement(oneOfEnum('ConnectorState'), 'set')],
    }),
    connectors: attribute.list(CONNECTOR_OBJECT, {
      computed: true,
      description:
        `The matching connectors, ordered by connector id (code-point order). Each has \`id\` (\`environment_id/connector_id\`), \`environment_id\`, \`connector_id\`, ` +
        `\`type\`, \`appliance_fqdn\`, \`secret_arn\`, \`state\`, \`state_details\`, \`status\`, \`checks\` (${CHECKS_DESCRIPTION}), \`created_at\` and \`modified_at\`. ` +
        `${CONNECTOR_FIELDS.state}`,
    }),
    ids: attribute.list('string', { computed: true, description: 'The connector ids of `connectors`, in the same order.' }),
  },
});

/** Locale-independent order, so the list is the same on every machine. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function environmentConnectorsDataSource(ctx: ProviderContext): DataSource {
  return {
    typeName: DATA_CONNECTORS,
    schema: connectorsDataSourceSchema,
    async read(config, diags) {
      const environmentId = str(config['environment_id'])!;
      const types = strings(config['types']);
      const states = strings(config['states']);
      try {
        const all = await ctx.lister().list(environmentId, ctx.signal);
        const chosen = all
          .filter((c) => !types || types.includes(c.type ?? ''))
          .filter((c) => !states || states.includes(c.state ?? ''))
          .sort((a, b) => byCodePoint(a.connectorId ?? '', b.connectorId ?? ''));
        const connectors: ObjectValue[] = chosen.map(flattenConnector);
        return {
          environment_id: environmentId,
          types: config['types'] ?? null,
          states: config['states'] ?? null,
          connectors,
          ids: chosen.map((c) => c.connectorId ?? ''),
        };
      } catch (err) {
        if (isNotFoundError(err)) diags.error('EVS environment not found', `${err.message} Check environment_id and the provider's region.`, attr('environment_id'));
        else diags.error('Listing the EVS connectors failed', evsSdk().describeEvsError(err));
        return null;
      }
    },
  };
}
