import { afterEach, describe, expect, test } from 'vitest';
import { acceptBuildFiles, handOverBuildFiles, takeBuildFiles, type BuildFile } from './buildFiles.ts';
import { inStartOrder, onBuiltPage, type BuiltPage } from './builtPages.ts';

const rss = (pathname: string, body = `<rss>${pathname}</rss>`): BuildFile => ({
  pathname,
  type: 'application/rss+xml; charset=utf-8',
  body,
});

describe('files handed over to the build', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    takeBuildFiles();
    for (const stop of stops.splice(0)) stop();
  });

  test('without a build that takes them, nothing is taken and the route renders its files itself', () => {
    const seen: BuiltPage[] = [];
    stops.push(onBuiltPage((p) => seen.push(p)));
    expect(handOverBuildFiles([rss('/feeds/alles.xml')])).toBe(false);
    expect(seen).toEqual([]);
    expect(takeBuildFiles().size).toBe(0);
  });

  test('taken by their output file, each announced once, in order, like a rendered page', () => {
    const inOrder: string[] = [];
    stops.push(onBuiltPage(inStartOrder((p) => inOrder.push(p.pathname))));
    const seen: BuiltPage[] = [];
    stops.push(onBuiltPage((p) => seen.push(p)));
    acceptBuildFiles();
    expect(handOverBuildFiles([rss('/feeds/alles.xml'), rss('/en/feeds/themes/x.json', '{"a":1}')])).toBe(true);
    // Asked for its paths again: the same file is neither taken nor announced twice.
    expect(handOverBuildFiles([rss('/feeds/alles.xml', 'other')])).toBe(true);
    expect(seen.map((p) => [p.pathname, p.body])).toEqual([
      ['/feeds/alles.xml', '<rss>/feeds/alles.xml</rss>'],
      ['/en/feeds/themes/x.json', '{"a":1}'],
    ]);
    // In the order they were taken, for the listeners that need it (Pagefind's): none of them is held back.
    expect(inOrder).toEqual(['/feeds/alles.xml', '/en/feeds/themes/x.json']);
    const taken = takeBuildFiles();
    expect([...taken.keys()]).toEqual(['feeds/alles.xml', 'en/feeds/themes/x.json']);
    // Taking closes the hand-over.
    expect(handOverBuildFiles([rss('/feeds/b.xml')])).toBe(false);
  });
});
