import type { EvsClient } from '../evs';
import type * as ConfigureModule from './config/configure';
import type { Configured } from './config/configure';
import { providerSchema } from './config/schema';
import { parseDuration } from './framework/duration';
import { ProviderServer } from './framework/server';
import { StopController } from './framework/stop';
import { log } from './log';
import type { ProviderImpl } from './protocol/provider-api';
import { DATA_SOURCES, LIST_RESOURCES, RESOURCES } from './resources/registry';
import { ListRegistry, NotConfiguredError, type DefaultTags, type PollSettings, type ProviderContext } from './resources/shared/context';
import { defaultTagsFrom } from './resources/shared/tags';

export interface ProviderOptions {
  /**
   * Waiter polling: the pause between polls is a tenth of the time waited so far, kept between
   * these bounds (with jitter). Default 250ms and 10s; `EVS_PROVIDER_POLL_MIN` / `EVS_PROVIDER_POLL_MAX` (durations such as `200ms`)
   * override them, e.g. for runs against the local EVS service.
   */
  poll?: Partial<PollSettings>;
  /** How long reads may share one List per parent (e.g. environment). Default 10s; 0 disables. */
  listCacheTtlMs?: number;
  /**
   * How long concurrent waiters may share one List per parent. Default 50ms: a shared list is
   * older than the waiter's own poll would be, so a longer window delays seeing a state change by
   * up to the window (it was 250ms, as long as the shortest pause between polls).
   */
  pollShareMs?: number;
}

function pollFromEnv(name: string): number | undefined {
  const text = process.env[name];
  if (!text) return undefined;
  const ms = parseDuration(text);
  if (ms === null || ms <= 0) {
    log.warn(`ignoring ${name}: not a positive duration`, { value: text });
    return undefined;
  }
  return ms;
}

/** The provider: what the plugin host serves. */
export function createProvider(options: ProviderOptions = {}): ProviderImpl {
  const stopper = new StopController();
  let configured: Configured | undefined;
  const poll: PollSettings = {
    minDelayMs: options.poll?.minDelayMs ?? pollFromEnv('EVS_PROVIDER_POLL_MIN') ?? 250,
    maxDelayMs: options.poll?.maxDelayMs ?? pollFromEnv('EVS_PROVIDER_POLL_MAX') ?? 10_000,
  };

  const client = (): EvsClient => {
    if (!configured) throw new NotConfiguredError('The provider is not configured yet (ConfigureProvider was not called or failed).');
    if (configured.kind === 'unknown') {
      throw new NotConfiguredError(
        `The provider configuration depends on values that are not known yet (${configured.attributes.join(', ')}), so EVS cannot be called during this plan. Apply the resources those values come from first (terraform apply -target=…), or configure the provider with known values.`,
      );
    }
    return configured.client();
  };

  // Waiters under one parent (e.g. 3 connectors created in parallel) share each List made within 50ms.
  const lists = new ListRegistry(client, { readMs: options.listCacheTtlMs ?? 10_000, pollMs: options.pollShareMs ?? 50 });
  let defaultTags: DefaultTags = { known: true, tags: {} };
  const ctx: ProviderContext = { client, signal: stopper.signal, poll, lists: (kind) => lists.get(kind), defaultTags: () => defaultTags };

  return new ProviderServer({
    schema: providerSchema,
    async configure(req, diags) {
      // Loaded here: processes that only answer schema or validate never do. The client and most
      // of the AWS SDK load later still, at the first API call.
      const { configureClient } = require('./config/configure') as typeof ConfigureModule;
      defaultTags = defaultTagsFrom(req.config);
      const result = await configureClient(req.config, diags);
      if (!result) return;
      configured = result;
      lists.clear();
      if (result.kind === 'unknown') {
        log.info('provider configuration has unknown values; API calls wait for apply', { attributes: result.attributes });
      } else {
        log.info('provider configured', { region: result.region, terraform_version: req.terraformVersion });
      }
    },
    resources: RESOURCES.map((r) => r.build(ctx)),
    dataSources: DATA_SOURCES.map((d) => d.build(ctx)),
    listResources: LIST_RESOURCES.map((l) => l.build(ctx)),
    stopper,
  });
}
