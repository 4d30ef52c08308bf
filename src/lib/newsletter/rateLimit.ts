/**
 * Fixed-window rate limiting in memory, for the per-client limit of one server process. Keys
 * are client addresses; anyone can make up new ones (IPv6 gives a client billions), so both
 * the memory and the work per hit are bounded:
 *
 *   - entries sit in the Map in the order their windows started (a new window re-inserts its
 *     key at the end), so the expired ones are always at the front: each hit looks at no more
 *     than SWEEP entries there and drops the expired ones — no scan of the whole map;
 *   - past `capacity` keys the oldest window is dropped. Such a client may start afresh, which
 *     only happens under a flood of made-up addresses, and then the flood itself is limited.
 */
export interface LimitResult {
  allowed: boolean;
  /** Seconds until the key may try again. */
  retryAfter: number;
}

/** Entries looked at per hit, at most, to drop expired windows. */
const SWEEP = 4;

export class RateLimiter {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #capacity: number;
  readonly #hits = new Map<string, { start: number; count: number }>();
  #examined = 0;

  constructor(max: number, windowMs: number, capacity = 100_000) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#capacity = capacity;
  }

  /** Keys held now. */
  get size(): number {
    return this.#hits.size;
  }

  /** Entries the last hit looked at besides its own key: the work bound a test checks. */
  get lastWork(): number {
    return this.#examined;
  }

  /** Count one attempt for `key` at time `now` (ms) and say whether it is within the limit. */
  hit(key: string, now: number): LimitResult {
    this.#examined = 0;
    for (const [oldest, slot] of this.#hits) {
      if (this.#examined >= SWEEP || now - slot.start < this.#windowMs) break;
      this.#examined += 1;
      this.#hits.delete(oldest);
    }
    let slot = this.#hits.get(key);
    if (!slot || now - slot.start >= this.#windowMs || now < slot.start) {
      this.#hits.delete(key);
      slot = { start: now, count: 0 };
      this.#hits.set(key, slot);
      if (this.#hits.size > this.#capacity) {
        const oldest = this.#hits.keys().next().value!;
        this.#hits.delete(oldest);
        this.#examined += 1;
      }
    }
    slot.count += 1;
    const retryAfter = Math.max(1, Math.ceil((slot.start + this.#windowMs - now) / 1000));
    return { allowed: slot.count <= this.#max, retryAfter };
  }
}
