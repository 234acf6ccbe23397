/**
 * The kind of licence a VM entitlement tracks (EVS `EntitlementType`).
 * `test/constructs/enums.test.ts` holds these members against the EVS constraint table.
 */
export enum EntitlementType {
  /** Windows Server licences for the VMs. */
  WINDOWS_SERVER = 'WINDOWS_SERVER',
}

/** Status of one VM's entitlement as EVS reports it (EVS `EntitlementStatus`), e.g. in `vms`. */
export enum EntitlementStatus {
  /** EVS is validating the VM. */
  CREATING = 'CREATING',
  /** EVS tracks the VM's licence usage. */
  CREATED = 'CREATED',
  DELETED = 'DELETED',
  /** The VM may lose its entitlement; `errorMessage` says why. */
  AT_RISK = 'AT_RISK',
  ENTITLEMENT_REMOVED = 'ENTITLEMENT_REMOVED',
  /** EVS could not validate the VM; `errorCode` and `errorMessage` say why. */
  CREATE_FAILED = 'CREATE_FAILED',
}
