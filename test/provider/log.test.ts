import { readFileSync } from 'node:fs';
import { PROVIDER_FULL_SOURCE } from '../../src/names';
import { engineLogThreshold, log, setLogSink, withLogFields } from '../../src/provider/log';

// The provider drops the lines the engine would drop, reading the level exactly as the engines do.
describe('engineLogThreshold', () => {
  const [trace, debug, info, warn, error, off] = [0, 1, 2, 3, 4, 5];
  it.each([
    [{}, off],
    [{ TF_LOG: '' }, off],
    [{ TF_LOG: 'OFF' }, off],
    [{ TF_LOG: 'TRACE' }, trace],
    [{ TF_LOG: 'debug' }, debug],
    [{ TF_LOG: 'INFO' }, info],
    [{ TF_LOG: 'WARN' }, warn],
    [{ TF_LOG: 'ERROR' }, error],
    [{ TF_LOG: 'JSON' }, trace],
    [{ TF_LOG: 'chatty' }, trace],
    [{ TF_LOG: 'ERROR', TF_LOG_PROVIDER: 'DEBUG' }, debug],
    [{ TF_LOG: 'TRACE', TF_LOG_PROVIDER: 'OFF' }, off],
  ])('%j → %i', (env, expected) => {
    expect(engineLogThreshold(env)).toBe(expected);
  });
});

describe('fields of every line', () => {
  const lines: Array<Record<string, unknown>> = [];
  beforeAll(() => setLogSink((l) => lines.push(JSON.parse(l) as Record<string, unknown>)));
  beforeEach(() => (lines.length = 0));

  it('withLogFields: lines logged inside, across awaits and timers, carry the fields; lines outside do not', async () => {
    await withLogFields(
      () => ({ tf_req_id: 'r-1', tf_rpc: 'ReadResource' }),
      async () => {
        log.info('before');
        await new Promise((r) => setTimeout(r, 5));
        await withLogFields(() => ({ tf_resource_type: 'evs_environment_connector' }), async () => log.info('nested'));
        log.info('after');
      },
    );
    log.info('outside');
    expect(lines.map((l) => [l['@message'], l.tf_req_id, l.tf_rpc, l.tf_resource_type])).toEqual([
      ['before', 'r-1', 'ReadResource', undefined],
      ['nested', 'r-1', 'ReadResource', 'evs_environment_connector'],
      ['after', 'r-1', 'ReadResource', undefined],
      ['outside', undefined, undefined, undefined],
    ]);
  });

  it('concurrent RPCs keep their own fields', async () => {
    const rpc = (id: string, ms: number) =>
      withLogFields(() => ({ tf_req_id: id }), async () => {
        await new Promise((r) => setTimeout(r, ms));
        log.debug(id);
      });
    await Promise.all([rpc('a', 10), rpc('b', 1), rpc('c', 5)]);
    expect(lines.map((l) => [l['@message'], l.tf_req_id])).toEqual([['b', 'b'], ['c', 'c'], ['a', 'a']]);
  });

  it('@caller is this file and line; tf_provider_addr names the provider; hclog keys come first', () => {
    log.debug('here');
    const [file, line] = (lines[0]!['@caller'] as string).split(/:(?=\d+$)/);
    expect(file).toBe(__filename);
    expect(readFileSync(__filename, 'utf8').split('\n')[Number(line) - 1]).toContain("log.debug('here')");
    expect(lines[0]).toMatchObject({ '@level': 'debug', '@module': 'provider.evs', tf_provider_addr: PROVIDER_FULL_SOURCE });
    expect(Object.keys(lines[0]!).slice(0, 5)).toEqual(['@caller', '@level', '@message', '@module', '@timestamp']);
  });

  it('field names that hold secrets are redacted', () => {
    log.info('keys', { secret_key: 'x', token: 'y', Authorization: 'z', region: 'us-east-1' });
    expect(lines[0]).toMatchObject({ secret_key: '[redacted]', token: '[redacted]', Authorization: '[redacted]', region: 'us-east-1' });
  });
});
