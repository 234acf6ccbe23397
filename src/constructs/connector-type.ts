/**
 * The kind of appliance an environment connector talks to (EVS `ConnectorType`).
 * `test/constructs/enums.test.ts` holds these members against the EVS constraint table.
 */
export enum ConnectorType {
  /** VMware vCenter Server. */
  VCENTER = 'VCENTER',
  /** VMware SDDC Manager. */
  SDDC_MANAGER = 'SDDC_MANAGER',
  /** VMware Aria Operations Manager. */
  OPERATIONS_MANAGER = 'OPERATIONS_MANAGER',
}

/** Lifecycle state of an environment connector (EVS `ConnectorState`). */
export enum ConnectorState {
  CREATING = 'CREATING',
  CREATE_FAILED = 'CREATE_FAILED',
  ACTIVE = 'ACTIVE',
  UPDATING = 'UPDATING',
  UPDATE_FAILED = 'UPDATE_FAILED',
  DELETING = 'DELETING',
  DELETED = 'DELETED',
}
