import { ConnectorState, ConnectorType, EnvironmentState } from '../../src';
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
