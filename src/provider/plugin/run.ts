/**
 * The executable's start: refuse to run by hand, then load the (heavier) plugin host and serve.
 * Kept tiny and import-free so a wrong start costs nothing and a right one loads only once.
 */
import type { ProviderImpl } from '../protocol/provider-api';
import { checkPluginEnvironment } from './handshake';

export function runPlugin(loadProvider: () => ProviderImpl | Promise<ProviderImpl>): void {
  const env = checkPluginEnvironment();
  if (!env.ok) {
    process.stderr.write(env.message + '\n');
    process.exit(1);
  }
  import('./serve')
    .then(({ servePlugin }) => servePlugin({ loadProvider, ...(env.clientCertPem ? { clientCertPem: env.clientCertPem } : {}) }))
    .catch((err: unknown) => {
      process.stderr.write(`The provider could not start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exit(1);
    });
}
