/**
 * Fixed-window rate limiting in memory, for the per-client limit of one server process. Keys
 * are client addresses; anyone can make up new ones (IPv6 gives a client billions), so both
 * the memory and the work per hit are bounded:
 *
 *   - a queue holds the keys in the order their windows started, so the expired ones are
 *     always at its head: each hit looks at no more than SWEEP of them and drops them from the
 *     map — no scan of the whole map. (Not the Map's own order: V8 leaves deleted entries as
 *     holes that every new iterator walks past, which costs as much as the scan.);
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
  /** Windows in the order they started; entries before #head are done with. */
  #order: { key: string; start: number }[] = [];
  #head = 0;
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
    while (this.#examined < SWEEP && this.#head < this.#order.length) {
      const oldest = this.#order[this.#head]!;
      if (now - oldest.start < this.#windowMs) break;
      this.#drop(oldest);
    }
    let slot = this.#hits.get(key);
    if (!slot || now - slot.start >= this.#windowMs || now < slot.start) {
      slot = { start: now, count: 0 };
      this.#hits.set(key, slot);
      this.#order.push({ key, start: now });
      while (this.#hits.size > this.#capacity && this.#head < this.#order.length) {
        this.#drop(this.#order[this.#head]!);
      }
    }
    // Forget the queue's done part now and then: amortised, each entry is copied at most once.
    if (this.#head > 1024 && this.#head * 2 > this.#order.length) {
      this.#order = this.#order.slice(this.#head);
      this.#head = 0;
    }
    slot.count += 1;
    const retryAfter = Math.max(1, Math.ceil((slot.start + this.#windowMs - now) / 1000));
    return { allowed: slot.count <= this.#max, retryAfter };
  }

  /** Take the queue's head; its key goes unless a later window of it is the current one. */
  #drop(entry: { key: string; start: number }): void {
    this.#head += 1;
    this.#examined += 1;
    if (this.#hits.get(entry.key)?.start === entry.start) this.#hits.delete(entry.key);
  }
}
