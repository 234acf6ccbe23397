import type { EvsClient } from '../../../evs';
import { ListCache } from './list-cache';

/** Polling settings of the waiters, in milliseconds. */
export interface PollSettings {
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * One kind of listing under a parent: the connectors of an environment, the entitlements of a
 * connector, … Declared by the resource folder that lists it; `name` keys its caches.
 */
export interface ListKind<T> {
  readonly name: string;
  load(client: EvsClient, parent: string, signal?: AbortSignal): Promise<T[]>;
}

/** Lists everything under one parent. */
export type Lister<T> = (parent: string, signal?: AbortSignal) => Promise<T[]>;

/** The three ways to list one kind, and the invalidation after a write. */
export interface Lists<T> {
  /** For reads (refresh, import, data sources): shared for a few seconds. */
  readonly read: Lister<T>;
  /** For waiters: shared only among polls a fraction of a second apart. */
  readonly poll: Lister<T>;
  /** A fresh list, for write paths and for reading back after a failed call. */
  readonly fresh: Lister<T>;
  /** After a write under `parent`: both caches forget it. */
  invalidate(parent: string): void;
}

/** The provider's `default_tags`: known (possibly empty), or not known until apply. */
export type DefaultTags = { readonly known: true; readonly tags: Readonly<Record<string, string>> } | { readonly known: false };

/**
 * What resources and data sources get from the provider: the configured client, the shared stop
 * signal (StopProvider), waiter polling settings, the list caches of each list kind and the
 * provider's default tags.
 */
export interface ProviderContext {
  /** The configured client; throws a sentence a user can act on when there is none. */
  client(): EvsClient;
  /** `default_tags` of the provider block (empty before configuration). */
  defaultTags(): DefaultTags;
  readonly signal: AbortSignal;
  readonly poll: PollSettings;
  lists<T>(kind: ListKind<T>): Lists<T>;
}

export class NotConfiguredError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotConfiguredError';
  }
}

/** The list caches of a provider process, one pair per list kind, created on first use. */
export class ListRegistry {
  private readonly byKind = new Map<string, Lists<unknown>>();

  constructor(
    private readonly client: () => EvsClient,
    private readonly ttl: { readonly readMs: number; readonly pollMs: number },
  ) {}

  get<T>(kind: ListKind<T>): Lists<T> {
    let lists = this.byKind.get(kind.name) as Lists<T> | undefined;
    if (!lists) {
      const load = (parent: string, signal?: AbortSignal) => kind.load(this.client(), parent, signal);
      const read = new ListCache<T>(load, this.ttl.readMs);
      const poll = new ListCache<T>(load, this.ttl.pollMs);
      const invalidate = (parent: string) => {
        read.invalidate(parent);
        poll.invalidate(parent);
      };
      lists = {
        read: (parent, signal) => read.list(parent, signal),
        poll: (parent, signal) => poll.list(parent, signal),
        // What a fresh list shows supersedes the cached lists: a waiter that polled just before must
        // not judge an object the caller has just seen (adopted, read back) by a list without it.
        fresh: async (parent, signal) => {
          const out = await load(parent, signal);
          invalidate(parent);
          return out;
        },
        invalidate,
      };
      this.byKind.set(kind.name, lists as Lists<unknown>);
    }
    return lists;
  }

  /** A new configuration (another client, region or account): nothing listed before applies. */
  clear(): void {
    this.byKind.clear();
  }
}
