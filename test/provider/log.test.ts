import { engineLogThreshold } from '../../src/provider/log';

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
