import { expect, test } from 'vitest';
import { RateLimiter } from './rateLimit.ts';

test('a key is limited within its window and free again after it', () => {
  const limiter = new RateLimiter(2, 1000);
  expect([0, 1, 2].map((t) => limiter.hit('a', t).allowed)).toEqual([true, true, false]);
  expect(limiter.hit('b', 3).allowed).toBe(true);
  expect(limiter.hit('a', 1000).allowed).toBe(true);
});

test('with many keys each hit does a bounded amount of work and memory stays capped', () => {
  const limiter = new RateLimiter(5, 60_000, 100_000);
  let worst = 0;
  let largest = 0;
  // 200,000 made-up client addresses in one window: above the 50,000 keys at which the
  // old limiter scanned its whole map on every hit.
  for (let i = 0; i < 200_000; i += 1) {
    limiter.hit(`2001:db8::${i.toString(16)}`, i % 1000);
    worst = Math.max(worst, limiter.lastWork);
    largest = Math.max(largest, limiter.size);
  }
  expect(largest).toBe(100_000);
  expect(worst).toBeLessThanOrEqual(5);
  // When the window has passed, the old keys go a few at a time with the hits that follow.
  for (let i = 0; i < 1000; i += 1) {
    limiter.hit(`late-${i}`, 61_000 + i);
    worst = Math.max(worst, limiter.lastWork);
  }
  expect(worst).toBeLessThanOrEqual(5);
  expect(limiter.size).toBeLessThan(100_000);
});
