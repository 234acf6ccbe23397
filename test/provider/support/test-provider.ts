/**
 * A tiny ProviderImpl for the plugin host's tests: one resource `evstest_thing` and one data source
 * `evstest_echo`, real enough for Terraform to validate, plan, apply, refresh, import and destroy.
 * The plugin host is what is under test, so the logic is kept obvious.
 */
import { ctyFromJson } from '../../../src/provider/protocol/cty-json';
import { impliedType } from '../../../src/provider/protocol/cty-types';
import {
  isUnknown,
  UNKNOWN,
  type ObjectValue,
  type ProviderImpl,
  type Schema,
} from '../../../src/provider/protocol/provider-api';

export const TEST_PROVIDER_TYPE = 'evstest';
export const THING = 'evstest_thing';
export const ECHO = 'evstest_echo';

const thingSchema: Schema = {
  version: 1,
  block: {
    description: 'A thing that exists only in state.',
    attributes: [
      { name: 'id', type: 'string', computed: true, description: 'Set on create.' },
      { name: 'name', type: 'string', required: true },
      { name: 'size', type: 'number', optional: true },
      { name: 'tags', type: ['map', 'string'], optional: true },
      { name: 'secret', type: 'string', optional: true, sensitive: true },
    ],
    blockTypes: [
      {
        typeName: 'rule',
        nesting: 'list',
        block: { attributes: [{ name: 'port', type: 'number', required: true }], blockTypes: [] },
      },
    ],
  },
};

const echoSchema: Schema = {
  version: 0,
  block: {
    attributes: [
      { name: 'input', type: 'string', required: true },
      { name: 'output', type: 'string', computed: true },
    ],
    blockTypes: [],
  },
};

const providerSchema: Schema = {
  version: 0,
  block: { attributes: [{ name: 'prefix', type: 'string', optional: true }], blockTypes: [] },
};

export function createTestProvider(): ProviderImpl {
  let prefix = 'thing-';
  return {
    schemas: () => ({
      provider: providerSchema,
      resourceSchemas: { [THING]: thingSchema },
      dataSourceSchemas: { [ECHO]: echoSchema },
      listResourceSchemas: { [THING]: { version: 0, block: { attributes: [{ name: 'count', type: 'number', optional: true }], blockTypes: [] } } },
    }),
    validateProviderConfig: async () => [],
    configureProvider: async ({ config }) => {
      if (typeof config.prefix === 'string') prefix = config.prefix;
      return [];
    },
    validateResourceConfig: async (_type, config) =>
      config.name === 'bad'
        ? [{ severity: 'error', summary: 'Bad name', detail: 'name must not be "bad"', attribute: [{ attributeName: 'name' }] }]
        : [],
    validateDataResourceConfig: async () => [],
    upgradeResourceState: async ({ rawState }) => ({
      upgradedState: ctyFromJson(impliedType(thingSchema.block), rawState, { dropUnknownAttributes: true }) as ObjectValue,
      diagnostics: [],
    }),
    readResource: async ({ currentState, private: priv }) => ({ newState: currentState, private: priv, diagnostics: [] }),
    planResourceChange: async ({ priorState, proposedNewState }) => {
      if (!proposedNewState) return { plannedState: null, diagnostics: [] };
      const planned = { ...proposedNewState };
      if (!priorState) planned.id = UNKNOWN;
      const requiresReplace = priorState && priorState.name !== proposedNewState.name ? [[{ attributeName: 'name' }]] : [];
      return { plannedState: planned, requiresReplace, diagnostics: [] };
    },
    applyResourceChange: async ({ plannedState }) => {
      if (!plannedState) return { newState: null, diagnostics: [] };
      const state = { ...plannedState };
      if (isUnknown(state.id)) state.id = `${prefix}${String(state.name)}`;
      return { newState: state, private: Buffer.from('{"v":1}'), diagnostics: [] };
    },
    importResourceState: async ({ id }) => ({
      importedResources: [
        { typeName: THING, state: { id, name: id, size: null, tags: null, secret: null, rule: [] } },
      ],
      diagnostics: [],
    }),
    readDataSource: async ({ config }) => ({
      state: { input: config.input, output: `echo:${String(config.input)}` },
      diagnostics: [],
    }),
    validateListResourceConfig: async () => [],
    // Three things, or as many as `count` in the list block's config says.
    listResource: async function* ({ config }) {
      const count = typeof config?.count === 'number' ? config.count : 3;
      for (let i = 1; i <= count; i++) {
        yield { state: { id: `${prefix}${i}`, name: `n${i}`, size: null, tags: null, secret: null, rule: [] }, displayName: `thing ${i}`, diagnostics: [] };
      }
    },
    stop: async () => undefined,
  };
}
