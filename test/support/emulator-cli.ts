/**
 * The local EVS service's command as a real child process: started with piped stdio and resolved
 * on its first stdout line ("EVS emulator listening on <url>") while it runs.
 */
import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptionsWithoutStdio } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface LaunchedService {
  child: ChildProcessWithoutNullStreams;
  url: string;
  firstLine: string;
  stderr: () => string;
}

/** Spawns `command args`; rejects when it exits first or its first line is not the listening line. */
export function launchService(command: string, args: string[], options: SpawnOptionsWithoutStdio = {}): Promise<LaunchedService> & { child: ChildProcessWithoutNullStreams } {
  const child = spawn(command, args, { ...options, stdio: 'pipe' });
  const started = new Promise<LaunchedService>((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.once('exit', (code) => reject(new Error(`${command} exited ${code} before its first line: ${stderr}`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const url = /listening on (http:\/\/\S+)$/.exec(line)?.[1];
      if (!url) reject(new Error(`unexpected first line: ${line}`));
      else resolve({ child, url, firstLine: line, stderr: () => stderr });
    });
  });
  // The child is known at once, so a caller can track it for cleanup even if starting fails.
  return Object.assign(started, { child });
}
