import { requiresReplace, useStateForUnknown } from '../../framework/modifiers';
import type { Resource } from '../../framework/resource';
import { attribute, cty, defineSchema } from '../../framework/schema';
import { timeoutsBlock } from '../../framework/timeouts';
import { constraint } from '../../framework/validators';

export const DEFAULT_TIMEOUTS = { create: '10m', delete: '10m' } as const;
/** The one VLAN EVS associates Elastic IPs with: the public HCX VLAN. */
export const HCX_VLAN = 'hcx';

const REPLACES = ' Changing it replaces the association.';
const RR = [requiresReplace()];
const KEEP = [useStateForUnknown()];

const ENVIRONMENT_ID = attribute.string({ required: true, description: 'ID of the EVS environment, e.g. `env-0123456789`.', validators: [constraint('environmentId')] });

/** One Elastic IP association of a VLAN, as `data "evs_environment_vlans"` lists it. */
export const EIP_ASSOCIATION_OBJECT = cty.object({ association_id: 'string', allocation_id: 'string', ip_address: 'string' });

/** One VLAN as `data "evs_environment_vlans"` lists it. */
export const VLAN_OBJECT = cty.object({
  vlan_name: 'string',
  vlan_id: 'number',
  cidr: 'string',
  availability_zone: 'string',
  subnet_id: 'string',
  state: 'string',
  state_details: 'string',
  is_public: 'bool',
  network_acl_id: 'string',
  eip_associations: cty.list(EIP_ASSOCIATION_OBJECT),
  created_at: 'string',
  modified_at: 'string',
});

export const associationSchema = defineSchema({
  version: 0,
  description:
    'An Elastic IP associated with the public HCX VLAN of an Amazon EVS environment (AssociateEipToVlan), for HCX internet access. ' +
    'The environment must have been created with a public HCX VLAN (`initial_vlans.is_hcx_public = true`); HCX needs at least two Elastic IPs, one resource each. ' +
    'Destroying the resource disassociates the Elastic IP (DisassociateEipFromVlan); the Elastic IP itself stays allocated.',
  attributes: {
    id: attribute.string({ computed: true, description: 'Identifier of the resource: `environment_id/vlan_name/allocation_id` (also the import id).', planModifiers: KEEP }),
    environment_id: { ...ENVIRONMENT_ID, description: `${ENVIRONMENT_ID.description} It must be CREATED.${REPLACES}`, planModifiers: RR },
    vlan_name: attribute.string({
      optional: true,
      computed: true,
      default: HCX_VLAN,
      description: `Name of the VLAN: \`${HCX_VLAN}\`, the public HCX VLAN (the only one EVS takes Elastic IPs on). Default \`${HCX_VLAN}\`.${REPLACES}`,
      validators: [constraint('vlanName')],
      planModifiers: RR,
    }),
    allocation_id: attribute.string({
      required: true,
      description: `Allocation ID of the Elastic IP, e.g. \`aws_eip.hcx.allocation_id\` (\`eipalloc-…\`).${REPLACES}`,
      validators: [constraint('allocationId')],
      planModifiers: RR,
    }),
    association_id: attribute.string({ computed: true, description: 'ID of the association EVS made (`eipassoc-…`).', planModifiers: KEEP }),
    ip_address: attribute.string({ computed: true, description: 'The Elastic IP address.', planModifiers: KEEP }),
  },
  blocks: { timeouts: timeoutsBlock(DEFAULT_TIMEOUTS) },
});

export const ASSOCIATION_IDENTITY = {
  version: 0,
  attributes: [
    { name: 'environment_id', type: 'string', requiredForImport: true, description: 'ID of the EVS environment.' },
    { name: 'vlan_name', type: 'string', requiredForImport: true, description: 'Name of the VLAN, hcx.' },
    { name: 'allocation_id', type: 'string', requiredForImport: true, description: 'Allocation ID of the Elastic IP.' },
  ],
} as const satisfies Resource['identity'];

export const vlansDataSourceSchema = defineSchema({
  version: 0,
  description: 'Lists the VLAN subnets of an Amazon EVS environment (ListEnvironmentVlans), with the Elastic IPs associated with each.',
  attributes: {
    environment_id: ENVIRONMENT_ID,
    vlans: attribute.list(VLAN_OBJECT, {
      computed: true,
      description:
        'Every VLAN EVS lists, ordered by VLAN id: `vlan_name` (what EVS calls its function, e.g. `hcx`; the name `evs_vlan_eip_association` takes), `vlan_id`, `cidr`, `availability_zone`, `subnet_id`, ' +
        '`state` (`CREATING`, `CREATED`, `DELETING`, `DELETED` or `CREATE_FAILED`), `state_details`, `is_public`, `network_acl_id`, `eip_associations` (`association_id`, `allocation_id`, `ip_address`), `created_at` and `modified_at` (RFC 3339).',
    }),
  },
});

/** The `config` block of `list "evs_vlan_eip_association"` (`terraform query`, Terraform 1.14+). */
export const associationListSchema = defineSchema({
  version: 0,
  description:
    'Finds Elastic IP associations to import with `terraform query`: those of one environment, or of every environment in state `CREATED`. ' +
    'Each result carries the association\'s identity (and, with `include_resource = true`, the whole resource).',
  attributes: {
    environment_id: attribute.string({
      optional: true,
      description: 'ID of the EVS environment, e.g. `env-0123456789`. Default: every environment in state `CREATED` (only those have VLANs with Elastic IPs).',
      validators: [constraint('environmentId')],
    }),
  },
});
