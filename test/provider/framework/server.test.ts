import { Diagnostics } from '../../../src/provider/framework/diagnostics';
import { attr } from '../../../src/provider/framework/path';
import type { Resource } from '../../../src/provider/framework/resource';
import { attribute, defineSchema } from '../../../src/provider/framework/schema';
import { ProviderServer } from '../../../src/provider/framework/server';
import { StopController } from '../../../src/provider/framework/stop';
import { constraint } from '../../../src/provider/framework/validators';
import { setLogSink } from '../../../src/provider/log';
import { UNKNOWN } from '../../../src/provider/protocol/provider-api';

setLogSink(() => undefined);

/** A resource that keeps its objects in a Map: enough to exercise the server's generic rules. */
function makeStore() {
  const store = new Map<string, string>();
  const resource: Resource = {
    typeName: 't_thing',
    schema: defineSchema({
      version: 1,
      description: 'thing',
      attributes: {
        id: attribute.string({ computed: true, description: 'id' }),
        name: attribute.string({ required: true, description: 'n', validators: [constraint('environmentId')] }),
        extra: attribute.string({ computed: true, description: 'x' }),
      },
    }),
    async create(planned, _config, diags) {
      if (planned['name'] === 'env-FAILFAILFA') {
        store.set('1', 'half');
        diags.error('create failed after the object existed');
        return { ...planned, id: '1' };
      }
      store.set('1', planned['name'] as string);
      return { ...planned, id: '1' };
    },
    async read(state) {
      return store.has(state['id'] as string) ? state : null;
    },
    async update(_p, planned) {
      return planned;
    },
    async delete(prior, diags) {
      if (prior['name'] === 'env-KEEPKEEPKE') diags.error('cannot delete');
      else store.delete(prior['id'] as string);
    },
    async importState(id, diags) {
      if (!id.startsWith('x')) {
        diags.error('bad id', 'ids start with x', attr('id'));
        return null;
      }
      return { id };
    },
    upgradeState(version, raw, diags) {
      if (version !== 0) {
        diags.error('unknown version');
        return null;
      }
      const r = raw as { name: string };
      return { id: r.name, name: r.name };
    },
  };
  const server = new ProviderServer({
    schema: defineSchema({ version: 0, description: 'p', attributes: { region: attribute.string({ optional: true, description: 'r' }) } }),
    async configure(req, diags) {
      if (req.config['region'] === 'boom') throw new Error('kaput');
      if (req.config['region'] === null) diags.error('no region');
    },
    resources: [resource],
    dataSources: [],
    stopper: new StopController(),
  });
  return { store, server };
}

