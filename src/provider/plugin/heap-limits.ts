/**
 * V8 heap sizing for a long-lived provider. The live heap stays ~13–20 MiB, but under back-to-back
 * RPCs V8 by default doubles the young generation up to 2×16 MiB and lets the old space reach 2–3×
 * the live size between full GCs: RSS 105 → 150 MiB over the soak bench's 1,000 cycles. Both flags
 * below are read by V8 at each GC (the semi-space size limits are fixed at start-up and cannot be
 * set from inside the process): the young generation keeps the size start-up grew it to, and the
 * old space grows by 25% of what survives a full GC (at least V8's minimum step). boot.ts applies
 * them a second after start (after writing the code cache): from the first line, the many small
 * scavenges while the bundle evaluates cost 30–50 ms of start-up. Skipped when the user sizes the
 * heap through NODE_OPTIONS or flags.
 */
import type * as V8 from 'v8';
import * as vm from 'vm';

export function boundHeapGrowth(): boolean {
  // Required here, not imported: boot.ts loads this module before the handshake line.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const v8 = require('v8') as typeof V8;
  const given = `${process.env['NODE_OPTIONS'] ?? ''} ${process.execArgv.join(' ')}`;
  if (/semi[-_]space|old[-_]space|heap[-_]size|heap[-_]growing/.test(given)) return false;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=25');
  // V8 sets the old space's limit from what survives a full GC; the first one would only come once
  // the start-up limit (~50 MiB of old space) is reached. One full GC now (a few ms on this heap,
  // once, a second after start) sets it from the real live size. The memory-reducing kind also
  // gives back the young generation start-up grew to (8 of the idle process's ~26 MiB of its own
  // memory); with the growth factor at 1 it stays at V8's minimum. `gc` exists only in a context
  // made while --expose-gc is on: a throwaway one.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
  v8.setFlagsFromString('--no-expose-gc');
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return true;
}
