import type { ValueOf } from '../../framework/model';
import { attribute, cty, defineSchema } from '../../framework/schema';
import { constraint, eachElement, exactlyOneOf, oneOfEnum } from '../../framework/validators';

/**
 * The schemas of `evs_environment` (everything GetEnvironment returns) and `evs_environments`
 * (the ListEnvironments summaries). Nested objects keep the model's structure, in snake_case.
 */

const STATE_DESCRIPTION = 'Lifecycle state: `CREATING`, `CREATED`, `DELETING`, `DELETED` or `CREATE_FAILED`.';
const STATUS_DESCRIPTION = 'Overall health from the checks: `PASSED`, `FAILED` or `UNKNOWN`.';

/** What a summary and a full environment both report. */
const SUMMARY = {
  arn: attribute.string({ computed: true, description: 'ARN of the environment.' }),
  state: attribute.string({ computed: true, description: STATE_DESCRIPTION }),
  status: attribute.string({ computed: true, description: STATUS_DESCRIPTION }),
  vcf_version: attribute.string({ computed: true, description: 'VCF version: `VCF-5.2.1`, `VCF-5.2.2` or `SELF_DEPLOYED` (the service may report newer ones).' }),
  created_at: attribute.string({ computed: true, description: 'When the environment was created (RFC 3339).' }),
  modified_at: attribute.string({ computed: true, description: 'When the environment last changed (RFC 3339).' }),
};

export const ENVIRONMENT_SUMMARY = cty.object({
  environment_id: 'string',
  environment_name: 'string',
  arn: 'string',
  state: 'string',
  status: 'string',
  vcf_version: 'string',
  created_at: 'string',
  modified_at: 'string',
});
export type EnvironmentSummaryView = ValueOf<typeof ENVIRONMENT_SUMMARY>;

const LICENSE = cty.object({ solution_key: 'string', vsan_key: 'string' });
const CONNECTIVITY = cty.object({ private_route_server_peerings: cty.list('string') });
const HOSTNAMES = cty.object({
  vcenter: 'string',
  nsx: 'string',
  nsx_manager1: 'string',
  nsx_manager2: 'string',
  nsx_manager3: 'string',
  nsx_edge1: 'string',
  nsx_edge2: 'string',
  sddc_manager: 'string',
  cloud_builder: 'string',
});
const SECURITY_GROUPS = cty.object({ security_groups: cty.list('string') });
const CHECK = cty.object({ type: 'string', id: 'string', result: 'string', impaired_since: 'string' });
const SECRET = cty.object({ secret_arn: 'string' });

export const environmentDataSourceSchema = defineSchema({
  version: 0,
  description: 'Reads one EVS environment, by `environment_id` or by `environment_name` (set exactly one of the two): everything GetEnvironment returns.',
  attributes: {
    environment_id: attribute.string({
      optional: true,
      computed: true,
      description: 'ID of the environment, e.g. `env-0123456789`. Set this or `environment_name`.',
      validators: [constraint('environmentId')],
    }),
    environment_name: attribute.string({
      optional: true,
      computed: true,
      description: 'Name of the environment (unique per account and Region). Set this or `environment_id`; none or several matching is an error.',
      validators: [constraint('environmentName')],
    }),
    ...SUMMARY,
    state_details: attribute.string({ computed: true, description: 'Why the environment is in its state, when EVS says.' }),
    vpc_id: attribute.string({ computed: true, description: 'The VPC the environment is in.' }),
    service_access_subnet_id: attribute.string({ computed: true, description: 'The subnet EVS uses for its control-plane link (connectors, DNS checks).' }),
    terms_accepted: attribute.bool({ computed: true, description: 'Whether the licence terms were accepted at creation.' }),
    site_id: attribute.string({ computed: true, description: 'Broadcom Site ID, when given.' }),
    kms_key_id: attribute.string({ computed: true, description: 'The KMS key that encrypts the VCF credential secrets EVS made.' }),
    license_info: attribute.list(LICENSE, {
      computed: true,
      sensitive: true,
      description: 'VCF licence keys: `solution_key` and `vsan_key` (sensitive).',
    }),
    connectivity_info: { type: CONNECTIVITY, computed: true, description: 'Connectivity: `private_route_server_peerings`, the route server peer ids of the NSX uplink.' },
    vcf_hostnames: { type: HOSTNAMES, computed: true, description: 'Host names of the VCF appliances (vCenter, NSX, NSX managers and edges, SDDC Manager, Cloud Builder).' },
    service_access_security_groups: {
      type: SECURITY_GROUPS,
      computed: true,
      description: 'Security groups of the service access subnet\'s network interfaces: `security_groups`, a list of ids.',
    },
    checks: attribute.list(CHECK, { computed: true, description: 'Environment checks: `type` (e.g. `KEY_COVERAGE`), `id`, `result` (`PASSED`, `FAILED` or `UNKNOWN`) and `impaired_since` (RFC 3339).' }),
    credentials: attribute.list(SECRET, { computed: true, description: 'The Secrets Manager secrets EVS made with the VCF install credentials: `secret_arn` of each.' }),
  },
  validators: [exactlyOneOf('environment_id', 'environment_name')],
});

export const environmentsDataSourceSchema = defineSchema({
  version: 0,
  description: 'Lists the EVS environments of the account and Region, optionally only those in some states.',
  attributes: {
    states: attribute.set('string', {
      optional: true,
      description: `Only environments in these states. ${STATE_DESCRIPTION} Default: all.`,
      validators: [eachElement(oneOfEnum('EnvironmentState'), 'set')],
    }),
    environments: attribute.list(ENVIRONMENT_SUMMARY, {
      computed: true,
      description:
        'The matching environments, ordered by environment id (code-point order), each with `environment_id`, `environment_name`, `arn`, `state`, `status`, `vcf_version`, `created_at` and `modified_at`.',
    }),
    ids: attribute.list('string', { computed: true, description: 'The environment ids of `environments`, in the same order.' }),
  },
});

/** The `config` block of `list "evs_environment"` (`terraform query`, Terraform 1.14+). */
export const environmentListSchema = defineSchema({
  version: 0,
  description:
    'Finds environments to import with `terraform query`: every environment of the account and Region, optionally only those in some states. Each result carries the environment\'s identity (and, with `include_resource = true`, the whole resource, read as an import reads it).',
  attributes: {
    states: attribute.set('string', {
      optional: true,
      description: `Only environments in these states (EVS filters them). ${STATE_DESCRIPTION} Default: every state but \`DELETED\`.`,
      validators: [eachElement(oneOfEnum('EnvironmentState'), 'set')],
    }),
  },
});
