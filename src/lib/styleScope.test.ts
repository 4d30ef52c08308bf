import { describe, expect, it } from 'vitest';
import { styleScope } from './styleScope.ts';

describe('styleScope', () => {
  it('keeps the scope attribute a page hands to a child component, as a bare attribute', () => {
    expect(styleScope({ lang: 'de', districts: [], 'data-astro-cid-tnfy2vtq': true })).toEqual({
      'data-astro-cid-tnfy2vtq': '',
    });
  });

  it('is empty when the calling page has no scoped styles', () => {
    expect(styleScope({ lang: 'en', project: undefined })).toEqual({});
  });

  it('leaves other data attributes alone', () => {
    expect(styleScope({ 'data-pagefind-body': true, 'data-astro-cid-a1': true, 'data-astro-cid-b2': true })).toEqual({
      'data-astro-cid-a1': '',
      'data-astro-cid-b2': '',
    });
  });
});
