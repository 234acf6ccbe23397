import { attribute, cty, defineSchema } from '../../framework/schema';

const VCF_VERSION_OBJECT = cty.object({ vcf_version: 'string', status: 'string', default_esx_version: 'string', instance_types: cty.list('string') });
const INSTANCE_TYPE_OBJECT = cty.object({ instance_type: 'string', esx_versions: cty.list('string') });

export const versionsDataSourceSchema = defineSchema({
  version: 0,
  description: 'What Amazon EVS offers in the provider\'s Region (GetVersions): the VCF versions with their default ESX version and instance types, and the ESX versions of each instance type.',
  attributes: {
    vcf_versions: attribute.list(VCF_VERSION_OBJECT, {
      computed: true,
      description: 'One entry per VCF version, in EVS\'s order: `vcf_version` (e.g. `VCF-5.2.1`, the value `evs_environment.vcf_version` takes), `status` (e.g. `AVAILABLE` or `RESTRICTED`), `default_esx_version` and `instance_types`.',
    }),
    instance_type_esx_versions: attribute.list(INSTANCE_TYPE_OBJECT, {
      computed: true,
      description: 'One entry per instance type, in EVS\'s order: `instance_type` (e.g. `i4i.metal`) and the `esx_versions` a host of that type can run (the values `esx_version` takes).',
    }),
    available_vcf_versions: attribute.list('string', { computed: true, description: 'The VCF versions whose status is `AVAILABLE`, in EVS\'s order.' }),
  },
});
