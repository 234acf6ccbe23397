/**
 * The first code the provider executable runs (scripts/build-provider.ts puts it in front of the
 * bundle). When a TLS identity made ahead is at hand it prints the handshake line first, with only
 * Node's own modules loaded (early-start.ts), so the engine connects while the bundle compiles.
 * It compiles the bundle through V8's code cache, kept per user and per Node version, so
 * the ~2 MB of JavaScript is not parsed and compiled again on each of the 3–5 starts per command.
 *
 * The bundle travels in the same file, after this code, deflated and base64-encoded inside one
 * block comment: Node reads and scans the whole file before this code runs, and a quarter of the
 * bytes costs ~9 ms less per start than the plain text did. The first start unpacks it into the
 * per-user start-up cache (`<bundle id>.js`, checked by length); later starts read that. Without a
 * cache directory every start unpacks it (still cheaper than the plain text was). The bundle runs
 * as the CommonJS module body it was built as. The code cache is a plain V8 code cache (vm.Script
 * `cachedData`), written atomically once a process has run for a while; V8 refuses a cache made
 * by another Node or for other source, and then the bundle just compiles as usual and the cache is
 * rewritten. The release's single executable carries the bundle as a SEA asset instead (same cache
 * scheme).
 * Set EVS_PROVIDER_CODE_CACHE=off to compile without it.
 */
// Before anything else: refuses an unsupported Node with a clear sentence.
import './node-check';
import * as fs from 'fs';
import * as path from 'path';
import type * as V8 from 'v8';
import * as vm from 'vm';
import { pruneCodeCaches } from './code-cache-prune';
import { startEarly } from './early-start';
import { boundHeapGrowth } from './heap-limits';
import { startCacheDir } from './start-cache';


/** Replaced at build time: the bundle's SHA-256 prefix, naming its cache files. */
declare const __BUNDLE_ID__: string;
/** Replaced at build time: true in the release's single executable, whose bundle is a SEA asset. */
declare const __SEA__: boolean;
/** Replaced at build time: the bundle's length in characters (it is pure ASCII). */
declare const __BUNDLE_LENGTH__: number;

/** The bundle packed in this file (see the top of this file for the format). */
function unpackBundle(): string {
  const damaged = () => new Error(`${__filename} is damaged: its bundle is missing or incomplete; reinstall the provider`);
  const self = fs.readFileSync(__filename, 'latin1');
  // The marker is split here so this code does not contain it.
  const marker = '\n/*' + 'evs-bundle:' + __BUNDLE_ID__ + '\n';
  const start = self.lastIndexOf(marker);
  const end = self.lastIndexOf('*/');
  if (start < 0 || end < start) throw damaged();
  const zlib = require('zlib') as typeof import('zlib');
  let text: string;
  try {
    text = zlib.inflateRawSync(Buffer.from(self.slice(start + marker.length, end), 'base64')).toString('latin1');
  } catch {
    throw damaged();
  }
  if (text.length !== __BUNDLE_LENGTH__) throw damaged();
  return text;
}

/** The bundle's text: from the start-up cache when unpacked there before, else unpacked (and kept). */
function bundleSource(dir: string | undefined): string {
  if (__SEA__) return (require('node:sea') as { getAsset(key: string, encoding: string): string }).getAsset('bundle', 'utf8');
  const unpacked = dir && path.join(dir, `${__BUNDLE_ID__}.js`);
  if (unpacked) {
    try {
      const text = fs.readFileSync(unpacked, 'latin1');
      if (text.length === __BUNDLE_LENGTH__) return text;
    } catch {
      // Not unpacked yet.
    }
  }
  const text = unpackBundle();
  if (unpacked) writeAtomically(unpacked, Buffer.from(text, 'latin1'));
  return text;
}

/** Writes a start-up cache file via a temporary file and a rename; a failure only costs speed. */
function writeAtomically(file: string, data: Buffer): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data, { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch {
    // A read-only or full disk only costs speed.
  }
}

