import { describe, expect, test } from 'vitest';
import { median, timeRuns } from './data-layer';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the data-layer benchmarks’ timing', () => {
  test('median: the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('warm-ups and the preparation before each call are not timed; every call gets its index', async () => {
    const calls: string[] = [];
    const timing = await timeRuns(
      3,
      async (i) => {
        calls.push(`run ${i}`);
        // the warm-up is slow, the timed calls quick
        await sleep(i === 0 ? 300 : 1);
      },
      {
        warmUps: 1,
        before: async (i) => {
          calls.push(`before ${i}`);
          await sleep(300);
        },
      },
    );
    expect(calls).toEqual(['before 0', 'run 0', 'before 1', 'run 1', 'before 2', 'run 2', 'before 3', 'run 3']);
    expect(timing.median).toBeLessThan(250);
    expect(timing.p90).toBeLessThan(250);
  });
});
