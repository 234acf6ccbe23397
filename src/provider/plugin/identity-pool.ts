/**
 * TLS identities made ahead of time. Each provider start needs a fresh server certificate for
 * AutoMTLS, and making one (key pair plus an X.509 certificate built with the ASN.1 libraries)
 * costs a start 15–20 ms of loading and work before the handshake line. A process that has been
 * running for a while makes a few for later starts, while it waits on the engine or on EVS; a start
 * takes one, removing it from the pool before it uses it, so every process still serves its own
 * certificate, as go-plugin's do.
 *
 * The pool lives in the per-user start-up cache (start-cache.ts): a directory only the user can
 * enter, each identity a 0600 file; identities older than a day are discarded unused, and the pool
 * is used only when the directory is the user's own and closed to others.
 */
import type * as Crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { ServerIdentity } from './certificates';

/**
 * Enough for several commands' starts (3–5 each) between two processes that run long enough to
 * refill it: commands that only validate or plan without refresh have none. About 1.5 KB each.
 */
export const POOL_SIZE = 16;
/**
 * How many identities a process that found the pool empty leaves behind when it shuts down
 * (~1.5 ms each once the ASN.1 code is loaded, which making its own already did): when every
 * process is short-lived (plans, validates) none lives to the half-second refill, and each start
 * would otherwise make its own certificate before its handshake (~10 ms).
 */
export const REFILL_AT_EXIT = 4;
/** An identity waits at most this long in the pool (its certificate is valid for 30 days). */
export const MAX_AGE_MS = 24 * 3600_000;
/** A claimed file this old was left by a process that died between taking and reading it. */
const STALE_CLAIM_MS = 60_000;

export function poolDir(cacheDir: string): string {
  return path.join(cacheDir, 'identities');
}

/** The pool directory, if it exists, is ours and only ours (0700). */
function trusted(dir: string): boolean {
  try {
    const st = fs.statSync(dir);
    return st.isDirectory() && (st.mode & 0o077) === 0 && (process.getuid === undefined || st.uid === process.getuid());
  } catch {
    return false;
  }
}

function isIdentity(v: unknown): v is ServerIdentity {
  const o = v as Record<string, unknown> | null;
  return !!o && typeof o['certPem'] === 'string' && typeof o['keyPem'] === 'string' && typeof o['certBase64'] === 'string';
}

/** Takes one identity out of the pool (atomically: a rename only one process can win), or none. */
export function claimIdentity(dir: string): ServerIdentity | undefined {
  if (!trusted(dir)) return undefined;
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return undefined;
  }
  for (const name of names) {
    const claimed = path.join(dir, `${name}.${process.pid}.claimed`);
    try {
      fs.renameSync(path.join(dir, name), claimed);
    } catch {
      continue; // another process took it first
    }
    try {
      const fresh = Date.now() - fs.statSync(claimed).mtimeMs < MAX_AGE_MS;
      const parsed: unknown = JSON.parse(fs.readFileSync(claimed, 'utf8'));
      if (fresh && isIdentity(parsed)) return parsed;
    } catch {
      // Unreadable: dropped below, like a stale one.
    } finally {
      fs.rmSync(claimed, { force: true });
    }
  }
  return undefined;
}

/** Tops the pool up to `size` with identities from `make`; never throws (the pool only saves time). */
export async function refillIdentityPool(dir: string, make: () => Promise<ServerIdentity>, size = POOL_SIZE): Promise<number> {
  let made = 0;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!trusted(dir)) return 0;
    const now = Date.now();
    let ready = 0;
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      try {
        const age = now - fs.statSync(file).mtimeMs;
        if (name.endsWith('.json') && age < MAX_AGE_MS) ready++;
        else if (name.endsWith('.json') ? age >= MAX_AGE_MS : age >= STALE_CLAIM_MS) fs.rmSync(file, { force: true });
      } catch {
        // Taken or removed by another process meanwhile.
      }
    }
    for (; ready + made < size; made++) {
      // One at a time, between the engine's requests: each takes a few milliseconds.
      await new Promise((resolve) => setImmediate(resolve));
      const text = JSON.stringify(await make());
      // Required here: boot.ts loads this module before the handshake line, and only refills need it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const base = path.join(dir, (require('crypto') as typeof Crypto).randomBytes(8).toString('hex'));
      fs.writeFileSync(`${base}.tmp`, text, { mode: 0o600, flag: 'wx' });
      fs.renameSync(`${base}.tmp`, `${base}.json`);
    }
  } catch {
    // A full or read-only disk, or another process pruning at the same moment: starts make their own.
  }
  return made;
}
