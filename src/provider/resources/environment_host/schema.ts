import { requiresReplace, useStateForUnknown } from '../../framework/modifiers';
import { attr } from '../../framework/path';
import type { Resource } from '../../framework/resource';
import { attribute, cty, defineSchema, type AttributeDef } from '../../framework/schema';
import { timeoutsBlock } from '../../framework/timeouts';
import { constraint } from '../../framework/validators';
import { HOST_ARGUMENTS } from '../environment/resource-schema';

export const DEFAULT_TIMEOUTS = { create: '3h', delete: '2h' } as const;

const REPLACES = ' Changing it replaces the host.';
const RR = [requiresReplace()];
const KEEP = [useStateForUnknown()];
const replacing = <A extends AttributeDef>(a: A): A => ({ ...a, description: `${a.description}${REPLACES}`, planModifiers: RR });

/** What EVS reports about a host: shared by the resource and `data "evs_environment_hosts"`. */
export const HOST_REPORTED = {
  ip_address: attribute.string({ computed: true, description: 'IP address of the host in the VMkernel management subnet.', planModifiers: KEEP }),
  ec2_instance_id: attribute.string({ computed: true, description: 'The EC2 instance of the host.', planModifiers: KEEP }),
  network_interface_ids: attribute.list('string', { computed: true, description: 'The two network interfaces of the host (active and standby) in the VMkernel management subnet.', planModifiers: KEEP }),
  state: attribute.string({ computed: true, description: 'Lifecycle state: `CREATING`, `CREATED`, `UPDATING`, `DELETING`, `DELETED`, `CREATE_FAILED` or `UPDATE_FAILED`.', planModifiers: KEEP }),
  state_details: attribute.string({ computed: true, description: 'Why the host is in its state, when EVS says.', planModifiers: KEEP }),
  created_at: attribute.string({ computed: true, description: 'When the host was created (RFC 3339).', planModifiers: KEEP }),
  modified_at: attribute.string({ computed: true, description: 'When the host last changed (RFC 3339).', planModifiers: KEEP }),
};

/** One host as `data "evs_environment_hosts"` lists it. */
export const HOST_OBJECT = cty.object({
  host_name: 'string',
  key_name: 'string',
  instance_type: 'string',
  placement_group_id: 'string',
  dedicated_host_id: 'string',
  ip_address: 'string',
  ec2_instance_id: 'string',
  network_interface_ids: cty.list('string'),
  state: 'string',
  state_details: 'string',
  created_at: 'string',
  modified_at: 'string',
});

export const hostSchema = defineSchema({
  version: 0,
  description:
    'An ESX host added to a deployed EVS environment (CreateEnvironmentHost), beyond the four the environment was created with: an environment holds 4 to 32 hosts.\n\n' +
    'The four initial hosts are the `hosts` blocks of `evs_environment` and belong to it: never declare them here as well (creating a host whose name exists is refused). ' +
    'Before destroying a host, unassign and decommission it in SDDC Manager; EVS does not check this, and a host removed while in use risks VM availability and data.',
  attributes: {
    id: attribute.string({ computed: true, description: 'Identifier of the resource: `environment_id/host_name` (also the import id).', planModifiers: KEEP }),
    environment_id: attribute.string({ required: true, description: `ID of the EVS environment, e.g. \`env-0123456789\`; it must be CREATED.${REPLACES}`, validators: [constraint('environmentId')], planModifiers: RR }),
    host_name: replacing(HOST_ARGUMENTS.host_name),
    key_name: replacing(HOST_ARGUMENTS.key_name),
    instance_type: replacing(HOST_ARGUMENTS.instance_type),
    placement_group_id: replacing(HOST_ARGUMENTS.placement_group_id),
    dedicated_host_id: replacing(HOST_ARGUMENTS.dedicated_host_id),
    esx_version: attribute.string({
      optional: true,
      description: `ESX version to install, as \`data "evs_versions"\` lists them. Default: the VCF version's default. EVS does not report it back, so the configured value is kept.${REPLACES}`,
      validators: [constraint('esxVersion')],
      planModifiers: RR,
    }),
    ...HOST_REPORTED,
  },
  blocks: { timeouts: timeoutsBlock(DEFAULT_TIMEOUTS) },
  validators: [
    (config, diags) => {
      const pg = config['placement_group_id'];
      if (typeof pg === 'string' && typeof config['dedicated_host_id'] === 'string') {
        diags.error('placement_group_id with dedicated_host_id', 'A host goes on a placement group or on a dedicated host, not both: remove one of the two.', attr('dedicated_host_id'));
      }
    },
  ],
});

export const HOST_IDENTITY = {
  version: 0,
  attributes: [
    { name: 'environment_id', type: 'string', requiredForImport: true, description: 'ID of the EVS environment.' },
    { name: 'host_name', type: 'string', requiredForImport: true, description: 'Host name of the ESX host.' },
  ],
} as const satisfies Resource['identity'];

export const hostsDataSourceSchema = defineSchema({
  version: 0,
  description: 'Lists the ESX hosts of an Amazon EVS environment (ListEnvironmentHosts): the initial four and any added since.',
  attributes: {
    environment_id: attribute.string({ required: true, description: 'ID of the EVS environment, e.g. `env-0123456789`.', validators: [constraint('environmentId')] }),
    hosts: attribute.list(HOST_OBJECT, {
      computed: true,
      description:
        'Every host EVS lists, ordered by host name: `host_name`, `key_name`, `instance_type`, `placement_group_id`, `dedicated_host_id`, `ip_address`, `ec2_instance_id`, `network_interface_ids`, ' +
        '`state` (`CREATING`, `CREATED`, `UPDATING`, `DELETING`, `DELETED`, `CREATE_FAILED` or `UPDATE_FAILED`), `state_details`, `created_at` and `modified_at` (RFC 3339).',
    }),
    host_names: attribute.list('string', { computed: true, description: 'The names of the hosts that are `CREATED`, ordered by name.' }),
  },
});

/** The `config` block of `list "evs_environment_host"` (`terraform query`, Terraform 1.14+). */
export const hostListSchema = defineSchema({
  version: 0,
  description:
    'Finds hosts to import with `terraform query`: those of one environment, or of every environment the credentials can list. ' +
    'EVS does not mark the four initial hosts, so they are listed too: they belong to the environment\'s `evs_environment` resource (its `hosts`), so leave them out of the resources you import. ' +
    'Each result carries the host\'s identity (and, with `include_resource = true`, the whole resource).',
  attributes: {
    environment_id: attribute.string({
      optional: true,
      description: 'ID of the EVS environment, e.g. `env-0123456789`. Default: every environment not `DELETED`.',
      validators: [constraint('environmentId')],
    }),
  },
});
