/** The private directory holding the plugin's unix socket: 0700, removed when the process exits. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

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

export function removeSocketDir(s: SocketDir): void {
  fs.rmSync(s.dir, { recursive: true, force: true });
}
