import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from './contact.ts';

describe('contact links', () => {
  it('links an address as it is', () => {
    expect(mailtoHref('praxisdialog@uni-hildesheim.de')).toBe('mailto:praxisdialog@uni-hildesheim.de');
    expect(mailtoHref(' a.b+c@example.org ')).toBe('mailto:a.b+c@example.org');
  });

  it('dials German numbers as written, from anywhere', () => {
    expect(telHref('06051 85-0')).toBe('tel:+49605185' + '0');
    expect(telHref('+49 (0)6051 85-0')).toBe('tel:+49605185' + '0');
    expect(telHref('0049 6051 850')).toBe('tel:+496051850');
    expect(telHref('+49 361 57 3411 000')).toBe('tel:+493615734110' + '00');
    expect(telHref('110')).toBe('tel:110');
  });

  it('gives no link for text without digits', () => {
    expect(telHref('auf Anfrage')).toBeUndefined();
  });
});
