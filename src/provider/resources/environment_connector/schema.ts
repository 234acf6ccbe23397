import type { ValueOf } from '../../framework/model';
import { requiresReplace, useStateForUnknown, useStateUnlessChanged } from '../../framework/modifiers';
import type { Resource } from '../../framework/resource';
import { attribute, cty, defineSchema } from '../../framework/schema';
import { timeoutsBlock } from '../../framework/timeouts';
import { constraint, eachElement, exactlyOneOf, oneOfEnum } from '../../framework/validators';

/**
 * The schemas of `evs_environment_connector` (resource), `evs_environment_connector` (data) and
 * `evs_environment_connectors` (data). What EVS reports about a connector is declared once
 * (`REPORTED`) and shared by all three.
 */

/** The object type of one entry of `checks`. */
export const CHECK_TYPE = cty.object({ type: 'string', result: 'string', last_check_attempt: 'string', impaired_since: 'string' });

const CHECKS_DESCRIPTION =
  'Health checks EVS runs against the appliance: `type` (e.g. `VCENTER_REACHABILITY`), `result` (`PASSED`, `FAILED` or `UNKNOWN`), `last_check_attempt` and `impaired_since` (RFC 3339 times, null when not applicable).';
const STATE_DESCRIPTION = 'Lifecycle state: `CREATING`, `CREATE_FAILED`, `ACTIVE`, `UPDATING`, `UPDATE_FAILED`, `DELETING` or `DELETED`.';
const ENVIRONMENT_ID_DESCRIPTION = 'ID of the EVS environment, e.g. `env-0123456789`.';

/** Attributes EVS reports about a connector that are computed wherever a connector is shown. */
const REPORTED = {
  secret_arn: attribute.string({ computed: true, description: 'The Secrets Manager secret as EVS reports it (an ARN, or the name given).' }),
  state: attribute.string({ computed: true, description: STATE_DESCRIPTION }),
  state_details: attribute.string({ computed: true, description: 'Why the connector is in its state, when EVS says.' }),
  status: attribute.string({ computed: true, description: 'Overall health from the checks: `PASSED`, `FAILED` or `UNKNOWN`.' }),
  checks: attribute.list(CHECK_TYPE, { computed: true, description: CHECKS_DESCRIPTION }),
  created_at: attribute.string({ computed: true, description: 'When the connector was created (RFC 3339).' }),
  modified_at: attribute.string({ computed: true, description: 'When the connector last changed (RFC 3339).' }),
};

/** One connector as every schema shows it (the element type of `evs_environment_connectors.connectors`). */
export const CONNECTOR_OBJECT = cty.object({
  id: 'string',
  environment_id: 'string',
  connector_id: 'string',
  type: 'string',
  appliance_fqdn: 'string',
  secret_arn: REPORTED.secret_arn.type,
  state: REPORTED.state.type,
  state_details: REPORTED.state_details.type,
  status: REPORTED.status.type,
  checks: REPORTED.checks.type,
  created_at: REPORTED.created_at.type,
  modified_at: REPORTED.modified_at.type,
});

/** The typed form of one connector, as `flattenConnector` makes it. */
export type ConnectorView = ValueOf<typeof CONNECTOR_OBJECT>;

export const DEFAULT_TIMEOUTS = { create: '30m', update: '30m', delete: '30m' } as const;

