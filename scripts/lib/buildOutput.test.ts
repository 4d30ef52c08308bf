import { describe, expect, test } from 'vitest';
import { BuildOutput, isPageLine } from './buildOutput.ts';
import { isProgressMessage, stepProgress, takeSummaries, type ProgressMessage } from '../../src/lib/progress.ts';

describe('what npm run build shows of Astro’s output', () => {
  test('page lines are counted, not shown; every other line passes, also when split across chunks', () => {
    const out = new BuildOutput();
    const shown = [
      ...out.push('08:17:30 [build] Building static entrypoints...\n08:17:33   ├─ /praxis/a/index.html (+16ms) \n08:1'),
      ...out.push(
        '7:33   └─ /og/praxis/a.png (cached)\n\u001b[2m08:17:34\u001b[22m   ├─ /en/index.html (+3ms)\n[images] 3 social',
      ),
      ...out.push(' images: 3 drawn, 0 from the cache, 1.0 s'),
      ...out.flush(),
    ];
    expect(shown).toEqual([
      '08:17:30 [build] Building static entrypoints...',
      '[images] 3 social images: 3 drawn, 0 from the cache, 1.0 s',
    ]);
    expect(out.pages).toBe(3);
    out.step('images', 'social images', 2, 3);
    expect(out.status()).toBe('pages 3 · social images 2 of 3');
  });

  test('a warning that names a page is no page line', () => {
    expect(isPageLine('08:17:33 [WARN] [content] /praxis/a/ has no title')).toBe(false);
    expect(isPageLine('08:17:33   ├─ /zitation/x.ris (+1ms) ')).toBe(true);
  });
});

describe('progress of a long step', () => {
  const sink = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, out: { isTTY, write: (s: string) => written.push(s) } };
  };

  test('under npm run build: messages to the wrapper (the last one always), the summary kept for the end', () => {
    const { written, out } = sink(false);
    const sent: ProgressMessage[] = [];
    const p = stepProgress('images', 'social images', out, (m) => sent.push(m));
    for (let i = 1; i <= 50; i++) p.update(i, 50);
    p.done('50 social images: 50 drawn');
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.at(-1)).toEqual({
      type: 'praxis:progress',
      step: 'images',
      label: 'social images',
      done: 50,
      total: 50,
    });
    expect(sent.every(isProgressMessage)).toBe(true);
    // The summary waits for the end of the build (printed in the middle of Astro's page line, it would be lost).
    expect(written).toEqual([]);
    expect(takeSummaries()).toEqual(['[images] 50 social images: 50 drawn']);
    expect(takeSummaries()).toEqual([]);
  });

  test('in a terminal without the wrapper a line per quarter; in a log nothing but the summary at the end', () => {
    const tty = sink(true);
    const p = stepProgress('images', 'social images', tty.out, null);
    for (let i = 1; i <= 100; i++) p.update(i, 100);
    expect(tty.written).toEqual([
      '[images] 25 of 100 social images\n',
      '[images] 50 of 100 social images\n',
      '[images] 75 of 100 social images\n',
    ]);
    const log = sink(false);
    const q = stepProgress('images', 'social images', log.out, null);
    for (let i = 1; i <= 100; i++) q.update(i, 100);
    q.done('done');
    expect(log.written).toEqual([]);
    expect(takeSummaries()).toEqual(['[images] done']);
  });

  test('only well-formed messages count as progress', () => {
    expect(isProgressMessage({ type: 'praxis:progress', step: 'images', label: 'x', done: 1, total: 2 })).toBe(true);
    expect(isProgressMessage({ type: 'praxis:progress', step: 'images', done: '1', total: 2 })).toBe(false);
    expect(isProgressMessage(null)).toBe(false);
  });
});
