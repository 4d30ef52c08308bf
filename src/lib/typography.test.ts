import { describe, expect, it } from 'vitest';
import { keepHyphens, keepHyphensInHtml, titleParts } from './typography.ts';

describe('titleParts', () => {
  it('cuts after dots and slashes between letters, and nowhere else', () => {
    expect(titleParts('„interkommunal.digital.wirken“ – Phase II')).toEqual([
      '„interkommunal.',
      'digital.',
      'wirken“ – Phase II',
    ]);
    expect(titleParts('Digitale Kommune/Digitale Region')).toEqual(['Digitale Kommune/', 'Digitale Region']);
    expect(titleParts('Stand 31.12.2018. Ende')).toEqual(['Stand 31.12.2018. Ende']);
  });
});

describe('keepHyphens', () => {
  it('binds a suspended hyphen to its word', () => {
    expect(keepHyphens('Macherinnen und -macher')).toBe('Macherinnen und -\u2060macher');
    expect(keepHyphens('Bund – Länder')).toBe('Bund – Länder');
    expect(keepHyphens('E-Akte')).toBe('E-Akte');
    expect(keepHyphens(undefined)).toBeUndefined();
  });
});

describe('keepHyphensInHtml', () => {
  it('binds suspended hyphens in the text of a page, and leaves scripts, styles, code and tags alone', () => {
    const html =
      '<p class="a -b">Macher und -macher</p><script>x = 1 -y;</script><style>a { margin: 0 -auto }</style>' +
      '<pre>npm run -x</pre><code>a -b</code><p>E-Akte und -akten</p><br/><p>Bund – Länder</p>';
    expect(keepHyphensInHtml(html)).toBe(
      '<p class="a -b">Macher und -\u2060macher</p><script>x = 1 -y;</script><style>a { margin: 0 -auto }</style>' +
        '<pre>npm run -x</pre><code>a -b</code><p>E-Akte und -\u2060akten</p><br/><p>Bund – Länder</p>',
    );
  });

  it('leaves a hyphen once bound as it is', () => {
    expect(keepHyphensInHtml('<p>und -\u2060macher</p>')).toBe('<p>und -\u2060macher</p>');
  });

  it('reads tags as a split at "<…>" did: case-insensitive ends, self-closing tags, nested code, an unclosed "<"', () => {
    expect(keepHyphensInHtml('<SCRIPT>a -b</Script> und -c')).toBe('<SCRIPT>a -b</Script> und -\u2060c');
    expect(keepHyphensInHtml('<script/> und -c<pre>x <code>-y</code> -z</pre> -w')).toBe(
      '<script/> und -\u2060c<pre>x <code>-y</code> -z</pre> -\u2060w',
    );
    // A text ending in " -" before a tag: the letter after the tag is not part of the text.
    expect(keepHyphensInHtml('<p>und -<b>x</b> -y</p>')).toBe('<p>und -<b>x</b> -\u2060y</p>');
    // A "<" without a ">" after it is text, but a rest that starts with one is taken as a tag and left alone.
    expect(keepHyphensInHtml('a -b < c -d')).toBe('a -\u2060b < c -\u2060d');
    expect(keepHyphensInHtml('<p>a -b</p>< c -d')).toBe('<p>a -\u2060b</p>< c -d');
    expect(keepHyphensInHtml('')).toBe('');
    expect(keepHyphensInHtml('kein Strich')).toBe('kein Strich');
  });
});
