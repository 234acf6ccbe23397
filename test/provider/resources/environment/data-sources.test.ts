import { DATA_ENVIRONMENT, DATA_ENVIRONMENTS } from '../../../../src/names';
import { containsUnknown } from '../../../../src/provider/framework/values';
import type { ObjectValue } from '../../../../src/provider/protocol/provider-api';
import { configOf, ENV, errors, startWorld, type World } from '../harness';

describe('evs_environment and evs_environments against the local EVS service', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
    await w.emulator.control.seedEnvironments([
      { id: 'env-0000000002', state: 'CREATING', vcfVersion: 'VCF-5.2.1', name: 'staging' },
      { id: 'env-0000000003', state: 'CREATED', vcfVersion: 'SELF_DEPLOYED', name: 'twin' },
      { id: 'env-0000000004', state: 'CREATED', vcfVersion: 'SELF_DEPLOYED', name: 'twin' },
    ]);
  });
  afterAll(() => w.emulator.close());

  const one = (o: ObjectValue) => configOf(DATA_ENVIRONMENT, o, true);
  const many = (o: ObjectValue) => configOf(DATA_ENVIRONMENTS, o, true);
  const readOne = (o: ObjectValue) => w.provider.readDataSource({ typeName: DATA_ENVIRONMENT, config: one(o) });

  it('by id and by name: the same environment, wholly known, nested objects in snake_case', async () => {
    const byId = await readOne({ environment_id: 'env-0000000002' });
    expect(byId.diagnostics).toEqual([]);
    expect(containsUnknown(byId.state!)).toBe(false);
    expect(byId.state).toMatchObject({
      environment_id: 'env-0000000002',
      environment_name: 'staging',
      state: 'CREATING',
      vcf_version: 'VCF-5.2.1',
      arn: 'arn:aws:evs:us-east-1:123456789012:environment/env-0000000002',
      terms_accepted: true,
      checks: [],
      credentials: [],
      license_info: [],
    });
    const byName = await readOne({ environment_name: 'staging' });
    expect(byName.state).toEqual(byId.state);
  });

  it('a name matching none or several environments is an error at environment_name', async () => {
    const none = await readOne({ environment_name: 'nowhere' });
    expect(none.state).toBeNull();
    expect(errors(none.diagnostics)[0]).toMatchObject({ summary: 'EVS environment not found', attribute: [{ attributeName: 'environment_name' }] });
    const twin = await readOne({ environment_name: 'twin' });
    expect(errors(twin.diagnostics)[0]!.detail).toContain('2 EVS environments are named "twin" (env-0000000003, env-0000000004); set environment_id instead.');
    const missing = await readOne({ environment_id: 'env-9999999999' });
    expect(errors(missing.diagnostics)[0]!.attribute).toEqual([{ attributeName: 'environment_id' }]);
  });

  it('exactly one of environment_id and environment_name, validated without an API call', async () => {
    await w.emulator.control.resetCounters();
    const neither = await w.provider.validateDataResourceConfig(DATA_ENVIRONMENT, one({}));
    expect(neither[0]).toMatchObject({ severity: 'error', detail: 'Set exactly one of environment_id, environment_name.' });
    const bad = await w.provider.validateDataResourceConfig(DATA_ENVIRONMENT, one({ environment_name: 'has space' }));
    expect(bad[0]!.attribute).toEqual([{ attributeName: 'environment_name' }]);
    const counters = await w.emulator.control.getCounters();
    expect(Object.values(counters).reduce((n, c) => n + c.calls, 0)).toBe(0);
  });

  it('evs_environments lists every environment ordered by id, or only some states', async () => {
    const all = await w.provider.readDataSource({ typeName: DATA_ENVIRONMENTS, config: many({}) });
    expect(all.diagnostics).toEqual([]);
    expect(all.state!['ids']).toEqual([ENV, 'env-0000000002', 'env-0000000003', 'env-0000000004']);
    expect((all.state!['environments'] as ObjectValue[])[1]).toEqual({
      environment_id: 'env-0000000002',
      environment_name: 'staging',
      arn: 'arn:aws:evs:us-east-1:123456789012:environment/env-0000000002',
      state: 'CREATING',
      status: 'UNKNOWN',
      vcf_version: 'VCF-5.2.1',
      created_at: expect.stringMatching(/Z$/),
      modified_at: expect.stringMatching(/Z$/),
    });
    const creating = await w.provider.readDataSource({ typeName: DATA_ENVIRONMENTS, config: many({ states: ['CREATING', 'DELETING'] }) });
    expect(creating.state!['ids']).toEqual(['env-0000000002']);
    const diags = await w.provider.validateDataResourceConfig(DATA_ENVIRONMENTS, many({ states: ['RUNNING'] }));
    expect(diags[0]!.attribute).toEqual([{ attributeName: 'states' }]);
  });
});
