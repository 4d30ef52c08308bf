/**
 * The preview editors use, `npm run dev`: drafts and scheduled entries are there and marked as such,
 * the style guide is there, and the content check reports problems in the terminal without stopping.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, REPO_ROOT } from './corpus.ts';
import { dev, type DevServer } from './build.ts';

const PUBLISH = join(REPO_ROOT, 'tests/fixtures/content-publish');
let server: DevServer;
let content: string;

beforeAll(async () => {
  // The publishing fixture, plus one entry that breaks the safe MDX subset (the preview must not render it).
  content = mkdtempSync(join(tmpdir(), 'praxis-dev-'));
  cpSync(PUBLISH, content, { recursive: true });
  writeFileSync(
    join(content, 'posts/de/gefaehrlich.mdx'),
    post(
      { title: 'Gefährlich', draft: 'true' },
      '\n<img src="./karte.jpg" alt="Karte des Kreises" onerror="alert(1)" />\n',
    ),
  );
  // A port of our own, away from the 4321 editors use; "today" is 1 June 2026, before the scheduled post.
  server = await dev(content, 4500 + Math.floor(Math.random() * 400), { PRAXIS_NOW: '2026-06-01' });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(server?.tmp ?? '', { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, html: await response.text() };
};

describe('npm run dev', () => {
  it('shows a draft, marked as a draft', async () => {
    const { status, html } = await get('/blog/zwiebelkuchen-entwurf/');
    expect(status).toBe(200);
    expect(html).toContain('Entwurf ZWIEBELKUCHEN');
    expect(html).toContain('Entwurf – nur in der Vorschau sichtbar');
  });

  it('shows an entry dated after today, marked the same way', async () => {
    const { status, html } = await get('/blog/schneegloeckchen-geplant/');
    expect(status).toBe(200);
    expect(html).toContain('Entwurf – nur in der Vorschau sichtbar');
  });

  it('does not mark a published entry', async () => {
    const { html } = await get('/blog/leuchtturm-beitrag/');
    expect(html).toContain('Leuchtturmbeitrag mit allen Bausteinen');
    expect(html).not.toContain('Entwurf – nur in der Vorschau sichtbar');
  });

  it('marks drafts and scheduled entries on the list cards too', async () => {
    const cards = cardsOf((await get('/blog/')).html);
    const draft = cards.find((c) => c.text.includes('Entwurf ZWIEBELKUCHEN'));
    const scheduled = cards.find((c) => c.href === '/blog/schneegloeckchen-geplant/');
    const published = cards.find((c) => c.text.includes('Leuchtturmbeitrag'));
    expect(draft?.mark).toBe('Entwurf');
    expect(scheduled?.mark).toBe('Entwurf');
    expect(published?.mark).toBeUndefined();
    // The same on the other pages that list entries as cards: the directory, a topic, the home page.
    for (const page of ['/praxis/', '/themen/beteiligung/', '/']) {
      const cards = cardsOf((await get(page)).html);
      const practiceDraft = cards.find((c) => c.href === '/praxis/kartoffelpuffer-entwurf/');
      expect(practiceDraft?.mark, page).toBe('Entwurf');
      expect(cards.find((c) => c.href === '/praxis/sozialakte/')?.mark, page).toBeUndefined();
    }
  });

  it('shows an entry’s hero image on its card: responsive, lazy, with its alt text', async () => {
    const card = cardsOf((await get('/blog/')).html).find((c) => c.text.includes('Leuchtturmbeitrag'));
    const img = card?.img;
    expect(img?.alt).toBe('Schematische Karte mit einem Kreis in der Mitte');
    expect(img?.loading).toBe('lazy');
    expect(img?.srcset?.split(',').length).toBeGreaterThanOrEqual(2);
    expect(img?.sizes).toBeTruthy();
    expect(img?.width && img.height).toBeTruthy();
  });

  it('shows hero images and draft marks on the related-entries cards as list cards do', async () => {
    const related = cardsOf((await get('/praxis/sozialakte/')).html);
    const lighthouse = related.find((c) => c.href === '/blog/leuchtturm-beitrag/');
    expect(lighthouse?.img?.alt).toBe('Schematische Karte mit einem Kreis in der Mitte');
    expect(lighthouse?.img?.loading).toBe('lazy');
    expect(lighthouse?.img?.srcset?.split(',').length).toBeGreaterThanOrEqual(2);
    expect(lighthouse?.img?.sizes).toBeTruthy();
    expect(lighthouse?.mark).toBeUndefined();
    const previewOnly = related.filter((c) =>
      ['/praxis/kartoffelpuffer-entwurf/', '/blog/zwiebelkuchen-entwurf/', '/blog/schneegloeckchen-geplant/'].includes(
        c.href ?? '',
      ),
    );
    expect(previewOnly.length).toBeGreaterThan(0);
    for (const card of previewOnly) expect(card.mark, card.href).toBe('Entwurf');
  });

  it('shows the style guide’s code samples from their first line, not from a line of spaces', async () => {
    const doc = parseDocument((await get('/styleguide/')).html);
    const pres = DomUtils.findAll((e) => e.name === 'pre', doc.children);
    expect(pres.length).toBeGreaterThan(0);
    for (const pre of pres) expect(DomUtils.textContent(pre)).toMatch(/^\S/u);
  });

  it('serves the style guide in both languages', async () => {
    expect((await get('/styleguide/')).html).toContain('Bausteine für Beiträge');
    expect((await get('/en/styleguide/')).html).toContain('Building blocks for entries');
  });

  it('does not render an entry that breaks the safe MDX subset, and names file, line and element', async () => {
    const { status, html } = await get('/blog/gefaehrlich/');
    expect(status).toBe(500);
    expect(html).not.toContain('onerror="alert(1)"');
    expect(server.output()).toMatch(/posts\/de\/gefaehrlich\.mdx:10 {2}<img> onerror {2}/u);
  });

  it('reports the content check’s findings in the terminal', () => {
    expect(server.output()).toContain('anlegen mit npm run new -- posts --translate de/zwiebelkuchen-entwurf');
  });
});

interface CardFacts {
  href: string | undefined;
  text: string;
  /** Text of the card's draft mark, if it has one. */
  mark: string | undefined;
  img: Record<string, string> | undefined;
}

/** The entry cards of a page: link, text, draft mark and image attributes. */
function cardsOf(html: string): CardFacts[] {
  const doc = parseDocument(html);
  const cards = DomUtils.findAll(
    (e) => e.name === 'article' && (e.attribs.class ?? '').split(' ').includes('card'),
    doc.children,
  );
  return cards.map((card) => {
    const find = (test: (e: Element) => boolean) => DomUtils.findOne(test, card.children);
    const link = find((e) => e.name === 'a' && (e.parent as Element | null)?.attribs.class === 'card__title');
    const mark = find((e) => (e.attribs.class ?? '') === 'card__draft');
    const img = find((e) => e.name === 'img');
    return {
      href: link?.attribs.href,
      text: DomUtils.textContent(card),
      mark: mark ? DomUtils.textContent(mark).trim() : undefined,
      img: img?.attribs,
    };
  });
}
