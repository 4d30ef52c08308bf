/** What the content tests read from a built page: language, heading, language alternates, notices. */
import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

export interface PageFacts {
  /** `<html lang>`. */
  lang: string | undefined;
  /** Text of the first `<h1>`, whitespace collapsed. */
  h1: string | undefined;
  /** `<link rel="alternate" hreflang>` in the head: hreflang → href. */
  alternates: Map<string, string>;
  /** Every `data-notice` value on the page. */
  notices: Set<string>;
}

export function readPage(file: string): PageFacts {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const elements = DomUtils.findAll(() => true, doc.children) as Element[];
  const html = elements.find((e) => e.name === 'html');
  const h1 = elements.find((e) => e.name === 'h1');
  const alternates = new Map<string, string>();
  for (const e of elements) {
    if (e.name === 'link' && e.attribs.rel === 'alternate' && e.attribs.hreflang) {
      alternates.set(e.attribs.hreflang, e.attribs.href ?? '');
    }
  }
  const notices = new Set(elements.map((e) => e.attribs['data-notice']).filter((n): n is string => !!n));
  return {
    lang: html?.attribs.lang,
    h1: h1 ? DomUtils.textContent(h1).replace(/\s+/gu, ' ').trim() : undefined,
    alternates,
    notices,
  };
}
