import type { ConnectorType } from '../../evs';
import { evsSdk } from '../evs-sdk';
import { DATA_CONNECTOR } from '../../names';
import { attr } from '../framework/path';
import type { DataSource } from '../framework/resource';
import { attribute, defineSchema } from '../framework/schema';
import { constraint, exactlyOneOf, oneOfEnum } from '../framework/validators';
import { str } from '../framework/values';
import { CHECK_TYPE, CHECKS_DESCRIPTION, flattenConnector } from './connector-model';
import type { ProviderContext } from './context';
import { findConnectorByID, findConnectorByType, isNotFoundError } from './find';

/** The computed description of one connector, shared by both data sources. */
export const CONNECTOR_FIELDS = {
  type: 'Kind of appliance: `VCENTER`, `SDDC_MANAGER` or `OPERATIONS_MANAGER`.',
  appliance_fqdn: 'Fully qualified domain name of the appliance.',
  secret_arn: 'The Secrets Manager secret as EVS reports it (an ARN, or the name given).',
  state: 'Lifecycle state: `CREATING`, `CREATE_FAILED`, `ACTIVE`, `UPDATING`, `UPDATE_FAILED`, `DELETING` or `DELETED`.',
  state_details: 'Why the connector is in its state, when EVS says.',
  status: 'Overall health from the checks: `PASSED`, `FAILED` or `UNKNOWN`.',
  created_at: 'When the connector was created (RFC 3339).',
  modified_at: 'When the connector last changed (RFC 3339).',
} as const;

export const connectorDataSourceSchema = defineSchema({
  version: 0,
  description:
    'Reads one connector of an EVS environment, by `connector_id` or by `type` (set exactly one of the two).',
  attributes: {
    environment_id: attribute.string({
      required: true,
      description: 'ID of the EVS environment, e.g. `env-0123456789`.',
      validators: [constraint('environmentId')],
    }),
    connector_id: attribute.string({
      optional: true,
      computed: true,
      description: 'ID of the connector, e.g. `cnctr-0123456789`. Set this or `type`.',
      validators: [constraint('connectorId')],
    }),
    type: attribute.string({
      optional: true,
      computed: true,
      description: 'Kind of connector to look up (`VCENTER`, `SDDC_MANAGER` or `OPERATIONS_MANAGER`): an environment has at most one of each. Set this or `connector_id`.',
      validators: [oneOfEnum('ConnectorType')],
    }),
    id: attribute.string({ computed: true, description: '`environment_id/connector_id`, the id the resource uses.' }),
    appliance_fqdn: attribute.string({ computed: true, description: CONNECTOR_FIELDS.appliance_fqdn }),
    secret_arn: attribute.string({ computed: true, description: CONNECTOR_FIELDS.secret_arn }),
    state: attribute.string({ computed: true, description: CONNECTOR_FIELDS.state }),
    state_details: attribute.string({ computed: true, description: CONNECTOR_FIELDS.state_details }),
    status: attribute.string({ computed: true, description: CONNECTOR_FIELDS.status }),
    checks: attribute.list(CHECK_TYPE, { computed: true, description: CHECKS_DESCRIPTION }),
    created_at: attribute.string({ computed: true, description: CONNECTOR_FIELDS.created_at }),
    modified_at: attribute.string({ computed: true, description: CONNECTOR_FIELDS.modified_at }),
  },
  validators: [exactlyOneOf('connector_id', 'type')],
});

export function environmentConnectorDataSource(ctx: ProviderContext): DataSource {
  return {
    typeName: DATA_CONNECTOR,
    schema: connectorDataSourceSchema,
    async read(config, diags) {
      const environmentId = str(config['environment_id'])!;
      const connectorId = str(config['connector_id']);
      const type = str(config['type']) as ConnectorType | undefined;
      const list = (e: string, s?: AbortSignal) => ctx.lister().list(e, s);
      try {
        const c = connectorId
          ? await findConnectorByID(list, environmentId, connectorId, ctx.signal)
          : await findConnectorByType(list, environmentId, type!, ctx.signal);
        return flattenConnector(c);
      } catch (err) {
        if (isNotFoundError(err)) {
          diags.error('EVS connector not found', err.message, attr(connectorId ? 'connector_id' : 'type'));
        } else {
          diags.error('Reading the EVS connector failed', evsSdk().describeEvsError(err));
        }
        return null;
      }
    },
  };
}
