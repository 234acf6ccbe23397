/**
 * Lifecycle state of an EVS environment (EVS `EnvironmentState`).
 * `test/constructs/enums.test.ts` holds these members against the EVS constraint table.
 */
export enum EnvironmentState {
  CREATING = 'CREATING',
  CREATED = 'CREATED',
  DELETING = 'DELETING',
  DELETED = 'DELETED',
  CREATE_FAILED = 'CREATE_FAILED',
}

/** Lifecycle state of an ESX host of an environment (EVS `HostState`), e.g. in `DataEnvironmentHosts`. */
export enum HostState {
  CREATING = 'CREATING',
  CREATED = 'CREATED',
  UPDATING = 'UPDATING',
  DELETING = 'DELETING',
  DELETED = 'DELETED',
  CREATE_FAILED = 'CREATE_FAILED',
  UPDATE_FAILED = 'UPDATE_FAILED',
}

/** Lifecycle state of a VLAN subnet of an environment (EVS `VlanState`), e.g. in `DataEnvironmentVlans`. */
export enum VlanState {
  CREATING = 'CREATING',
  CREATED = 'CREATED',
  DELETING = 'DELETING',
  DELETED = 'DELETED',
  CREATE_FAILED = 'CREATE_FAILED',
}
