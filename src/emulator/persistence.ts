/**
 * Optional state file. Changes are coalesced and written atomically (temporary file, then
 * rename), so a crash leaves either the old or the new state, never half a file.
 */
import { promises as fsp, readFileSync, existsSync, renameSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { StoreSnapshot } from './store';

export function loadState(file: string): StoreSnapshot | undefined {
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as StoreSnapshot;
  if (data?.version !== 1 || !Array.isArray(data.environments) || !Array.isArray(data.connectors)) {
    throw new Error(`${file} is not an EVS emulator state file (version 1).`);
  }
  return data;
}

function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
}

export class StateWriter {
  private scheduled = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly snapshot: () => StoreSnapshot,
  ) {}

  /** Marks the state dirty; one write follows on the next turn of the event loop. */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.writing = this.writing.then(() => this.write()).catch((err: unknown) => {
        process.emitWarning(`EVS emulator could not write ${this.file}: ${String(err)}`);
      });
    });
  }

  private async write(): Promise<void> {
    const tmp = tempName(this.file);
    await fsp.writeFile(tmp, JSON.stringify(this.snapshot(), null, 2));
    await fsp.rename(tmp, this.file);
  }

  /** Writes the current state now (used on close). */
  async flush(): Promise<void> {
    await this.writing;
    const tmp = tempName(this.file);
    writeFileSync(tmp, JSON.stringify(this.snapshot(), null, 2));
    renameSync(tmp, this.file);
  }
}