export const connectorSchema = defineSchema({
  version: 1,
  description:
    'An Amazon EVS environment connector: the link from an EVS environment to one of its VCF appliances (vCenter, SDDC Manager or VCF Operations), authenticated with a Secrets Manager secret.\n\n' +
    'One connector of each type can exist per environment. Where EVS deployed VCF itself, the `SDDC_MANAGER` connector exists from the start: import it instead of creating it.',
  attributes: {
    id: attribute.string({
      computed: true,
      description: 'Identifier of the resource: `environment_id/connector_id`, e.g. `env-0123456789/cnctr-0123456789` (also the import id).',
      planModifiers: [useStateForUnknown()],
    }),
    environment_id: attribute.string({
      required: true,
      description: `${ENVIRONMENT_ID_DESCRIPTION} Changing it replaces the connector.`,
      validators: [constraint('environmentId')],
      planModifiers: [requiresReplace()],
    }),
    type: attribute.string({
      required: true,
      description: 'Kind of appliance: `VCENTER`, `SDDC_MANAGER` or `OPERATIONS_MANAGER`. Changing it replaces the connector.',
      validators: [oneOfEnum('ConnectorType')],
      planModifiers: [requiresReplace()],
    }),
    appliance_fqdn: attribute.string({
      required: true,
      description: 'Fully qualified domain name of the appliance, e.g. `vcenter.example.internal`. Updated in place.',
      validators: [constraint('applianceFqdn')],
    }),
    secret_identifier: attribute.string({
      required: true,
      description:
        'Name or ARN of the Secrets Manager secret holding the appliance credentials (`apiKey` for `SDDC_MANAGER`; `username` and `password` otherwise). Updated in place.',
      validators: [constraint('secretIdentifier')],
    }),
    wait_for_healthy: attribute.bool({
      optional: true,
      computed: true,
      default: false,
      localOnly: true,
      description:
        'Also wait, after creating or updating, until the connector\'s health `status` is `PASSED` (within the same timeout). Default `false`: wait only for `ACTIVE`. Changing it alone makes no API call.',
    }),
    connector_id: attribute.string({
      computed: true,
      description: 'ID of the connector, e.g. `cnctr-0123456789`.',
      planModifiers: [useStateForUnknown()],
    }),
    // What an in-place update (appliance_fqdn or secret_identifier) can alter: state, state_details
    // (the update passes through UPDATING and ends ACTIVE or UPDATE_FAILED, each with its own
    // details), status and checks (EVS checks the appliance again), modified_at. Those stay
    // "known after apply"; the rest keeps its prior value in the plan.
    ...REPORTED,
    secret_arn: {
      ...REPORTED.secret_arn,
      description: 'The secret as EVS reports it (an ARN, or the name given).',
      // Only a secret_identifier change alters it; an FQDN change leaves it as it is.
      planModifiers: [useStateUnlessChanged('secret_identifier')],
    },
    state_details: { ...REPORTED.state_details, description: 'Why the connector is in its state, when EVS says (e.g. a failure reason).' },
    // Set once, by the create: never altered in place.
    created_at: { ...REPORTED.created_at, planModifiers: [useStateForUnknown()] },
  },
  blocks: { timeouts: timeoutsBlock(DEFAULT_TIMEOUTS) },
});

/** Resource identity: the two ids that name a connector (the plugin host fills them from state). */
export const CONNECTOR_IDENTITY = {
  version: 0,
  attributes: [
    { name: 'environment_id', type: 'string', requiredForImport: true, description: 'ID of the EVS environment.' },
    { name: 'connector_id', type: 'string', requiredForImport: true, description: 'ID of the connector.' },
  ],
} as const satisfies Resource['identity'];

export const connectorDataSourceSchema = defineSchema({
  version: 0,
  description:
    'Reads one connector of an EVS environment, by `connector_id` or by `type` (set exactly one of the two).',
  attributes: {
    environment_id: attribute.string({
      required: true,
      description: ENVIRONMENT_ID_DESCRIPTION,
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
    appliance_fqdn: attribute.string({ computed: true, description: 'Fully qualified domain name of the appliance.' }),
    ...REPORTED,
  },
  validators: [exactlyOneOf('connector_id', 'type')],
});

export const connectorsDataSourceSchema = defineSchema({
  version: 0,
  description: 'Lists the connectors of an EVS environment, optionally only some types or states.',
  attributes: {
    environment_id: attribute.string({
      required: true,
      description: ENVIRONMENT_ID_DESCRIPTION,
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
        `${STATE_DESCRIPTION}`,
    }),
    ids: attribute.list('string', { computed: true, description: 'The connector ids of `connectors`, in the same order.' }),
  },
});

/** The `config` block of `list "evs_environment_connector"` (`terraform query`, Terraform 1.14+). */
export const connectorListSchema = defineSchema({
  version: 0,
  description:
    'Finds connectors to import with `terraform query`: those of one environment, or of every environment the credentials can list, optionally of one type. Each result carries the connector\'s identity (and, with `include_resource = true`, the whole resource).',
  attributes: {
    environment_id: attribute.string({
      optional: true,
      description: `${ENVIRONMENT_ID_DESCRIPTION} Default: every environment in state \`CREATED\` (only those have connectors to list).`,
      validators: [constraint('environmentId')],
    }),
    type: attribute.string({
      optional: true,
      description: 'Only connectors of this type: `VCENTER`, `SDDC_MANAGER` or `OPERATIONS_MANAGER`. Default: all.',
      validators: [oneOfEnum('ConnectorType')],
    }),
  },
});
