/**
 * CDKTF constructs for Amazon EVS (provider `evslabs/evs`): environments, hosts, the HCX Elastic IP,
 * connectors, VM entitlements, account settings and their data sources.
 *
 * Top level: the constructs most programs use. Submodules: the low-level bindings generated from
 * the provider's schema, exactly as a prebuilt provider package has them.
 */
export * from './constructs/connector-type';
export * from './constructs/connector-secret';
export * from './constructs/evs-provider';
export * from './constructs/environment-connector';
export * from './constructs/connector-outputs';
export * from './constructs/data-environment-connector';
export * from './constructs/data-environment-connectors';
export * from './constructs/environment-state';
export * from './constructs/data-environment';
export * from './constructs/data-environments';
export * from './constructs/entitlement-type';
export * from './constructs/vm-entitlement';
export * from './constructs/data-vm-entitlements';
export * from './constructs/account-setting-name';
export * from './constructs/account-setting';
export * from './constructs/data-account-settings';
export * from './constructs/vcf-version';
export * from './constructs/instance-type';
export * from './constructs/host';
export * from './constructs/initial-vlans';
export * from './constructs/environment';
export * from './constructs/environment-host';
export * from './constructs/vlan-eip-association';
export * from './constructs/data-versions';
export * from './constructs/data-environment-hosts';
export * from './constructs/data-environment-vlans';
export * from './constructs/data-depot-url';

export * as bindings from './constructs/generated';
