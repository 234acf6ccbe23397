/**
 * Keeps the per-user code-cache directory small: every provider build and Node version writes its
 * own code cache (2–4 MB each), and every build its unpacked bundle (~2 MB), so upgrades would pile
 * them up. Keeps the newest few of the kind in use (same extension, by mtime) and the one in use; called from boot.ts on a timer well after start-up, and any error is ignored (another
 * provider process may be pruning or writing at the same moment).
 */
import * as fs from 'fs';
import * as path from 'path';

/** Enough for a few provider versions × Node versions in use side by side. */
export const KEEP_CODE_CACHES = 4;

/** A `.tmp` left this long is from a process that died while writing its cache. */
const STALE_TMP_MS = 10 * 60 * 1000;

export function pruneCodeCaches(dir: string, inUse: string, keep = KEEP_CODE_CACHES): string[] {
  const removed: string[] = [];
  const remove = (name: string) => {
    try {
      fs.unlinkSync(path.join(dir, name));
      removed.push(name);
    } catch {
      // Already gone (another process pruned it).
    }
  };
  try {
    const names = fs.readdirSync(dir);
    for (const name of names.filter((n) => n.endsWith('.tmp'))) {
      try {
        if (Date.now() - fs.statSync(path.join(dir, name)).mtimeMs > STALE_TMP_MS) remove(name);
      } catch {
        // Renamed or removed meanwhile.
      }
    }
    const files = names
      .filter((name) => name.endsWith(path.extname(inUse)) && name !== inUse)
      .map((name) => {
        try {
          return { name, mtime: fs.statSync(path.join(dir, name)).mtimeMs };
        } catch {
          return undefined;
        }
      })
      .filter((f): f is { name: string; mtime: number } => f !== undefined)
      .sort((a, b) => b.mtime - a.mtime);
    for (const { name } of files.slice(Math.max(0, keep - 1))) remove(name);
  } catch {
    // No directory yet, or not readable: nothing to prune.
  }
  return removed;
}