describe('ProviderServer', () => {
  it('serves schemas derived from the declarations', () => {
    const { server } = makeStore();
    const s = server.schemas();
    expect(Object.keys(s.resourceSchemas)).toEqual(['t_thing']);
    expect(s.resourceSchemas['t_thing']!.version).toBe(1);
    expect(s.provider.block.attributes[0]!.name).toBe('region');
  });

  it('turns exceptions into diagnostics', async () => {
    const { server } = makeStore();
    expect(await server.configureProvider({ config: { region: 'boom' }, terraformVersion: '1.9.0' })).toEqual([
      { severity: 'error', summary: 'Configuring the provider failed', detail: 'kaput' },
    ]);
    await expect(server.validateResourceConfig('t_nope', {})).rejects.toThrow(/no resource type t_nope/);
  });

  it('validates resource config with paths', async () => {
    const { server } = makeStore();
    const diags = await server.validateResourceConfig('t_thing', { id: null, name: 'bad', extra: null });
    expect(diags[0]!.attribute).toEqual([{ attributeName: 'name' }]);
    expect(await server.validateResourceConfig('t_thing', { id: null, name: UNKNOWN, extra: null })).toEqual([]);
  });

  it('plan, apply create, then destroy with planned null', async () => {
    const { server, store } = makeStore();
    const config = { id: null, name: 'env-0123456789', extra: null };
    const plan = await server.planResourceChange({
      typeName: 't_thing',
      priorState: null,
      proposedNewState: config,
      config,
      priorPrivate: Buffer.alloc(0),
    });
    expect(plan.plannedState!['id']).toBe(UNKNOWN);
    const applied = await server.applyResourceChange({
      typeName: 't_thing',
      priorState: null,
      plannedState: plan.plannedState,
      config,
      plannedPrivate: Buffer.alloc(0),
    });
    // Wholly known: the unknown `extra` the resource did not set becomes null.
    expect(applied.newState).toEqual({ id: '1', name: 'env-0123456789', extra: null });
    expect(store.size).toBe(1);

    const destroyPlan = await server.planResourceChange({
      typeName: 't_thing',
      priorState: applied.newState,
      proposedNewState: null,
      config: null,
      priorPrivate: Buffer.alloc(0),
    });
    expect(destroyPlan.plannedState).toBeNull();
    const destroyed = await server.applyResourceChange({
      typeName: 't_thing',
      priorState: applied.newState,
      plannedState: null,
      config: null,
      plannedPrivate: Buffer.alloc(0),
    });
    expect(destroyed).toEqual({ newState: null, diagnostics: [] });
    expect(store.size).toBe(0);
  });

  it('a failed create still returns the state with the id (the engine taints it)', async () => {
    const { server } = makeStore();
    const config = { id: null, name: 'env-FAILFAILFA', extra: null };
    const res = await server.applyResourceChange({
      typeName: 't_thing',
      priorState: null,
      plannedState: { ...config, id: UNKNOWN, extra: UNKNOWN },
      config,
      plannedPrivate: Buffer.alloc(0),
    });
    expect(res.newState).toEqual({ id: '1', name: 'env-FAILFAILFA', extra: null });
    expect(res.diagnostics[0]!.severity).toBe('error');
  });

  it('a failed delete keeps the prior state', async () => {
    const { server } = makeStore();
    const prior = { id: '9', name: 'env-KEEPKEEPKE', extra: null };
    const res = await server.applyResourceChange({
      typeName: 't_thing',
      priorState: prior,
      plannedState: null,
      config: null,
      plannedPrivate: Buffer.alloc(0),
    });
    expect(res.newState).toEqual(prior);
  });

  it('read: gone → null', async () => {
    const { server } = makeStore();
    const res = await server.readResource({
      typeName: 't_thing',
      currentState: { id: '42', name: 'env-0123456789', extra: null },
      private: Buffer.alloc(0),
    });
    expect(res.newState).toBeNull();
  });

  it('upgrades state: current version passes through, older goes to the resource, newer refused', async () => {
    const { server } = makeStore();
    const same = await server.upgradeResourceState({
      typeName: 't_thing',
      version: 1,
      rawState: { id: 'a', name: 'env-0123456789', extra: 'x', removed_attr: 1 },
    });
    expect(same.upgradedState).toEqual({ id: 'a', name: 'env-0123456789', extra: 'x' });
    const old = await server.upgradeResourceState({ typeName: 't_thing', version: 0, rawState: { name: 'n' } });
    expect(old.upgradedState).toEqual({ id: 'n', name: 'n', extra: null });
    const newer = await server.upgradeResourceState({ typeName: 't_thing', version: 7, rawState: {} });
    expect(newer.upgradedState).toBeNull();
    expect(newer.diagnostics[0]!.detail).toContain('schema version 7');
  });

  it('import returns a conformed state, or the error with its path', async () => {
    const { server } = makeStore();
    const ok = await server.importResourceState({ typeName: 't_thing', id: 'x1' });
    expect(ok.importedResources).toEqual([{ typeName: 't_thing', state: { id: 'x1', name: null, extra: null } }]);
    const bad = await server.importResourceState({ typeName: 't_thing', id: 'y' });
    expect(bad.importedResources).toEqual([]);
    expect(bad.diagnostics[0]!.attribute).toEqual([{ attributeName: 'id' }]);
  });

  it('stop() aborts the shared signal', async () => {
    const stopper = new StopController();
    const server = new ProviderServer({
      schema: defineSchema({ version: 0, description: 'p', attributes: {} }),
      configure: async () => undefined,
      resources: [],
      dataSources: [],
      stopper,
    });
    expect(stopper.stopped).toBe(false);
    await server.stop();
    expect(stopper.stopped).toBe(true);
    expect(new Diagnostics().hasErrors()).toBe(false);
  });
});
