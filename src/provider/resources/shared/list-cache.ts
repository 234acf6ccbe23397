/**
 * Shares one List per parent (an environment, a connector, …) among concurrent and recent callers:
 * a refresh of many objects under one parent then costs one List. A failed list is not
 * remembered; an entry expires after the ttl (so a long-lived process holds at most the lists of
 * the last ttl, not one per parent it ever read); a write from this process invalidates its parent.
 */
export class ListCache<T> {
  private readonly entries = new Map<string, { at: number; result: Promise<T[]> }>();

  constructor(
    private readonly load: (parent: string, signal?: AbortSignal) => Promise<T[]>,
    private readonly ttlMs: number,
  ) {}

  list(parent: string, signal?: AbortSignal): Promise<T[]> {
    const now = Date.now();
    const hit = this.entries.get(parent);
    if (hit && now - hit.at <= this.ttlMs) return hit.result;
    const result = this.load(parent, signal);
    const entry = { at: now, result };
    this.entries.set(parent, entry);
    const forget = () => {
      if (this.entries.get(parent) === entry) this.entries.delete(parent);
    };
    result.catch(forget);
    setTimeout(forget, this.ttlMs + 1).unref();
    return result;
  }

  invalidate(parent: string): void {
    this.entries.delete(parent);
  }

  /** How many parents are held (for tests of expiry). */
  get size(): number {
    return this.entries.size;
  }
}
