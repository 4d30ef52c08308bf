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

/** Returns whether it worked (not on every system: no /proc, or not allowed). */
export function runInBackground(): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
