/**
 * Names used across the project: one place for each, so the provider, the constructs, the
 * installer and the docs can never disagree.
 */
export const PROVIDER_HOSTNAME = 'registry.terraform.io';
export const PROVIDER_NAMESPACE = 'evslabs';
export const PROVIDER_TYPE = 'evs';
/** `required_providers` source address, e.g. `evslabs/evs`. */
export const PROVIDER_SOURCE = `${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`;
export const PROVIDER_FULL_SOURCE = `${PROVIDER_HOSTNAME}/${PROVIDER_SOURCE}`;
export const PROVIDER_VERSION = '0.1.0';
export const PROVIDER_EXECUTABLE = `terraform-provider-${PROVIDER_TYPE}`;

export const RESOURCE_CONNECTOR = `${PROVIDER_TYPE}_environment_connector`;
export const DATA_CONNECTOR = `${PROVIDER_TYPE}_environment_connector`;
export const DATA_CONNECTORS = `${PROVIDER_TYPE}_environment_connectors`;
export const DATA_ENVIRONMENT = `${PROVIDER_TYPE}_environment`;
export const DATA_ENVIRONMENTS = `${PROVIDER_TYPE}_environments`;
export const RESOURCE_VM_ENTITLEMENT = `${PROVIDER_TYPE}_vm_entitlement`;
export const DATA_VM_ENTITLEMENTS = `${PROVIDER_TYPE}_vm_entitlements`;
export const RESOURCE_ENVIRONMENT = `${PROVIDER_TYPE}_environment`;
export const RESOURCE_ENVIRONMENT_HOST = `${PROVIDER_TYPE}_environment_host`;
export const DATA_ENVIRONMENT_HOSTS = `${PROVIDER_TYPE}_environment_hosts`;
export const RESOURCE_VLAN_EIP_ASSOCIATION = `${PROVIDER_TYPE}_vlan_eip_association`;
export const DATA_ENVIRONMENT_VLANS = `${PROVIDER_TYPE}_environment_vlans`;
export const DATA_VERSIONS = `${PROVIDER_TYPE}_versions`;
export const DATA_DEPOT_URL = `${PROVIDER_TYPE}_depot_url`;
export const RESOURCE_ACCOUNT_SETTING = `${PROVIDER_TYPE}_account_setting`;
export const DATA_ACCOUNT_SETTINGS = `${PROVIDER_TYPE}_account_settings`;

/**
 * The local EVS service's default port: its own, clear of LocalStack (4566 and 4510–4559), moto
 * (5000), kinesalite (4567) and DynamoDB Local (8000). The CLI, examples and docs use this one.
 */
export const EMULATOR_PORT = 4599;
/** One release carries the provider, its CLI and the local EVS service. */
export const PACKAGE_VERSION = PROVIDER_VERSION;
