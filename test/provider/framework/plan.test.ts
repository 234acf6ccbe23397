import { requiresReplace, useStateForUnknown } from '../../../src/provider/framework/modifiers';
import { planChange } from '../../../src/provider/framework/plan';
import { attribute, defineSchema } from '../../../src/provider/framework/schema';
import { timeoutsBlock } from '../../../src/provider/framework/timeouts';
import { isUnknown, UNKNOWN, type ObjectValue } from '../../../src/provider/protocol/provider-api';

const schema = defineSchema({
  version: 1,
  description: 'd',
  attributes: {
    id: attribute.string({ computed: true, description: 'id', planModifiers: [useStateForUnknown()] }),
    env: attribute.string({ required: true, description: 'env', planModifiers: [requiresReplace()] }),
    fqdn: attribute.string({ required: true, description: 'fqdn' }),
    wait: attribute.bool({ optional: true, computed: true, default: false, localOnly: true, description: 'w' }),
    state: attribute.string({ computed: true, description: 'state' }),
  },
  blocks: { timeouts: timeoutsBlock({ create: '30m' }) },
});

const prior: ObjectValue = { id: 'env/c', env: 'e1', fqdn: 'a.example', wait: false, state: 'ACTIVE', timeouts: null };
const cfg = (o: Partial<ObjectValue>): ObjectValue => ({ id: null, env: 'e1', fqdn: 'a.example', wait: null, state: null, timeouts: null, ...o });
// What the engine proposes: config for arguments, prior for computed ones left unset.
const proposed = (c: ObjectValue, p: ObjectValue | null): ObjectValue => ({
  ...c,
  id: c['id'] ?? p?.['id'] ?? null,
  state: c['state'] ?? p?.['state'] ?? null,
  wait: c['wait'] ?? p?.['wait'] ?? null,
});

describe('planChange', () => {
  it('create: computed attributes unknown, defaults filled, no replacement', () => {
    const c = cfg({});
    const out = planChange(schema, { priorState: null, proposedNewState: proposed(c, null), config: c });
    expect(isUnknown(out.plannedState!['id']!)).toBe(true);
    expect(isUnknown(out.plannedState!['state']!)).toBe(true);
    expect(out.plannedState!['wait']).toBe(false);
    expect(out.plannedState!['fqdn']).toBe('a.example');
    expect(out.requiresReplace).toEqual([]);
  });

  it('no change: the plan equals the prior state (empty plan after apply)', () => {
    const c = cfg({});
    const out = planChange(schema, { priorState: prior, proposedNewState: proposed(c, prior), config: c });
    expect(out.plannedState).toEqual(prior);
    expect(out.requiresReplace).toEqual([]);
  });

  it('in-place change: other computed values unknown, useStateForUnknown keeps the id', () => {
    const c = cfg({ fqdn: 'b.example' });
    const out = planChange(schema, { priorState: prior, proposedNewState: proposed(c, prior), config: c });
    expect(out.plannedState!['id']).toBe('env/c');
    expect(isUnknown(out.plannedState!['state']!)).toBe(true);
    expect(out.plannedState!['fqdn']).toBe('b.example');
    expect(out.requiresReplace).toEqual([]);
  });

  it('requiresReplace only where prior and planned differ', () => {
    const c = cfg({ env: 'e2' });
    const out = planChange(schema, { priorState: prior, proposedNewState: proposed(c, prior), config: c });
    expect(out.requiresReplace).toEqual([[{ attributeName: 'env' }]]);
  });

  it('an unknown planned value for a replace-on-change argument requires replacement', () => {
    const c = cfg({ env: UNKNOWN });
    const out = planChange(schema, { priorState: prior, proposedNewState: proposed(c, prior), config: c });
    expect(out.requiresReplace).toEqual([[{ attributeName: 'env' }]]);
  });

  it('local-only changes (timeouts, wait flag) keep computed values known', () => {
    const c = cfg({ timeouts: { create: '1h' }, wait: true });
    const out = planChange(schema, { priorState: prior, proposedNewState: proposed(c, prior), config: c });
    expect(out.plannedState!['state']).toBe('ACTIVE');
    expect(out.plannedState!['wait']).toBe(true);
    expect(out.plannedState!['timeouts']).toEqual({ create: '1h' });
  });

  it('destroy: planned null', () => {
    expect(planChange(schema, { priorState: prior, proposedNewState: null, config: null })).toEqual({
      plannedState: null,
      requiresReplace: [],
    });
  });

  it('removing the optional flag from config plans the default again', () => {
    const c = cfg({ wait: null });
    const out = planChange(schema, {
      priorState: { ...prior, wait: true },
      proposedNewState: proposed(c, { ...prior, wait: true }),
      config: c,
    });
    expect(out.plannedState!['wait']).toBe(false);
  });
});
