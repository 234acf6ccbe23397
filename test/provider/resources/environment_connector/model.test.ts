import { parseImportId, parseImportIdentity } from '../../../../src/provider/resources/environment_connector/import-id';
import { flattenConnector, sameFqdn, sameSecret } from '../../../../src/provider/resources/environment_connector/model';
import { rfc3339 } from '../../../../src/provider/resources/shared/time';

describe('connector model', () => {
  it('sameSecret: a name and the ARN of that name are the same secret', () => {
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:evs/vcenter';
    expect(sameSecret('evs/vcenter', 'evs/vcenter')).toBe(true);
    expect(sameSecret('evs/vcenter', arn)).toBe(true);
    expect(sameSecret('evs/vcenter', `${arn}-AbCdEf`)).toBe(true);
    expect(sameSecret(arn, `${arn}-AbCdEf`)).toBe(true);
    expect(sameSecret('evs/vcenter', 'evs/other')).toBe(false);
    expect(sameSecret('evs/vcenter', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:evs/vcenter2')).toBe(false);
  });

  it('sameFqdn ignores case only', () => {
    expect(sameFqdn('VCenter.Example.internal', 'vcenter.example.internal')).toBe(true);
    expect(sameFqdn('vc1.example.internal', 'vc2.example.internal')).toBe(false);
  });

  it('times are RFC 3339 UTC; fractions only when present', () => {
    expect(rfc3339(new Date(Date.UTC(2025, 5, 1, 10, 0, 0)))).toBe('2025-06-01T10:00:00Z');
    expect(rfc3339(new Date(Date.UTC(2025, 5, 1, 10, 0, 0, 250)))).toBe('2025-06-01T10:00:00.250Z');
    expect(rfc3339(undefined)).toBeNull();
  });

  it('flattens a connector with every field, missing ones null', () => {
    expect(
      flattenConnector({
        environmentId: 'env-0123456789',
        connectorId: 'cnctr-0123456789',
        type: 'VCENTER',
        checks: [{ type: 'VCENTER_REACHABILITY', result: 'FAILED', impairedSince: new Date(0) }],
      }),
    ).toEqual({
      id: 'env-0123456789/cnctr-0123456789',
      environment_id: 'env-0123456789',
      connector_id: 'cnctr-0123456789',
      type: 'VCENTER',
      appliance_fqdn: null,
      secret_arn: null,
      state: null,
      state_details: null,
      status: null,
      checks: [{ type: 'VCENTER_REACHABILITY', result: 'FAILED', last_check_attempt: null, impaired_since: '1970-01-01T00:00:00Z' }],
      created_at: null,
      modified_at: null,
    });
  });

  it('parses both import forms and explains bad ones', () => {
    expect(parseImportId('env-0123456789/cnctr-abcdefghij')).toEqual({
      kind: 'id',
      environmentId: 'env-0123456789',
      connectorId: 'cnctr-abcdefghij',
    });
    expect(parseImportId('env-0123456789/SDDC_MANAGER')).toEqual({ kind: 'type', environmentId: 'env-0123456789', type: 'SDDC_MANAGER' });
    expect(parseImportId('env-0123456789')).toMatch(/not in a supported form/);
    expect(parseImportId('env-01/VCENTER')).toMatch(/does not start with an environment id/);
    expect(parseImportId('env-0123456789/NSX')).toMatch(/"NSX", which is neither a connector id/);
  });

  it('takes an identity that names one connector, and says which identity attribute is wrong otherwise', () => {
    expect(parseImportIdentity({ environment_id: 'env-0123456789', connector_id: 'cnctr-abcdefghij' })).toEqual({
      environmentId: 'env-0123456789',
      connectorId: 'cnctr-abcdefghij',
    });
    expect(parseImportIdentity({ environment_id: 'env-0123456789', connector_id: 'bogus!' })).toMatch(
      /^The identity's connector_id \("bogus!"\) is not a connector id: expected "cnctr-"/,
    );
    expect(parseImportIdentity({ environment_id: 'env-01', connector_id: 'cnctr-abcdefghij' })).toMatch(/^The identity's environment_id \("env-01"\)/);
    expect(parseImportIdentity({ environment_id: 'env-0123456789', connector_id: null })).toMatch(/connector_id \(missing\)/);
    // A type names no single connector: refused, with the id form that looks one up by type.
    const byType = parseImportIdentity({ environment_id: 'env-0123456789', connector_id: 'VCENTER' });
    expect(byType).toMatch(/connector_id is "VCENTER", a connector type/);
    expect(byType).toContain('id = "env-0123456789/VCENTER"');
  });
});
