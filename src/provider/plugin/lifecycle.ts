/**
 * Process lifetime of the plugin: a private socket directory removed on every exit path, SIGINT
 * ignored (the engine shares our process group and sends StopProvider instead), and an exit when
 * the engine goes away without saying so.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { log } from '../log';

// sun_path holds 108 bytes on Linux (104 on macOS); leave room for the file name.
const MAX_SOCKET_PATH = 100;

export interface SocketDir {
  dir: string;
  socketPath: string;
}

/** A fresh 0700 directory under $TMPDIR holding the socket path (falls back to /tmp if too long). */
export function createSocketDir(): SocketDir {
  let base = os.tmpdir();
  if (path.join(base, 'plugin-XXXXXX', 'plugin.sock').length > MAX_SOCKET_PATH) base = '/tmp';
  const dir = fs.mkdtempSync(path.join(base, 'plugin-'));
  fs.chmodSync(dir, 0o700);
  return { dir, socketPath: path.join(dir, 'plugin.sock') };
}

let exiting = false;
const cleanups: Array<() => void> = [];

export function onExit(fn: () => void): void {
  cleanups.push(fn);
}

function runCleanups(): void {
  while (cleanups.length > 0) {
    try {
      cleanups.pop()!();
    } catch {
      // Best effort: exiting matters more than tidying.
    }
  }
}

/** Exit now, after cleanups. Safe to call more than once. */
export function exitPlugin(code: number, reason: string): void {
  if (exiting) return;
  exiting = true;
  log.debug('Plugin exiting', { reason, exit_code: code });
  runCleanups();
  process.exit(code);
}

export function installProcessHandlers(): void {
  process.on('exit', runCleanups);
  process.on('SIGINT', () => log.debug('Ignoring SIGINT: the engine sends StopProvider instead'));
  process.on('SIGTERM', () => exitPlugin(0, 'SIGTERM'));
  process.on('SIGHUP', () => exitPlugin(0, 'SIGHUP'));
  // An engine killed with SIGKILL cannot tell us; being re-parented is the sign.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) exitPlugin(0, 'parent process went away');
  }, 500).unref();
}

/** Remove the socket directory (used as an exit cleanup). */
export function removeSocketDir(s: SocketDir): void {
  fs.rmSync(s.dir, { recursive: true, force: true });
}
