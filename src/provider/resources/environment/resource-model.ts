import type { CreateEnvironmentCommandInput, Environment, InitialVlans, VcfHostnames, VcfVersion, InstanceType } from '../../../evs';
import type { Model, Planned } from '../../framework/model';
import { flattenEnvironment } from './model';
import { INITIAL_VLANS, VCF_HOSTNAMES, type environmentSchema } from './resource-schema';

export type EnvironmentResourceModel = Model<typeof environmentSchema>;
export type PlannedEnvironment = Planned<typeof environmentSchema>;

/** The CreateEnvironment request of a plan (tags: `tags_all`, the merge with default_tags). */
export function createRequest(p: PlannedEnvironment, clientToken: string): CreateEnvironmentCommandInput {
  const v = p.initial_vlans!;
  const initialVlans = Object.fromEntries(Object.entries(INITIAL_VLANS).map(([k, member]) => [member, { cidr: (v[k as keyof typeof INITIAL_VLANS] as { cidr: string | null } | null)?.cidr ?? undefined }])) as unknown as InitialVlans;
  if (v.is_hcx_public !== null) initialVlans.isHcxPublic = v.is_hcx_public;
  if (v.hcx_network_acl_id !== null) initialVlans.hcxNetworkAclId = v.hcx_network_acl_id;
  const tags = p.tags_all ?? {};
  const hostnames = p.vcf_hostnames;
  return {
    clientToken,
    vpcId: p.vpc_id,
    serviceAccessSubnetId: p.service_access_subnet_id,
    vcfVersion: p.vcf_version as VcfVersion,
    termsAccepted: p.terms_accepted,
    initialVlans,
    ...(p.environment_name !== null && { environmentName: p.environment_name }),
    ...(p.kms_key_id !== null && { kmsKeyId: p.kms_key_id }),
    ...(p.site_id !== null && { siteId: p.site_id }),
    ...(Object.keys(tags).length > 0 && { tags }),
    ...(p.service_access_security_groups && { serviceAccessSecurityGroups: { securityGroups: p.service_access_security_groups.security_groups ?? [] } }),
    ...(p.connectivity_info && { connectivityInfo: { privateRouteServerPeerings: p.connectivity_info.private_route_server_peerings ?? [] } }),
    ...(p.license_info && p.license_info.length > 0 && { licenseInfo: p.license_info.map((l) => ({ solutionKey: l.solution_key ?? undefined, vsanKey: l.vsan_key ?? undefined })) }),
    ...(p.hosts && p.hosts.length > 0 && {
      hosts: p.hosts.map((h) => ({
        hostName: h.host_name ?? undefined,
        keyName: h.key_name ?? undefined,
        instanceType: (h.instance_type ?? undefined) as InstanceType | undefined,
        ...(h.placement_group_id !== null && { placementGroupId: h.placement_group_id }),
        ...(h.dedicated_host_id !== null && { dedicatedHostId: h.dedicated_host_id }),
      })),
    }),
    ...(hostnames && {
      vcfHostnames: Object.fromEntries(Object.entries(VCF_HOSTNAMES).map(([k, member]) => [member, hostnames[k as keyof typeof VCF_HOSTNAMES] ?? undefined])) as unknown as VcfHostnames,
    }),
  };
}

/**
 * The resource's state from GetEnvironment over `base` (the plan, or the prior state). What EVS
 * does not report (initial VLANs, the initial hosts, tags, timeouts) comes from `base`. An optional
 * argument the configuration left out stays out, so a value EVS fills in (e.g. the default
 * security group) is not a change that would replace the environment; after an import (`base`
 * knows no VPC yet) everything EVS reports is taken.
 */
export function stateFromEnvironment(e: Environment, base: EnvironmentResourceModel): EnvironmentResourceModel {
  const f = flattenEnvironment(e);
  const importing = base.vpc_id === null;
  const unlessLeftOut = <T>(baseValue: T | null, reportedValue: T | null): T | null => (importing || baseValue !== null ? (reportedValue ?? baseValue) : null);
  const licences = f.license_info && f.license_info.length > 0 ? f.license_info : null;
  return {
    ...base,
    id: f.environment_id ?? base.id,
    environment_id: f.environment_id ?? base.environment_id,
    environment_name: f.environment_name ?? base.environment_name,
    vpc_id: f.vpc_id ?? base.vpc_id,
    service_access_subnet_id: f.service_access_subnet_id ?? base.service_access_subnet_id,
    vcf_version: f.vcf_version ?? base.vcf_version,
    terms_accepted: f.terms_accepted ?? base.terms_accepted,
    kms_key_id: f.kms_key_id ?? base.kms_key_id,
    site_id: unlessLeftOut(base.site_id, f.site_id),
    license_info: importing || (base.license_info ?? []).length > 0 ? (licences ?? base.license_info ?? []) : [],
    connectivity_info: unlessLeftOut(base.connectivity_info, f.connectivity_info),
    vcf_hostnames: unlessLeftOut(base.vcf_hostnames, f.vcf_hostnames),
    service_access_security_groups: unlessLeftOut(base.service_access_security_groups, f.service_access_security_groups),
    arn: f.arn,
    state: f.state,
    state_details: f.state_details,
    status: f.status,
    checks: f.checks,
    credentials: f.credentials,
    created_at: f.created_at,
    modified_at: f.modified_at,
  };
}
