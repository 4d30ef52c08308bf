import { describe, expect, it } from 'vitest';
import { keepHyphens, titleParts } from './typography.ts';

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
