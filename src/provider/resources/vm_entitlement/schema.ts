import { LIST_CONSTRAINTS } from '../../../evs/constraints';
import type { ValueOf } from '../../framework/model';
import { requiresReplace, useStateForUnknown } from '../../framework/modifiers';
import type { Resource } from '../../framework/resource';
import { attribute, cty, defineSchema } from '../../framework/schema';
import { timeoutsBlock } from '../../framework/timeouts';
import { constraint, eachElement, itemCount, oneOfEnum } from '../../framework/validators';

/**
 * The schemas of `evs_vm_entitlement` (resource) and `evs_vm_entitlements` (data). One VM's
 * entitlement as EVS reports it is declared once (`VM_OBJECT`) and shared by both.
 */

export const DEFAULT_ENTITLEMENT_TYPE = 'WINDOWS_SERVER';
export const DEFAULT_TIMEOUTS = { create: '30m', update: '30m', delete: '30m' } as const;

const STATUS_DESCRIPTION =
  '`CREATING` (EVS validates the VM), `CREATED` (usage tracked), `AT_RISK`, `ENTITLEMENT_REMOVED`, `DELETED` or `CREATE_FAILED`';

/** One VM's entitlement (the element type of `vms`). */
export const VM_OBJECT = cty.object({
  vm_id: 'string',
  vm_name: 'string',
  status: 'string',
  started_at: 'string',
  last_synced_at: 'string',
  stopped_at: 'string',
  error_code: 'string',
  error_message: 'string',
});
export type VmView = ValueOf<typeof VM_OBJECT>;

const VMS_FIELDS =
  '`vm_id`, `vm_name`, `status` (' +
  STATUS_DESCRIPTION +
  '), `started_at`, `last_synced_at` and `stopped_at` (RFC 3339, null when not applicable), `error_code` and `error_message` (why it failed or is at risk, when EVS says)';

const ENVIRONMENT_ID = attribute.string({
  required: true,
  description: 'ID of the EVS environment, e.g. `env-0123456789`.',
  validators: [constraint('environmentId')],
});
const CONNECTOR_ID = attribute.string({
  required: true,
  description: 'ID of the environment\'s `VCENTER` connector the VMs are seen through, e.g. `evs_environment_connector.vcenter.connector_id`.',
  validators: [constraint('connectorId')],
});
const ENTITLEMENT_TYPE = attribute.string({
  optional: true,
  computed: true,
  description: `Kind of licence: \`${DEFAULT_ENTITLEMENT_TYPE}\` (the only one EVS has). Default \`${DEFAULT_ENTITLEMENT_TYPE}\`.`,
  validators: [oneOfEnum('EntitlementType')],
});

export const entitlementSchema = defineSchema({
  version: 0,
  description:
    'Windows Server licence entitlements for VMs of an Amazon EVS environment, through its `VCENTER` connector: EVS tracks the licence usage of each VM in `vm_ids`.\n\n' +
    'Adding or removing VM ids updates the entitlements in place; EVS validates each new VM (status `CREATING`) and the apply waits for it. ' +
    'A VM whose entitlement EVS reports `DELETED` or `ENTITLEMENT_REMOVED` is planned for re-entitlement; one `AT_RISK` is reported as a warning.',
  attributes: {
    id: attribute.string({
      computed: true,
      description: 'Identifier of the resource: `environment_id/connector_id/entitlement_type`, e.g. `env-0123456789/cnctr-0123456789/WINDOWS_SERVER` (also the import id).',
      planModifiers: [useStateForUnknown()],
    }),
    environment_id: { ...ENVIRONMENT_ID, description: `${ENVIRONMENT_ID.description} Changing it replaces the entitlements.`, planModifiers: [requiresReplace()] },
    connector_id: { ...CONNECTOR_ID, description: `${CONNECTOR_ID.description} Changing it replaces the entitlements.`, planModifiers: [requiresReplace()] },
    entitlement_type: {
      ...ENTITLEMENT_TYPE,
      default: DEFAULT_ENTITLEMENT_TYPE,
      description: `${ENTITLEMENT_TYPE.description} Changing it replaces the entitlements.`,
      planModifiers: [requiresReplace()],
    },
    vm_ids: attribute.set('string', {
      required: true,
      description: `vSphere managed object ids of the VMs to entitle, e.g. \`vm-1001\` (at least ${LIST_CONSTRAINTS.vmIds.min}; EVS takes ${LIST_CONSTRAINTS.vmIds.max} per request, so larger sets are sent in batches). Added or removed in place.`,
      validators: [itemCount(LIST_CONSTRAINTS.vmIds.min), eachElement(constraint('vmId'), 'set')],
    }),
    vms: attribute.list(VM_OBJECT, {
      computed: true,
      description: `One entry per VM of \`vm_ids\`, ordered by VM id, as EVS reports its entitlement: ${VMS_FIELDS}.`,
    }),
  },
  blocks: { timeouts: timeoutsBlock(DEFAULT_TIMEOUTS) },
});

/** Resource identity: what names the entitlements of one connector and type. */
export const ENTITLEMENT_IDENTITY = {
  version: 0,
  attributes: [
    { name: 'environment_id', type: 'string', requiredForImport: true, description: 'ID of the EVS environment.' },
    { name: 'connector_id', type: 'string', requiredForImport: true, description: 'ID of the VCENTER connector.' },
    { name: 'entitlement_type', type: 'string', requiredForImport: true, description: 'Kind of licence, e.g. WINDOWS_SERVER.' },
  ],
} as const satisfies Resource['identity'];

export const entitlementsDataSourceSchema = defineSchema({
  version: 0,
  description: 'Lists the VM entitlements of an EVS environment\'s `VCENTER` connector: one entry per VM EVS reports, whatever its status.',
  attributes: {
    environment_id: ENVIRONMENT_ID,
    connector_id: CONNECTOR_ID,
    entitlement_type: ENTITLEMENT_TYPE,
    vms: attribute.list(VM_OBJECT, {
      computed: true,
      description: `Every VM EVS lists for this connector and type, ordered by VM id: ${VMS_FIELDS}.`,
    }),
    entitled_vm_ids: attribute.list('string', {
      computed: true,
      description: 'The VMs whose licence usage EVS tracks or is validating (status `CREATING`, `CREATED` or `AT_RISK`), ordered by VM id.',
    }),
  },
});

/** The `config` block of `list "evs_vm_entitlement"` (`terraform query`, Terraform 1.14+). */
export const entitlementListSchema = defineSchema({
  version: 0,
  description:
    'Finds VM entitlements to import with `terraform query`: one result per `VCENTER` connector and entitlement type that entitles at least one VM, in one environment or in every environment in state `CREATED`. ' +
    'Each result carries the identity (and, with `include_resource = true`, the whole resource: `vm_ids` holds every VM entitled, as an import takes them).',
  attributes: {
    environment_id: attribute.string({
      optional: true,
      description: 'ID of the EVS environment, e.g. `env-0123456789`. Default: every environment in state `CREATED`.',
      validators: [constraint('environmentId')],
    }),
  },
});
