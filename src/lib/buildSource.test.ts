import { describe, expect, test } from 'vitest';
import { contentFileOfPath, contentFilesOf, failureOf, lineOf, normalisePath, pathsOf } from './buildSource.ts';

const files = [
  { collection: 'posts', id: 'de/kaputt', absPath: '/site/content/posts/de/kaputt.mdx' },
  { collection: 'practices', id: 'en/social-file', absPath: '/site/content/practices/en/social-file.mdx' },
  { collection: 'reports', id: 'akte-bericht', absPath: '/site/content/reports/akte-bericht.yaml' },
  { collection: 'districts', id: '06435', absPath: '/site/content/districts/06435-main-kinzig-kreis.yaml' },
  { collection: 'people', id: 'redaktion', absPath: '/site/content/people/redaktion.yaml' },
] as const;

// What `astro build` printed when an MDX component threw while a page was rendered (Astro 7).
const RENDER_FAILURE = `04:56:19 [WARN] [praxis:content-check] content/people/redaktion.yaml:1  x  y  expected: z
04:56:19   ├─ /blog/kaputt/index.html04:56:19 [ERROR] Error: MDX component <KeyFigure> has wrong props (run npm run check for file and line):
04:56:19 [ERROR] [build] Caught error rendering /blog/kaputt/: Error: MDX component <KeyFigure> has wrong props (run npm run check for file and line):
  <KeyFigure> value: expected the figure, e.g. "−40 %" / erwartet: die Zahl, z. B. „−40 %“
MDX component <KeyFigure> has wrong props (run npm run check for file and line):
  <KeyFigure> value: expected the figure, e.g. "−40 %" / erwartet: die Zahl, z. B. „−40 %“
  Hint:
    This issue often occurs when your MDX component encounters runtime errors.
  Stack trace:
    at checkProps (file:///site/.dist.building-1/.prerender/chunks/mdx_DPpDm-Jx.mjs:206:8)
`;

describe('mapping a failed build back to the content file', () => {
  test('every entry knows its pages, and reports their citation files', () => {
    expect(pathsOf(files[0])).toEqual(['/blog/kaputt/']);
    expect(pathsOf(files[1])).toEqual(['/en/practices/social-file/']);
    expect(pathsOf(files[2])).toContain('/en/reports/akte-bericht/');
    expect(pathsOf(files[2])).toContain('/zitation/akte-bericht.ris');
    expect(pathsOf(files[3])).toEqual(['/kreise/main-kinzig-kreis-06435/', '/en/districts/main-kinzig-kreis-06435/']);
  });

  test('a page path as Astro prints it, an index.html or a social image finds its entry', () => {
    expect(contentFileOfPath('/blog/kaputt/', files)?.id).toBe('de/kaputt');
    expect(contentFileOfPath('/blog/kaputt/index.html', files)?.id).toBe('de/kaputt');
    expect(contentFileOfPath('https://praxisdialog.example/blog/kaputt', files)?.id).toBe('de/kaputt');
    expect(contentFileOfPath('/og/en/practices/social-file.png', files)?.id).toBe('en/social-file');
    expect(normalisePath('/og/index.png')).toBe('/');
    expect(contentFileOfPath('/feeds/alles.xml', files)).toBeUndefined();
  });

  test('the page and the message of a render error; only the file of that page, not those the warnings name', () => {
    expect(failureOf(RENDER_FAILURE)).toEqual({
      page: '/blog/kaputt/',
      message:
        'MDX component <KeyFigure> has wrong props (run npm run check for file and line): <KeyFigure> value: expected the figure, e.g. "−40 %" / erwartet: die Zahl, z. B. „−40 %“',
    });
    expect(contentFilesOf(RENDER_FAILURE, files, '/site').map((f) => f.id)).toEqual(['de/kaputt']);
  });

  test('an error in an integration hook: the message is the error, not Astro’s words around it', () => {
    const out = [
      '05:35:21 [ERROR] [praxis:content-check] An unhandled error occurred while running the "astro:config:setup" hook',
      '[AstroUserError] The content has 1 errors; the site is not built (details: npm run check).',
      'content/people/redaktion.yaml:3  name  is missing  expected: a name',
    ].join('\n');
    expect(failureOf(out)).toEqual({
      message: 'The content has 1 errors; the site is not built (details: npm run check).',
    });
    expect(contentFilesOf(out, files, '/site').map((f) => f.id)).toEqual(['redaktion']);
  });

  test('a compile error of an MDX file: its message, file and line', () => {
    const out = [
      '05:36:17 [ERROR] [vite] ✗ Build failed in 1.89s',
      '9:18: Could not parse esm with oxc: Unexpected token (mdxjs-rs:oxc)',
      '  Location:',
      '    /site/content/posts/de/kaputt.mdx:9:18',
    ].join('\n');
    expect(failureOf(out).message).toBe('9:18: Could not parse esm with oxc: Unexpected token (mdxjs-rs:oxc)');
    expect(contentFilesOf(out, files, '/site').map((f) => f.id)).toEqual(['de/kaputt']);
    expect(lineOf(out, files[0], '/site')).toBe(9);
    expect(lineOf(RENDER_FAILURE, files[0], '/site')).toBeUndefined();
  });

  test('an error that names a content file by its path maps to it', () => {
    const out = '[ERROR] [content] Could not parse /site/content/reports/akte-bericht.yaml: bad indentation';
    expect(contentFilesOf(out, files, '/site').map((f) => f.id)).toEqual(['akte-bericht']);
    expect(contentFilesOf('[ERROR] content/people/redaktion.yaml broke', files, '/site').map((f) => f.id)).toEqual([
      'redaktion',
    ]);
  });
});
