import { describe, expect, test } from 'vitest';
import { changeKind, htmlTokens, tokenChanges } from './compareBuilds.ts';

describe('comparing the HTML of two builds', () => {
  test('names the changed tags in place and reduces them to a kind shared by many pages', () => {
    const before = htmlTokens(
      '<head><meta property="og:image" content="https://x.de/og/handlungsfelder/soziales.png"><title>A</title></head>',
    );
    const after = htmlTokens(
      '<head><meta property="og:image" content="https://x.de/og/handlungsfelder.png"><title>A</title></head>',
    );
    const changes = tokenChanges(before, after);
    expect(changes).toEqual([
      {
        before: '<meta property="og:image" content="https://x.de/og/handlungsfelder/soziales.png">',
        after: '<meta property="og:image" content="https://x.de/og/handlungsfelder.png">',
      },
    ]);
    expect(changeKind(changes[0]!)).toBe(
      '<meta property="…" content="…/og/….png"> → <meta property="…" content="…/og/….png">',
    );
  });

  test('identical pages have no changes; an added tag shows as one without counterpart', () => {
    const page = htmlTokens('<p>Text <b>fett</b></p>');
    expect(tokenChanges(page, page)).toEqual([]);
    expect(tokenChanges(htmlTokens('<p>a</p>'), htmlTokens('<p>a</p><hr>'))).toEqual([
      { before: undefined, after: '<hr>' },
    ]);
  });
});
