import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ASYNC_CONTEXT_FRAME, buildEnv } from './buildEnv.ts';

const knows = () => true;
const unknown = () => false;

describe('buildEnv', () => {
  it('has the bundler’s allocator give freed memory back at once', () => {
    expect(buildEnv({}, unknown)).toEqual({ MIMALLOC_PURGE_DELAY: '0' });
  });

  it('keeps a purge delay the caller set', () => {
    expect(buildEnv({ MIMALLOC_PURGE_DELAY: '10' }, unknown)).toEqual({ MIMALLOC_PURGE_DELAY: '10' });
  });

  it('keeps AsyncLocalStorage without promise hooks where Node knows how, and the caller’s options', () => {
    expect(buildEnv({}, knows).NODE_OPTIONS).toBe(ASYNC_CONTEXT_FRAME);
    expect(buildEnv({ NODE_OPTIONS: '--max-old-space-size=4096' }, knows).NODE_OPTIONS).toBe(
      `--max-old-space-size=4096 ${ASYNC_CONTEXT_FRAME}`,
    );
    expect(buildEnv({ NODE_OPTIONS: ASYNC_CONTEXT_FRAME }, knows).NODE_OPTIONS).toBe(ASYNC_CONTEXT_FRAME);
    expect(buildEnv({ NODE_OPTIONS: '--trace-warnings' }, unknown).NODE_OPTIONS).toBe('--trace-warnings');
  });

  it('the Node that runs the build accepts the options and keeps an AsyncLocalStorage’s store across awaits', () => {
    const script = [
      "const { AsyncLocalStorage } = require('node:async_hooks');",
      'const store = new AsyncLocalStorage();',
      'store.run(42, async () => { await null; await Promise.all([1, 2].map(async () => null));',
      'console.log(store.getStore()); });',
    ].join('\n');
    const run = spawnSync(process.execPath, ['-e', script], {
      env: { ...process.env, ...buildEnv() },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('42');
  });
});
