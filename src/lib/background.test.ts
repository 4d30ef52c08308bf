import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import { BACKGROUND_NICE, backgroundNice } from './background.ts';

/** The calling thread's nice value: field 19 of /proc/thread-self/stat (after the command's closing parenthesis). */
const NICE_OF_THIS_THREAD = `(() => {
  const stat = require('node:fs').readFileSync('/proc/thread-self/stat', 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
})()`;
const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);

test.runIf(process.platform === 'linux')(
  'a background thread runs at the lowest priority; the others keep theirs',
  async () => {
    const module = fileURLToPath(new URL('./background.ts', import.meta.url));
    const before = niceOf(readFileSync('/proc/thread-self/stat', 'utf8'));
    const worker = new Worker(
      `import(${JSON.stringify(module)}).then((m) => require('node:worker_threads').parentPort.postMessage(
      { ok: m.runInBackground(19), nice: ${NICE_OF_THIS_THREAD} }))`,
      { eval: true },
    );
    const answer = await new Promise<{ ok: boolean; nice: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer).toEqual({ ok: true, nice: BACKGROUND_NICE });
    expect(niceOf(readFileSync('/proc/thread-self/stat', 'utf8'))).toBe(before);
  },
);

test('PRAXIS_BACKGROUND_NICE sets the value (0 keeps the normal priority); anything else gives the default', () => {
  expect(backgroundNice({})).toBe(BACKGROUND_NICE);
  expect(backgroundNice({ PRAXIS_BACKGROUND_NICE: '0' })).toBe(0);
  expect(backgroundNice({ PRAXIS_BACKGROUND_NICE: ' 7 ' })).toBe(7);
  for (const bad of ['', '-1', '20', '3.5', 'low']) expect(backgroundNice({ PRAXIS_BACKGROUND_NICE: bad })).toBe(19);
});
