import { ConnectorState, ConnectorType, EntitlementStatus, EntitlementType, EnvironmentState } from '../../src';
import { ENUMS } from '../../src/evs/constraints';

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
