import { describe, expect, it } from 'vitest';
import { buildEnv } from './buildEnv.ts';

describe('buildEnv', () => {
  it('has the bundler’s allocator give freed memory back at once', () => {
    expect(buildEnv({})).toEqual({ MIMALLOC_PURGE_DELAY: '0' });
  });

  it('keeps a purge delay the caller set', () => {
    expect(buildEnv({ MIMALLOC_PURGE_DELAY: '10' })).toEqual({ MIMALLOC_PURGE_DELAY: '10' });
  });
});