function cacheFile(dir: string | undefined): string | undefined {
  return dir && path.join(dir, `${__BUNDLE_ID__}-${process.version}-${process.arch}${__SEA__ ? '-sea' : ''}-2.v8`);
}

/**
 * Bytes of bytecode V8 holds. The cache file starts with this figure as its writer saw it: a
 * process that compiled clearly more than the writer (the engine's first start of a command only
 * reads the schema; later ones configure, read and change, and load the AWS SDK) rewrites the
 * cache once, so it grows to what the starts really run.
 */
// `v8` is required on first use: loading it (~2 ms) before the handshake line would delay it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bytecode = () => (require('v8') as typeof V8).getHeapCodeStatistics().bytecode_and_metadata_size;
const GROW_FACTOR = 1.1;

/** The cache and its writer's bytecode figure (0 when unknown). */
function readCache(file: string | undefined): { data: Buffer; writerBytecode: number } | undefined {
  if (!file) return undefined;
  try {
    const raw = fs.readFileSync(file);
    return raw.length > 4 ? { data: raw.subarray(4), writerBytecode: raw.readUInt32LE(0) } : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache (functions compiled so far included), headed by the bytecode figure. */
function saveCache(script: vm.Script, file: string): void {
  const header = Buffer.alloc(4);
  header.writeUInt32LE(Math.min(bytecode(), 0xffffffff));
  writeAtomically(file, Buffer.concat([header, script.createCachedData()]));
}

/**
 * Compile and run the bundle; says whether the cache is missing or refused (to be written), and
 * what its writer had compiled.
 */
function compileAndRun(dir: string | undefined, file: string | undefined): { script: vm.Script; missing: boolean; writerBytecode: number } {
  // Locals here, not module constants: the cache bytes are garbage once V8 has read them.
  const cache = readCache(file);
  const cachedData = cache?.data;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${bundleSource(dir)}\n})`, {
    filename: __filename,
    ...(cachedData ? { cachedData } : {}),
    // The AWS SDK imports a few built-ins with import(); resolve them as the main program would.
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
  });
  (script.runInThisContext() as (...args: unknown[]) => void)(exports, require, module, __filename, __dirname);
  return { script, missing: !cachedData || !!script.cachedDataRejected, writerBytecode: cache?.writerBytecode ?? 0 };
}

const dir = startCacheDir();
startEarly(dir);
const file = cacheFile(dir);
const compiled = compileAndRun(dir, file);
const { script } = compiled;
/** What the cache on disk holds, as bytecode its writer had: 0 when it is missing or refused. */
let onDisk = compiled.missing ? 0 : compiled.writerBytecode;
/**
 * Writes the cache when there is none, or when this process compiled clearly more than its writer
 * did. A cache written by a process that did less (the engine's first start of a command only
 * reads the schema) lacks what later ones compile (configure, reads, changes, the AWS SDK), and
 * each process of a plan lives well under a second: so the check runs at exit too, and the cache
 * grows to what the starts really run within a command or two, then stays.
 */
let flagsChanged = false;
const saveIfGrown = () => {
  // V8 stamps a code cache with a hash of its flags: one written after boundHeapGrowth would be
  // refused by every later start.
  if (!file || flagsChanged || (onDisk > 0 && bytecode() <= onDisk * GROW_FACTOR)) return;
  onDisk = bytecode();
  saveCache(script, file);
};
process.once('exit', saveIfGrown);
setTimeout(() => {
  // After a second the start-up path and the provider have compiled: those functions go in too.
  saveIfGrown();
  // Only now (see saveIfGrown); and start-up grows the heap at full speed.
  flagsChanged = true;
  boundHeapGrowth();
}, 1000).unref();
// Old builds' and Node versions' caches and unpacked bundles: removed well after start-up, off
// the critical path.
if (dir && file && !__SEA__) {
  setTimeout(() => {
    pruneCodeCaches(dir, path.basename(file));
    pruneCodeCaches(dir, `${__BUNDLE_ID__}.js`);
  }, 5000).unref();
} else if (file) {
  setTimeout(() => pruneCodeCaches(path.dirname(file), path.basename(file)), 5000).unref();
}
