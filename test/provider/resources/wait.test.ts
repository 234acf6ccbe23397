import { nextPollDelay } from '../../../src/provider/resources/wait';

describe('nextPollDelay', () => {
  const poll = { minDelayMs: 250, maxDelayMs: 10_000 };
  it('is a tenth of the time waited, within bounds', () => {
    expect(nextPollDelay(0, poll, () => 0.5)).toBe(250);
    expect(nextPollDelay(5_000, poll, () => 0.5)).toBe(500);
    expect(nextPollDelay(60_000, poll, () => 0.5)).toBe(6_000);
    expect(nextPollDelay(3_600_000, poll, () => 0.5)).toBe(10_000);
  });
  it('jitters by ±20%', () => {
    expect(nextPollDelay(5_000, poll, () => 0)).toBeCloseTo(400);
    expect(nextPollDelay(5_000, poll, () => 1)).toBeCloseTo(600);
  });
});
