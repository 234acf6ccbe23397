/**
 * Descriptions of the fields of object-typed attributes, which a schema cannot carry (only nested
 * attributes, `nested_type`, have per-field descriptions; the docs use those when the provider
 * reports them). Keyed by the attribute's name wherever it occurs. The docs test fails when a field
 * of any schema has no description here.
 */
const CHECK = {
  type: 'What EVS checks, e.g. `VCENTER_REACHABILITY` or `SDDC_MANAGER_HOST_COUNT`.',
  id: 'ID of the check (environment checks only).',
  result: '`PASSED`, `FAILED` or `UNKNOWN`.',
  last_check_attempt: 'When EVS last ran the check (RFC 3339); null before the first run.',
  impaired_since: 'Since when the check has been failing (RFC 3339); null while it passes.',
};

const CONNECTOR = {
  id: '`environment_id/connector_id`, the id the resource uses.',
  environment_id: 'ID of the EVS environment.',
  connector_id: 'ID of the connector, e.g. `cnctr-0123456789`.',
  type: '`VCENTER`, `SDDC_MANAGER` or `OPERATIONS_MANAGER`.',
  appliance_fqdn: 'Fully qualified domain name of the appliance.',
  secret_arn: 'The Secrets Manager secret as EVS reports it (an ARN, or the name given).',
  state: 'Lifecycle state, e.g. `ACTIVE`.',
  state_details: 'Why the connector is in its state, when EVS says.',
  status: 'Overall health from the checks: `PASSED`, `FAILED` or `UNKNOWN`.',
  checks: 'Health checks, each with `type`, `result`, `last_check_attempt` and `impaired_since`.',
  created_at: 'When the connector was created (RFC 3339).',
  modified_at: 'When the connector last changed (RFC 3339).',
};

const ENVIRONMENT = {
  environment_id: 'ID of the environment, e.g. `env-0123456789`.',
  environment_name: 'Name of the environment.',
  arn: 'ARN of the environment.',
  state: 'Lifecycle state, e.g. `CREATED`.',
  status: 'Overall health from the checks: `PASSED`, `FAILED` or `UNKNOWN`.',
  vcf_version: 'VCF version, e.g. `VCF-5.2.1`.',
  created_at: 'When the environment was created (RFC 3339).',
  modified_at: 'When the environment last changed (RFC 3339).',
};

const HOSTNAMES = {
  vcenter: 'vCenter Server.',
  nsx: 'NSX virtual IP.',
  nsx_manager1: 'First NSX Manager.',
  nsx_manager2: 'Second NSX Manager.',
  nsx_manager3: 'Third NSX Manager.',
  nsx_edge1: 'First NSX Edge.',
  nsx_edge2: 'Second NSX Edge.',
  sddc_manager: 'SDDC Manager.',
  cloud_builder: 'Cloud Builder.',
};

const VM = {
  vm_id: 'vSphere managed object id of the VM, e.g. `vm-1001`.',
  vm_name: 'Name of the VM in vCenter Server.',
  status: '`CREATING`, `CREATED`, `AT_RISK`, `ENTITLEMENT_REMOVED`, `DELETED` or `CREATE_FAILED`.',
  started_at: 'When EVS started tracking the licence usage (RFC 3339).',
  last_synced_at: 'When EVS last synced the usage (RFC 3339).',
  stopped_at: 'When EVS stopped tracking it (RFC 3339); null while it tracks.',
  error_code: 'Why the entitlement failed or is at risk, as a code; null when fine.',
  error_message: 'Why the entitlement failed or is at risk, in words; null when fine.',
};

const HOST = {
  host_name: 'Host name of the ESX host, e.g. `esx-01`.',
  key_name: 'EC2 key pair of the host.',
  instance_type: 'EC2 instance type, e.g. `i4i.metal`.',
  placement_group_id: 'Placement group of the host; null when none.',
  dedicated_host_id: 'Dedicated host of the host; null when none.',
  ip_address: 'IP address in the VMkernel management subnet.',
  ec2_instance_id: 'The EC2 instance of the host.',
  network_interface_ids: 'The network interfaces of the host (active and standby).',
  state: '`CREATING`, `CREATED`, `UPDATING`, `DELETING`, `DELETED`, `CREATE_FAILED` or `UPDATE_FAILED`.',
  state_details: 'Why the host is in its state, when EVS says.',
  created_at: 'When the host was created (RFC 3339).',
  modified_at: 'When the host last changed (RFC 3339).',
};

const VLAN = {
  vlan_name: 'What EVS calls the VLAN\'s function, e.g. `hcx`; the `vlan_name` of `evs_vlan_eip_association`.',
  vlan_id: 'VLAN id (the 802.1Q tag).',
  cidr: 'IPv4 CIDR block of the VLAN subnet.',
  availability_zone: 'Availability Zone of the subnet.',
  subnet_id: 'ID of the VLAN subnet.',
  state: '`CREATING`, `CREATED`, `DELETING`, `DELETED` or `CREATE_FAILED`.',
  state_details: 'Why the VLAN is in its state, when EVS says.',
  is_public: 'Whether the VLAN is public (only the HCX VLAN can be).',
  network_acl_id: 'Network ACL of a public VLAN; null otherwise.',
  eip_associations: 'Elastic IPs associated with the VLAN, each with `association_id`, `allocation_id` and `ip_address`.',
  created_at: 'When the VLAN was created (RFC 3339).',
  modified_at: 'When the VLAN last changed (RFC 3339).',
};

export const NESTED_DESCRIPTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  checks: CHECK,
  connectors: CONNECTOR,
  environments: ENVIRONMENT,
  vms: VM,
  hosts: HOST,
  vlans: VLAN,
  eip_associations: {
    association_id: 'ID of the association, e.g. `eipassoc-0123456789abcdef0`.',
    allocation_id: 'Allocation ID of the Elastic IP.',
    ip_address: 'The Elastic IP address.',
  },
  vcf_versions: {
    vcf_version: 'VCF version, e.g. `VCF-5.2.1`.',
    status: 'Whether it can be deployed, e.g. `AVAILABLE` or `RESTRICTED`.',
    default_esx_version: 'The ESX version hosts get unless one is chosen.',
    instance_types: 'EC2 instance types the version runs on.',
  },
  settings: {
    name: 'Name of the account setting, e.g. `vcfPortedCoreCount`.',
    value: 'Its value, as EVS lists it.',
  },
  instance_type_esx_versions: {
    instance_type: 'EC2 instance type, e.g. `i4i.metal`.',
    esx_versions: 'ESX versions a host of this type can run.',
  },
  license_info: { solution_key: 'VCF solution key (sensitive).', vsan_key: 'vSAN licence key (sensitive).' },
  connectivity_info: { private_route_server_peerings: 'Route server peer ids of the NSX uplink (BGP).' },
  vcf_hostnames: HOSTNAMES,
  service_access_security_groups: { security_groups: 'Security group ids.' },
  credentials: { secret_arn: 'ARN of a Secrets Manager secret EVS made with VCF install credentials.' },
};
