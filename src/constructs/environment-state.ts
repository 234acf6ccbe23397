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
