/**
 * Process lifetime of the plugin: cleanups (the socket directory) run on every exit path, SIGINT
 * ignored (the engine shares our process group and sends StopProvider instead), and an exit when
 * the engine goes away without saying so.
 */
import { log } from '../log';

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

