import { RESOURCE_CONNECTOR } from '../../../../src/names';
import { setLogSink } from '../../../../src/provider/log';
import { createProvider } from '../../../../src/provider/provider';

setLogSink(() => undefined);

/** A state file entry exactly as provider 0.0.x (schema version 0) wrote it. */
const V0_JSON = `{
  "id": "cnctr-0a1b2c3d4e",
  "environment_id": "env-0123456789",
  "type": "VCENTER",
  "appliance_fqdn": "vcenter.example.internal",
  "secret_identifier": "evs/vcenter",
  "secret_arn": "evs/vcenter",
  "state": "ACTIVE",
  "state_details": null,
  "status": "PASSED",
  "created_at": "2025-06-01T10:00:00Z",
  "modified_at": "2025-06-01T10:05:00Z",
  "timeouts": { "create": "45m", "delete": null }
}`;

describe('UpgradeResourceState', () => {
  const provider = createProvider();

  it('upgrades version 0 to 1: id becomes environment_id/connector_id, checks and wait_for_healthy appear', async () => {
    const res = await provider.upgradeResourceState({ typeName: RESOURCE_CONNECTOR, version: 0, rawState: JSON.parse(V0_JSON) });
    expect(res.diagnostics).toEqual([]);
    expect(res.upgradedState).toEqual({
      id: 'env-0123456789/cnctr-0a1b2c3d4e',
      environment_id: 'env-0123456789',
      connector_id: 'cnctr-0a1b2c3d4e',
      type: 'VCENTER',
      appliance_fqdn: 'vcenter.example.internal',
      secret_identifier: 'evs/vcenter',
      wait_for_healthy: false,
      secret_arn: 'evs/vcenter',
      state: 'ACTIVE',
      state_details: null,
      status: 'PASSED',
      checks: [],
      created_at: '2025-06-01T10:00:00Z',
      modified_at: '2025-06-01T10:05:00Z',
      timeouts: { create: '45m', update: null, delete: null },
    });
  });

  it('version 1 passes through, conformed to the schema', async () => {
    const v1 = {
      id: 'env-0123456789/cnctr-0a1b2c3d4e',
      environment_id: 'env-0123456789',
      connector_id: 'cnctr-0a1b2c3d4e',
      type: 'VCENTER',
      appliance_fqdn: 'vcenter.example.internal',
      secret_identifier: 'evs/vcenter',
      wait_for_healthy: true,
      secret_arn: 'evs/vcenter',
      state: 'ACTIVE',
      state_details: null,
      status: 'PASSED',
      checks: [{ type: 'VCENTER_REACHABILITY', result: 'PASSED', last_check_attempt: '2025-06-01T10:00:00Z', impaired_since: null }],
      created_at: '2025-06-01T10:00:00Z',
      modified_at: '2025-06-01T10:05:00Z',
      timeouts: null,
    };
    const res = await provider.upgradeResourceState({ typeName: RESOURCE_CONNECTOR, version: 1, rawState: JSON.parse(JSON.stringify(v1)) });
    expect(res).toEqual({ upgradedState: v1, diagnostics: [] });
  });

  it('a version-0 state without an id is refused with what to do', async () => {
    const res = await provider.upgradeResourceState({ typeName: RESOURCE_CONNECTOR, version: 0, rawState: { type: 'VCENTER' } });
    expect(res.upgradedState).toBeNull();
    expect(res.diagnostics[0]!.detail).toContain('import it again');
  });
});
