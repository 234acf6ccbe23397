import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { createEvsClient } from '../../../src/evs';
import { ConnectorLister } from '../../../src/provider/resources/find';
import { ENV } from './harness';

// The read cache shares one List per environment within its ttl, then forgets it (a long-lived
// provider must not keep the lists of every environment it ever read).
describe('ConnectorLister', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({});
  });
  afterAll(() => emulator.close());

  it('shares one List within the ttl and drops the entry once it expires', async () => {
    const client = createEvsClient({ region: 'us-east-1', endpoint: emulator.url, accessKey: 'AKIAEXAMPLE000000000', secretKey: 'not-a-secret' });
    const lister = new ConnectorLister(client, 100);
    const entries = (lister as unknown as { entries: Map<string, unknown> }).entries;
    await emulator.control.resetCounters();
    await Promise.all([lister.list(ENV), lister.list(ENV), lister.list(ENV)]);
    expect((await emulator.control.getCounters()).ListEnvironmentConnectors.calls).toBe(1);
    expect(entries.size).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(entries.size).toBe(0);
    await lister.list(ENV);
    expect((await emulator.control.getCounters()).ListEnvironmentConnectors.calls).toBe(2);
  });
});
