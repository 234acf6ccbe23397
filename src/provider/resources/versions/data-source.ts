import { DATA_VERSIONS } from '../../../names';
import { evsSdk } from '../../evs-sdk';
import { defineDataSource, type DataSource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { versionsDataSourceSchema } from './schema';

/** `data "evs_versions"`: GetVersions, as lists. */
export function versionsDataSource(ctx: ProviderContext): DataSource {
  return defineDataSource({
    typeName: DATA_VERSIONS,
    schema: versionsDataSourceSchema,
    async read(_config, diags) {
      try {
        const out = await ctx.client().send(new (evsSdk().GetVersionsCommand)({}), { abortSignal: ctx.signal });
        const vcf = out.vcfVersions ?? [];
        return {
          vcf_versions: vcf.map((v) => ({
            vcf_version: v.vcfVersion ?? null,
            status: v.status ?? null,
            default_esx_version: v.defaultEsxVersion ?? null,
            instance_types: [...(v.instanceTypes ?? [])],
          })),
          instance_type_esx_versions: (out.instanceTypeEsxVersions ?? []).map((t) => ({ instance_type: t.instanceType ?? null, esx_versions: [...(t.esxVersions ?? [])] })),
          available_vcf_versions: vcf.filter((v) => v.status === 'AVAILABLE' && v.vcfVersion).map((v) => v.vcfVersion!),
        };
      } catch (err) {
        diags.error('Reading the EVS versions failed', explain(err));
        return null;
      }
    },
  });
}
