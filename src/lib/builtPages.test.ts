import { expect, test } from 'vitest';
import {
  announceBuiltPage,
  anyBuiltPageListener,
  inStartOrder,
  onBuiltPage,
  outputFileOf,
  startPage,
  type BuiltPage,
} from './builtPages.ts';

test('a page path names the file Astro writes (build.format directory)', () => {
  expect(outputFileOf('/')).toBe('index.html');
  expect(outputFileOf('/praxis/digital-aber-richtig/')).toBe('praxis/digital-aber-richtig/index.html');
  expect(outputFileOf('/en/feeds/practices.xml')).toBe('en/feeds/practices.xml');
  expect(outputFileOf('/kreise/m%C3%BChldorf/')).toBe('kreise/mühldorf/index.html');
  // The error pages where servers look for them.
  expect(outputFileOf('/404/')).toBe('404.html');
  expect(outputFileOf('/404')).toBe('404.html');
  expect(outputFileOf('/en/404/')).toBe('en/404/index.html');
  // Not valid percent-encoding: taken as it is (the build's listeners must never throw on a page's path).
  expect(outputFileOf('/a/100%/')).toBe('a/100%/index.html');
});

test('listeners get every announced page until they leave', () => {
  const got: BuiltPage[] = [];
  expect(anyBuiltPageListener()).toBe(false);
  const stop = onBuiltPage((p) => got.push(p));
  expect(anyBuiltPageListener()).toBe(true);
  announceBuiltPage({ seq: startPage(), pathname: '/a/', type: 'text/html', body: '<p>a</p>' });
  stop();
  announceBuiltPage({ seq: startPage(), pathname: '/b/', type: 'text/html', body: '<p>b</p>' });
  expect(got.map((p) => p.pathname)).toEqual(['/a/']);
  expect(anyBuiltPageListener()).toBe(false);
});

test('a listener in start order gets the pages in the order they started, whatever order they finish in', () => {
  const got: string[] = [];
  const stop = onBuiltPage(inStartOrder((p) => got.push(p.pathname)));
  const [a, b, c, d] = [startPage(), startPage(), startPage(), startPage()];
  announceBuiltPage({ seq: c, pathname: '/c/', type: 'text/html', body: 'c' });
  announceBuiltPage({ seq: b, pathname: '/b/', type: 'text/html', body: 'b' });
  expect(got).toEqual([]);
  announceBuiltPage({ seq: a, pathname: '/a/', type: 'text/html', body: 'a' });
  expect(got).toEqual(['/a/', '/b/', '/c/']);
  announceBuiltPage({ seq: d, pathname: '/d.png', type: 'image/png' });
  stop();
  expect(got).toEqual(['/a/', '/b/', '/c/', '/d.png']);
});
