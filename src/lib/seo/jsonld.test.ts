import { describe, expect, test } from 'vitest';
import {
  breadcrumbNode,
  clean,
  eventNode,
  graph,
  jsonLdText,
  organizationNode,
  reportNode,
  type SiteInfo,
} from './jsonld.ts';
import { breadcrumbsFor } from './breadcrumbs.ts';
import { sitemapEntry } from './sitemap.ts';

const site: SiteInfo = {
  url: 'https://praxisdialog.example',
  name: 'Praxisdialog',
  operator: { name: 'Redaktion Praxisdialog' },
  logo: 'https://praxisdialog.example/og/logo.png',
  search: { de: 'https://praxisdialog.example/suche/', en: 'https://praxisdialog.example/en/search/' },
};

describe('JSON-LD builders', () => {
  test('an online event has a virtual location; an event on site a Place with address', () => {
    const base = {
      url: 'https://praxisdialog.example/dialoge/x/',
      name: 'Praxisdialog',
      description: 'Worum es geht',
      lang: 'de' as const,
      startDate: '2026-03-31',
      place: { name: 'Kreishaus', address: 'Barbarossastraße 16, 63571 Gelnhausen' },
      organisers: ['Universität Kassel'],
      districts: [],
    };
    const onSite = eventNode({ ...base, online: false }, site);
    expect(onSite).toMatchObject({
      '@type': 'Event',
      startDate: '2026-03-31',
      endDate: '2026-03-31',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Kreishaus', address: 'Barbarossastraße 16, 63571 Gelnhausen' },
    });
    const online = eventNode({ ...base, online: true }, site);
    expect(online.location).toMatchObject({ '@type': 'VirtualLocation' });
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
  });

  test('a report names its DOI as identifier and sameAs, its PDF as encoding, and drops what is unknown', () => {
    const node = reportNode({
      url: 'https://praxisdialog.example/berichte/x/',
      title: 'Bericht',
      documentLang: 'de',
      authors: [],
      keywords: [],
      doi: '10.1234/x',
      pdf: 'https://example.org/x.pdf',
      districts: [],
    });
    expect(node.identifier).toEqual([{ '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1234/x' }]);
    expect(node.sameAs).toEqual(['https://doi.org/10.1234/x']);
    expect(node.encoding).toMatchObject({ contentUrl: 'https://example.org/x.pdf' });
    expect('author' in node).toBe(false);
    expect('datePublished' in node).toBe(false);
  });

  test('clean drops undefined, empty strings and empty lists, keeps false and 0', () => {
    expect(clean({ a: undefined, b: '', c: [], d: false, e: 0, f: 'x' })).toEqual({ d: false, e: 0, f: 'x' });
  });

  test('the JSON cannot close its script element', () => {
    const text = jsonLdText(graph([organizationNode({ ...site, name: '</script><script>alert(1)</script>' })]));
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
});

describe('breadcrumbs', () => {
  test('home → section → page, with the section named in the page’s language', () => {
    const crumbs = breadcrumbsFor('en', '/en/practices/x/', 'A practice');
    expect(crumbs.map((c) => c.name)).toEqual(['Praxisdialog', 'Good practice', 'A practice']);
    expect(crumbs.map((c) => new URL(c.url!).pathname)).toEqual(['/en/', '/en/practices/', '/en/practices/x/']);
    expect(breadcrumbNode(crumbs).itemListElement).toHaveLength(3);
  });

  test('a section page ends at the section; the feeds page is a section of its own', () => {
    expect(breadcrumbsFor('de', '/praxis/', 'Gute Praxis').map((c) => c.name)).toEqual(['Praxisdialog', 'Gute Praxis']);
    expect(breadcrumbsFor('de', '/feeds/', 'Feeds').map((c) => c.name)).toEqual(['Praxisdialog', 'Feeds']);
  });
});

describe('sitemap entries', () => {
  const item = { url: 'https://praxisdialog.example/praxis/x/' };
  test('alternates and the modification date come from the page head', () => {
    const html = `<html><head><link rel="canonical" href="https://praxisdialog.example/praxis/x/">
      <link rel="alternate" hreflang="de" href="https://praxisdialog.example/praxis/x/">
      <link rel="alternate" hreflang="en" href="https://praxisdialog.example/en/practices/y/">
      <link rel="alternate" type="application/rss+xml" href="/feeds/alles.xml">
      <meta property="article:modified_time" content="2026-01-02T00:00:00.000Z"></head><body></body></html>`;
    expect(sitemapEntry(item, html)).toEqual({
      url: item.url,
      links: [
        { lang: 'de', url: 'https://praxisdialog.example/praxis/x/' },
        { lang: 'en', url: 'https://praxisdialog.example/en/practices/y/' },
      ],
      lastmod: '2026-01-02T00:00:00.000Z',
    });
  });

  test('a page marked noindex is left out', () => {
    expect(sitemapEntry(item, '<head><meta name="robots" content="noindex"></head>')).toBeUndefined();
  });
});
