import { startEmulator, type RunningEmulator } from '../../../../src/emulator';
import { createEvsClient } from '../../../../src/evs';
import { CONNECTORS } from '../../../../src/provider/resources/environment_connector/find';
import { ListCache } from '../../../../src/provider/resources/shared/list-cache';
import { ENV } from '../harness';

// The read cache shares one List per parent within its ttl, then forgets it (a long-lived
// provider must not keep the lists of every parent it ever read).
describe('ListCache', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({});
  });
  afterAll(() => emulator.close());

  it('shares one List among concurrent and recent callers of a parent', async () => {
    const client = createEvsClient({ region: 'us-east-1', endpoint: emulator.url, accessKey: 'AKIAEXAMPLE000000000', secretKey: 'not-a-secret' });
    const cache = new ListCache((parent, signal) => CONNECTORS.load(client, parent, signal), 60_000);
    await emulator.control.resetCounters();
    await Promise.all([cache.list(ENV), cache.list(ENV), cache.list(ENV)]);
    await cache.list(ENV);
    expect((await emulator.control.getCounters()).ListEnvironmentConnectors.calls).toBe(1);
    cache.invalidate(ENV);
    await cache.list(ENV);
    expect((await emulator.control.getCounters()).ListEnvironmentConnectors.calls).toBe(2);
  });

  it('drops an entry once its ttl has passed', async () => {
    // Fake clock: expiry is a rule about time, not a race against the machine's load.
    jest.useFakeTimers();
    try {
      let calls = 0;
      const cache = new ListCache<string>(async () => {
        calls++;
        return ['x'];
      }, 100);
      await cache.list('p');
      await cache.list('p');
      expect(calls).toBe(1);
      expect(cache.size).toBe(1);
      jest.advanceTimersByTime(102);
      expect(cache.size).toBe(0);
      await cache.list('p');
      expect(calls).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('does not remember a failed list', async () => {
    let calls = 0;
    const cache = new ListCache<string>(async () => {
      calls++;
      if (calls === 1) throw new Error('first fails');
      return ['x'];
    }, 10_000);
    await expect(cache.list('p')).rejects.toThrow('first fails');
    await expect(cache.list('p')).resolves.toEqual(['x']);
    cache.invalidate('p');
    await cache.list('p');
    expect(calls).toBe(3);
  });
});
