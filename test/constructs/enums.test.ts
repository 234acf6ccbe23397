import { AccountSettingName, ConnectorState, ConnectorType, EntitlementStatus, EntitlementType, EnvironmentState, HostState, InstanceType, VcfVersion, VlanState } from '../../src';
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

test('HostState and VlanState have exactly the EVS members', () => {
  expect(Object.values(HostState).sort()).toEqual([...ENUMS.HostState].sort());
  expect(Object.values(VlanState).sort()).toEqual([...ENUMS.VlanState].sort());
});

/** The values of an enum-like class's static members (`VcfVersion.VCF_5_2_2`, …). */
function staticValues(cls: typeof VcfVersion | typeof InstanceType): string[] {
  return Object.getOwnPropertyNames(cls)
    .map((name) => (cls as unknown as Record<string, unknown>)[name])
    .filter((v): v is { value: string } => v instanceof (cls as unknown as abstract new () => unknown))
    .map((v) => v.value)
    .sort();
}

test('VcfVersion and InstanceType list exactly the versions and types of the pinned model; of() takes newer ones', () => {
  expect(staticValues(VcfVersion)).toEqual([...ENUMS.VcfVersion].sort());
  expect(staticValues(InstanceType)).toEqual([...ENUMS.InstanceType].sort());
  expect(VcfVersion.of('VCF-9.0.0').value).toBe('VCF-9.0.0');
  expect(VcfVersion.of('VCF-9.0.0').deploysVcf).toBe(true);
  expect(VcfVersion.SELF_DEPLOYED.deploysVcf).toBe(false);
  expect(InstanceType.of('i8i.metal-96xl').value).toBe('i8i.metal-96xl');
});
