/**
 * What `npm run build` shows of Astro's output (scripts/build.ts). Astro prints one line per page written —
 * thousands at 1,000 entries — which buries the messages that matter. The wrapper passes every other line
 * through, counts the page lines instead, and shows the count with the progress of long steps
 * (src/lib/progress.ts): in a terminal as one status line redrawn in place, elsewhere as one summary line at
 * the end.
 */

/** Astro's line for a written page or file: `08:17:33   ├─ /praxis/x/index.html (+16ms)` (also `(cached)`). */
const PAGE_LINE = /^(?:\S+\s+)?\s*[├└]─ \/\S*/u;

// eslint-disable-next-line no-control-regex -- Astro colours its output in a terminal
const ANSI = /\u001b\[[0-9;]*m/gu;

export function isPageLine(line: string): boolean {
  return PAGE_LINE.test(line.replace(ANSI, ''));
}

export class BuildOutput {
  /** Pages and files Astro reported as written. */
  pages = 0;
  private partial = '';
  private readonly steps = new Map<string, { done: number; total: number; label: string }>();

  /** The complete lines of `chunk` (with what was left of the previous one) that are not page lines. */
  push(chunk: string): string[] {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    const shown: string[] = [];
    for (const line of lines) {
      if (isPageLine(line)) this.pages++;
      else shown.push(line);
    }
    return shown;
  }

  /** What is left after the last chunk. */
  flush(): string[] {
    const rest = this.partial;
    this.partial = '';
    return rest === '' ? [] : this.push(`${rest}\n`);
  }

  step(key: string, label: string, done: number, total: number): void {
    this.steps.set(key, { done, total, label });
  }

  /** `pages 523 · social images 400 of 1872`. */
  status(): string {
    const parts = [`pages ${this.pages}`];
    for (const s of this.steps.values()) parts.push(`${s.label} ${s.done} of ${s.total}`);
    return parts.join(' · ');
  }
}
