/**
 * Sending what the outbox holds. The server answers a sign-up once the confirmation e-mail is
 * in the store's outbox (one transaction with the sign-up), not once it is sent; this worker
 * sends it right after, on start (whatever an earlier process left) and, with a time limit,
 * on shutdown. So a process that stops or is killed loses no confirmation e-mail: at worst the
 * one in flight is sent again after a restart, with the same Message-ID.
 *
 * A recipient refusal (5xx to RCPT TO) gives the e-mail up; anything else — a 4xx, a server
 * that cannot be reached or refuses our sender — leaves it queued and tries again later, with
 * back-off, until MAX_AGE_MS after it was queued (a confirmation link is worthless by then).
 */
import type { SendMailOptions } from 'nodemailer';
import { classify, describe, type Mailer } from './mailer.ts';
import type { NewsletterStore, QueuedMail } from './store.ts';

/** Give an e-mail up this long after it was queued. */
export const MAX_AGE_MS = 48 * 3_600_000;
/** Longest pause between two attempts of one e-mail. */
const MAX_BACKOFF_MS = 15 * 60_000;

export interface OutboxOptions {
  store: NewsletterStore;
  mailer: Mailer;
  /** First pause after a failed attempt; it doubles with every attempt. */
  retryDelayMs: number;
  /** E-mails sent at once (the pool's connections). */
  parallel: number;
  now?: () => Date;
  log?: (line: string) => void;
}

export class Outbox {
  readonly #o: Required<OutboxOptions>;
  readonly #inFlight = new Map<number, Promise<void>>();
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: OutboxOptions) {
    this.#o = { now: () => new Date(), log: () => {}, ...options };
  }

  /** Look at the outbox soon (after a sign-up, on start). Never throws. */
  kick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#run().finally(() => {
      this.#running = undefined;
      if (this.#again && !this.#stopped) {
        this.#again = false;
        this.kick();
      }
    });
  }

  /** Send what is due now, until the outbox has nothing due or `limitMs` has passed. */
  async drain(limitMs: number): Promise<void> {
    const deadline = Date.now() + limitMs;
    while (Date.now() < deadline) {
      this.kick();
      const running = this.#running;
      if (!running) return;
      const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), deadline - Date.now()).unref());
      if ((await Promise.race([running.then(() => 'done' as const), late])) === 'late') return;
      if (!this.#again && (await this.#o.store.dueMail(this.#o.now(), 1)).length === 0) return;
    }
  }

  /** Take no more e-mails; what is in flight may still finish. */
  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
  }

  async #run(): Promise<void> {
    try {
      for (;;) {
        if (this.#stopped) return;
        const due = (await this.#o.store.dueMail(this.#o.now(), this.#o.parallel + this.#inFlight.size)).filter(
          (m) => !this.#inFlight.has(m.id),
        );
        if (due.length === 0 && this.#inFlight.size === 0) break;
        for (const mail of due.slice(0, Math.max(0, this.#o.parallel - this.#inFlight.size))) {
          const sending = this.#send(mail).finally(() => this.#inFlight.delete(mail.id));
          this.#inFlight.set(mail.id, sending);
        }
        if (this.#inFlight.size > 0) await Promise.race(this.#inFlight.values());
      }
      this.#schedule();
    } catch (error) {
      // The store is gone (shutting down) or broken: log it, the e-mails stay queued.
      this.#o.log(`outbox: ${(error as Error).message}`);
    }
  }

  /** Wake up for the next deferred e-mail. */
  #schedule(): void {
    if (this.#stopped) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.kick(), 30_000);
    this.#timer.unref();
  }

  /** One attempt; never rejects (a failure to record it is logged, the e-mail stays queued). */
  async #send(mail: QueuedMail): Promise<void> {
    try {
      await this.#attempt(mail);
    } catch (error) {
      this.#o.log(`outbox: ${mail.kind} e-mail ${mail.id}: ${(error as Error).message}`);
    }
  }

  async #attempt(mail: QueuedMail): Promise<void> {
    const { store, mailer, log } = this.#o;
    try {
      await mailer.sendMail(mail.message as SendMailOptions);
    } catch (error) {
      if (this.#stopped) return;
      const reason = describe(error);
      const now = this.#o.now();
      const tooOld = now.getTime() - Date.parse(mail.createdAt) >= MAX_AGE_MS;
      if (classify(error) === 'permanent' || tooOld) {
        await store.mailFailed(mail.id, reason, now);
        log(`outbox: ${mail.kind} e-mail ${mail.id} given up: ${reason}`);
        return;
      }
      const pause = Math.min(MAX_BACKOFF_MS, this.#o.retryDelayMs * 2 ** mail.attempts);
      await store.mailDeferred(mail.id, reason, new Date(now.getTime() + pause));
      log(`outbox: ${mail.kind} e-mail ${mail.id} not sent yet (${reason}); next try in ${Math.ceil(pause / 1000)} s`);
      return;
    }
    await store.mailSent(mail.id);
  }
}
