import { formatDuration, parseDuration } from '../../../src/provider/framework/duration';
import { timeoutFor, timeoutsBlock } from '../../../src/provider/framework/timeouts';
import { validateConfig } from '../../../src/provider/framework/validate';
import { defineSchema } from '../../../src/provider/framework/schema';

describe('parseDuration (Go notation)', () => {
  it.each([
    ['45m', 45 * 60_000],
    ['1h30m', 90 * 60_000],
    ['30s', 30_000],
    ['1.5h', 90 * 60_000],
    ['500ms', 500],
    ['2h0m5s', 2 * 3_600_000 + 5000],
    ['0', 0],
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '45', '45 minutes', 'm', '1h 30m', '-5m', '1d', '1H', 'abc'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it('formats for messages', () => {
    expect(formatDuration(90 * 60_000)).toBe('1h30m');
    expect(formatDuration(30_000)).toBe('30s');
    expect(formatDuration(250)).toBe('250ms');
  });
});

describe('timeouts block', () => {
  const schema = defineSchema({
    version: 0,
    description: 'x',
    attributes: { name: { type: 'string', optional: true, description: 'n' } },
    blocks: { timeouts: timeoutsBlock({ create: '30m', delete: '10m' }) },
  });

  it('uses the configured duration, else the default', () => {
    expect(timeoutFor({ timeouts: { create: '1h30m', delete: null } }, 'create', '30m')).toBe(90 * 60_000);
    expect(timeoutFor({ timeouts: { create: null, delete: null } }, 'create', '30m')).toBe(30 * 60_000);
    expect(timeoutFor({ timeouts: null }, 'delete', '10m')).toBe(10 * 60_000);
    expect(timeoutFor(null, 'delete', '10m')).toBe(10 * 60_000);
  });

  it('rejects a malformed duration with the attribute path and an example', () => {
    const diags = validateConfig(schema, { name: null, timeouts: { create: '45 minutes', delete: '0' } });
    expect(diags).toHaveLength(2);
    expect(diags[0]!.attribute).toEqual([{ attributeName: 'timeouts' }, { attributeName: 'create' }]);
    expect(diags[0]!.detail).toContain('"45 minutes" is not a duration');
    expect(diags[0]!.detail).toContain('"1h30m"');
    expect(diags[1]!.attribute).toEqual([{ attributeName: 'timeouts' }, { attributeName: 'delete' }]);
    expect(diags[1]!.detail).toContain('too short');
  });

  it('is a single nested block of optional strings and local-only', () => {
    const b = timeoutsBlock({ create: '30m' });
    expect(b.nesting).toBe('single');
    expect(b.localOnly).toBe(true);
    expect(b.attributes['create']).toMatchObject({ type: 'string', optional: true });
    expect(b.attributes['create']!.description).toContain('`30m`');
  });
});
