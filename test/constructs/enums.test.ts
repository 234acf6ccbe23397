import { AccountSettingName, ConnectorState, ConnectorType, EntitlementStatus, EntitlementType, EnvironmentState } from '../../src';
import { ACCOUNT_SETTING_NAMES, ENUMS } from '../../src/evs/constraints';

test('ConnectorType has exactly the EVS connector types', () => {
  expect(Object.values(ConnectorType).sort()).toEqual([...ENUMS.ConnectorType].sort());
});

test('ConnectorState has exactly the EVS connector states', () => {
  expect(Object.values(ConnectorState).sort()).toEqual([...ENUMS.ConnectorState].sort());
});

test('EnvironmentState has exactly the EVS environment states', () => {
  expect(Object.values(EnvironmentState).sort()).toEqual([...ENUMS.EnvironmentState].sort());
});

test('EntitlementType and EntitlementStatus have exactly the EVS members', () => {
  expect(Object.values(EntitlementType).sort()).toEqual([...ENUMS.EntitlementType].sort());
  expect(Object.values(EntitlementStatus).sort()).toEqual([...ENUMS.EntitlementStatus].sort());
});

test('AccountSettingName has a member for each account setting EVS documents', () => {
  const members = Object.values(AccountSettingName).filter((v): v is AccountSettingName => v instanceof AccountSettingName);
  expect(members.map((m) => m.name).sort()).toEqual([...ACCOUNT_SETTING_NAMES].sort());
});
