/**
 * Fixed-window rate limiting in memory: enough for one server process. Keys are a
 * client address or an e-mail address; the map is pruned so it cannot grow without bound.
 */
export interface LimitResult {
  allowed: boolean;
  /** Seconds until the key may try again. */
  retryAfter: number;
}

export class RateLimiter {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #hits = new Map<string, { start: number; count: number }>();

  constructor(max: number, windowMs: number) {
    this.#max = max;
    this.#windowMs = windowMs;
  }

  /** Count one attempt for `key` at time `now` (ms) and say whether it is within the limit. */
  hit(key: string, now: number): LimitResult {
    if (this.#hits.size > 50_000) this.#prune(now);
    let slot = this.#hits.get(key);
    if (!slot || now - slot.start >= this.#windowMs) {
      slot = { start: now, count: 0 };
      this.#hits.set(key, slot);
    }
    slot.count += 1;
    const retryAfter = Math.max(1, Math.ceil((slot.start + this.#windowMs - now) / 1000));
    return { allowed: slot.count <= this.#max, retryAfter };
  }

  #prune(now: number): void {
    for (const [key, slot] of this.#hits) if (now - slot.start >= this.#windowMs) this.#hits.delete(key);
  }
}
