import type { Environment, EnvironmentSummary } from '../../../evs';
import type { Model } from '../../framework/model';
import { rfc3339 } from '../shared/time';
import type { environmentDataSourceSchema, EnvironmentSummaryView } from './schema';

export type EnvironmentModel = Model<typeof environmentDataSourceSchema>;

export function flattenEnvironmentSummary(e: EnvironmentSummary): EnvironmentSummaryView {
  return {
    environment_id: e.environmentId ?? null,
    environment_name: e.environmentName ?? null,
    arn: e.environmentArn ?? null,
    state: e.environmentState ?? null,
    status: e.environmentStatus ?? null,
    vcf_version: e.vcfVersion ?? null,
    created_at: rfc3339(e.createdAt),
    modified_at: rfc3339(e.modifiedAt),
  };
}

/** Everything GetEnvironment reports, in state form; absent nested objects are null. */
export function flattenEnvironment(e: Environment): EnvironmentModel {
  const h = e.vcfHostnames;
  return {
    ...flattenEnvironmentSummary(e),
    state_details: e.stateDetails ?? null,
    vpc_id: e.vpcId ?? null,
    service_access_subnet_id: e.serviceAccessSubnetId ?? null,
    terms_accepted: e.termsAccepted ?? null,
    site_id: e.siteId ?? null,
    kms_key_id: e.kmsKeyId ?? null,
    license_info: (e.licenseInfo ?? []).map((l) => ({ solution_key: l.solutionKey ?? null, vsan_key: l.vsanKey ?? null })),
    connectivity_info: e.connectivityInfo ? { private_route_server_peerings: e.connectivityInfo.privateRouteServerPeerings ?? [] } : null,
    vcf_hostnames: h
      ? {
          vcenter: h.vCenter ?? null,
          nsx: h.nsx ?? null,
          nsx_manager1: h.nsxManager1 ?? null,
          nsx_manager2: h.nsxManager2 ?? null,
          nsx_manager3: h.nsxManager3 ?? null,
          nsx_edge1: h.nsxEdge1 ?? null,
          nsx_edge2: h.nsxEdge2 ?? null,
          sddc_manager: h.sddcManager ?? null,
          cloud_builder: h.cloudBuilder ?? null,
        }
      : null,
    service_access_security_groups: e.serviceAccessSecurityGroups
      ? { security_groups: e.serviceAccessSecurityGroups.securityGroups ?? [] }
      : null,
    checks: (e.checks ?? []).map((c) => ({ type: c.type ?? null, id: c.id ?? null, result: c.result ?? null, impaired_since: rfc3339(c.impairedSince) })),
    credentials: (e.credentials ?? []).map((s) => ({ secret_arn: s.secretArn ?? null })),
  };
}
