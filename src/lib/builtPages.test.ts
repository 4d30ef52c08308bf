import { expect, test } from 'vitest';
import { announceBuiltPage, anyBuiltPageListener, onBuiltPage, outputFileOf, type BuiltPage } from './builtPages.ts';

test('a page path names the file Astro writes (build.format directory)', () => {
  expect(outputFileOf('/')).toBe('index.html');
  expect(outputFileOf('/praxis/digital-aber-richtig/')).toBe('praxis/digital-aber-richtig/index.html');
  expect(outputFileOf('/en/feeds/practices.xml')).toBe('en/feeds/practices.xml');
  expect(outputFileOf('/kreise/m%C3%BChldorf/')).toBe('kreise/mühldorf/index.html');
  // The error pages where servers look for them.
  expect(outputFileOf('/404/')).toBe('404.html');
  expect(outputFileOf('/404')).toBe('404.html');
  expect(outputFileOf('/en/404/')).toBe('en/404/index.html');
});

test('listeners get every announced page until they leave', () => {
  const got: BuiltPage[] = [];
  expect(anyBuiltPageListener()).toBe(false);
  const stop = onBuiltPage((p) => got.push(p));
  expect(anyBuiltPageListener()).toBe(true);
  announceBuiltPage({ pathname: '/a/', type: 'text/html', body: '<p>a</p>' });
  stop();
  announceBuiltPage({ pathname: '/b/', type: 'text/html', body: '<p>b</p>' });
  expect(got.map((p) => p.pathname)).toEqual(['/a/']);
  expect(anyBuiltPageListener()).toBe(false);
});
