/**
 * Progress of a long build step (the social images, …), said briefly:
 * - under `npm run build` (scripts/build.ts, which talks to Astro over an IPC channel) as messages the
 *   wrapper shows in its one status line;
 * - in a terminal without the wrapper, as a line at each quarter;
 * - elsewhere (logs, CI) not at all;
 * and in every case one summary line at the end of the build (`takeSummaries`, printed by the timing
 * integration): printed when the step ends, it would land in the middle of Astro's line for the page it is
 * rendering. The list lives on `globalThis` because the integrations and the bundled pages load this module
 * apart, in the same process.
 */
import { performance } from 'node:perf_hooks';

/** The message `npm run build` receives from Astro's process. */
export interface ProgressMessage {
  type: 'praxis:progress';
  /** Short key of the step, e.g. `images`. */
  step: string;
  /** What is counted, e.g. `social images`. */
  label: string;
  done: number;
  total: number;
}

export function isProgressMessage(m: unknown): m is ProgressMessage {
  return (
    typeof m === 'object' &&
    m !== null &&
    (m as { type?: unknown }).type === 'praxis:progress' &&
    typeof (m as { step?: unknown }).step === 'string' &&
    typeof (m as { label?: unknown }).label === 'string' &&
    Number.isFinite((m as { done?: unknown }).done) &&
    Number.isFinite((m as { total?: unknown }).total)
  );
}

export interface StepProgress {
  update: (done: number, total: number) => void;
  /** Keeps the summary line for the end of the build. */
  done: (summary: string) => void;
}

const SUMMARIES = Symbol.for('praxis.build.summaries');

function summaries(): string[] {
  const store = globalThis as { [SUMMARIES]?: string[] };
  return (store[SUMMARIES] ??= []);
}

/** The summary lines of the steps that have ended, once: the caller prints them. */
export function takeSummaries(): string[] {
  return summaries().splice(0);
}

/** At most this often a message to the wrapper (each one is a write to a pipe and a redraw). */
const EVERY_MS = 100;

export function stepProgress(
  step: string,
  label: string,
  out: { isTTY?: boolean; write: (s: string) => unknown } = process.stdout,
  /** Where messages to `npm run build` go; null: nowhere (Astro not started by the wrapper). */
  send: ((m: ProgressMessage) => unknown) | null = process.send?.bind(process) ?? null,
): StepProgress {
  let last = 0;
  let quarter = 0;
  return {
    update(done, total) {
      if (send) {
        const now = performance.now();
        if (done < total && now - last < EVERY_MS) return;
        last = now;
        send({ type: 'praxis:progress', step, label, done, total });
      } else if (out.isTTY) {
        const q = Math.floor((4 * done) / Math.max(1, total));
        if (q > quarter && done < total) {
          quarter = q;
          out.write(`[${step}] ${done} of ${total} ${label}\n`);
        }
      }
    },
    done(summary) {
      summaries().push(`[${step}] ${summary}`);
    },
  };
}
