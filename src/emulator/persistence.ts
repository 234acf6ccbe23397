/**
 * Optional state file, durable before an answer leaves: each write goes to a temporary file that
 * is fsync'd, renamed over the state file, and the directory fsync'd, so a crash at any moment
 * leaves the old or the new state whole, and a change is on disk before the request that made it
 * is answered. Concurrent changes share one write (group commit): requests that changed the state
 * while a write was in flight are all answered by the next one.
 */
import { promises as fsp, readdirSync, readFileSync, existsSync, rmSync } from 'fs';
import * as path from 'path';
import type { StoreSnapshot } from './store';

export function loadState(file: string): StoreSnapshot | undefined {
  removeStaleTemporaries(file);
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as StoreSnapshot;
  if (data?.version !== 1 || !Array.isArray(data.environments) || !Array.isArray(data.connectors)) {
    throw new Error(`${file} is not an EVS emulator state file (version 1).`);
  }
  return data;
}

function tempPrefix(file: string): string {
  return `.${path.basename(file)}.`;
}

function tempName(file: string, n: number): string {
  return path.join(path.dirname(file), `${tempPrefix(file)}${process.pid}.${n}.tmp`);
}

/** A process killed mid-write leaves its temporary file behind; it never holds anything the state file lacks. */
function removeStaleTemporaries(file: string): void {
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir)) return;
  const prefix = tempPrefix(file);
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(path.join(dir, name), { force: true });
  }
}

const done = Promise.resolve();

export class StateWriter {
  /** Changes made since the last write took its snapshot. */
  private dirty = false;
  private inFlight: Promise<void> | undefined;
  /** The write that will carry the changes made since `inFlight` took its snapshot. */
  private queued: Promise<void> | undefined;
  private writes = 0;
  private scheduled = false;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => StoreSnapshot,
  ) {}

  /** How many writes reached the disk (group commit makes this fewer than the changes). */
  get writeCount(): number {
    return this.writes;
  }

  /**
   * The state changed (called synchronously by the store on every change). A write follows on its
   * own, for changes no request waits for (the in-process control handle, lifecycle steps).
   */
  changed(): void {
    this.dirty = true;
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.durable().catch((err: unknown) => process.emitWarning(`EVS emulator: ${(err as Error).message}`));
    });
  }

  /**
   * Resolves once every change made so far is on disk; rejects when that write failed (the change
   * stays dirty, so the next call tries again).
   */
  durable(): Promise<void> {
    if (!this.dirty) return this.inFlight ?? done;
    this.queued ??= (this.inFlight ?? done)
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        const write = this.write();
        this.inFlight = write;
        void write.then(
          () => this.inFlight === write && (this.inFlight = undefined),
          () => this.inFlight === write && (this.inFlight = undefined),
        );
        return write;
      });
    return this.queued;
  }

  private async write(): Promise<void> {
    // The snapshot is taken now: changes after this point mark the state dirty again.
    this.dirty = false;
    const text = JSON.stringify(this.snapshot());
    const tmp = tempName(this.file, this.writes);
    try {
      const fh = await fsp.open(tmp, 'w', 0o644);
      try {
        await fh.writeFile(text);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await fsp.rename(tmp, this.file);
      // The rename itself is durable only once the directory entry is.
      const dir = await fsp.open(path.dirname(path.resolve(this.file)), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
      this.writes++;
    } catch (err) {
      this.dirty = true;
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
      throw new Error(`could not write the state file ${this.file}: ${(err as Error).message}`);
    }
  }
}
