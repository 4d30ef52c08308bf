/**
 * Lowers the priority of the calling thread (Linux: a thread's nice value is its own, and threads it starts
 * inherit it), so that the build's helper threads — the social-image pool, the compression of finished pages —
 * use what the main thread leaves: Astro renders the pages on the main thread, one after another, and every
 * later step waits for it. At equal priority, the two image threads and libvips's took most of two cores and the
 * page rendering got a third of one (per-thread CPU sampled from /proc during a 1,000-entry build).
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value for background threads: the lowest priority short of SCHED_IDLE. */
export const BACKGROUND_NICE = 19;

/**
 * The nice value to use: `PRAXIS_BACKGROUND_NICE` (0–19), else `BACKGROUND_NICE`. The test run sets 0: it runs
 * three test files at once on two cores, and a build's nice-19 threads waited for all of them (the shared test
 * site's build took 51 s instead of 29, and every site and browser test waited for it).
 */
export function backgroundNice(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.PRAXIS_BACKGROUND_NICE?.trim() || NaN);
  return Number.isInteger(value) && value >= 0 && value <= 19 ? value : BACKGROUND_NICE;
}

/** Returns whether it worked (not on every system: no /proc, or not allowed). */
export function runInBackground(nice = backgroundNice()): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    if (nice > 0) setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
