/**
 * The browser editor at /redaktion/, driven as an editor drives it: Chromium on `astro dev` (the integration
 * src/integrations/editor.ts), Decap's local mode against a real decap-server on loopback, over a temporary copy
 * of content/. What it writes must pass `npm run check` unchanged and build into pages linked to each other.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import type axeCore from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, NODE, REPO_ROOT, scratchDir } from '../helpers/astro.ts';
import { launchBrowser, openTab, type Tab } from '../helpers/browser.ts';
import { WCAG_TAGS } from '../gates/lib/accessibility.ts';
import { dev, type DevServer } from './build.ts';

const PORT = 4900 + Math.floor(Math.random() * 300);
const API_PORT = PORT + 400;
let root: string;
let content: string;
let server: DevServer;
let api: ChildProcess;
let apiLog = '';
let browser: Browser;
let tab: Tab;

beforeAll(async () => {
  // The folder decap-server works in holds a copy of content/, as the repository holds content/.
  root = scratchDir('editor');
  content = join(root, 'content');
  cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
  const decapServer = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  api = spawn(NODE, [decapServer], {
    env: { ...process.env, GIT_REPO_DIRECTORY: root, PORT: String(API_PORT), BIND_HOST: '127.0.0.1', MODE: 'fs' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout!.on('data', (c: Buffer) => (apiLog += c.toString()));
  api.stderr!.on('data', (c: Buffer) => (apiLog += c.toString()));
  // Ready when the editor's page answers: the test asks the dev server for nothing else.
  server = await dev(content, PORT, { PRAXIS_EDITOR_LOCAL_URL: `http://localhost:${API_PORT}/api/v1` }, '/redaktion/');
  browser = await launchBrowser();
  tab = await openTab(browser, { viewport: { width: 1280, height: 1000 } });
}, 180_000);

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  api?.kill('SIGTERM');
  await server?.stop();
  rmSync(server?.tmp ?? '', { recursive: true, force: true });
  rmSync(root ?? '', { recursive: true, force: true });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  await tab.page.screenshot({ path: join(REPO_ROOT, '.cache/editor-failure.png'), fullPage: true });
  console.log('console errors:', tab.consoleErrors, 'decap-server:', apiLog.slice(-2000));
});

const editorUrl = () => `${server.url}/redaktion/`;

/** Opens the editor at a route (`#/collections/…`), logging in to the local mode when asked. */
async function open(page: Page, route: string) {
  // A fresh load: moving only the #route while an entry is open would keep that entry's form.
  await page.goto('about:blank');
  await page.goto(`${editorUrl()}${route}`);
  const login = page.getByRole('button', { name: /^(Anmelden|Login|Einloggen)$/u });
  await login
    .or(page.getByText(/^(Inhaltstypen|Zurück zu allen .*)$/u))
    .first()
    .waitFor();
  if (await login.isVisible()) await login.click();
}

/** A field by its label; Decap adds "(optional)" to fields that may stay empty. */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[()]/gu, '\\$&')}( \\(optional\\))?$`, 'u'));

/** Picks an option in one of Decap's choosers (select, relation) by typing part of its name. */
async function pick(page: Page, label: string, typed: string, option: string | RegExp) {
  const input = field(page, label);
  await input.click();
  await input.pressSequentially(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function fill(page: Page, label: string, value: string) {
  await field(page, label).fill(value);
}

/** Saves the entry in the editor ("Veröffentlichen" → "Jetzt veröffentlichen"): a file in the content folder. */
async function save(page: Page) {
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await page.getByRole('menuitem', { name: 'Jetzt veröffentlichen' }).click();
  await page
    .getByText(/Beitrag gespeichert|Entry saved/u)
    .first()
    .waitFor({ timeout: 20_000 });
}

/** Opens a new entry of an editor collection and fills the fields every practice needs. */
async function newPractice(page: Page, collection: string, f: Record<string, string>) {
  await open(page, `#/collections/${collection}/new`);
  for (const [label, value] of Object.entries(f)) await fill(page, label, value);
}

/** axe's WCAG 2.1 A and AA findings on the page as it stands: `rule (count)`. */
async function axeFindings(page: Page): Promise<string[]> {
  // Evaluated by the test runner, not added as a <script>: the editor's CSP rightly refuses inline scripts.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axeCore }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  return result.violations.map(
    (v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/** With UPDATE_EDITOR_SCREENSHOTS=1, the pictures of docs/editors-guide-browser.md are taken along the way. */
async function screenshot(page: Page, name: string) {
  if (process.env.UPDATE_EDITOR_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: join(REPO_ROOT, 'docs/images', `editor-${name}.png`) });
}

const GERMAN = {
  Titel: 'Digitale Bauakte im Kreis',
  Anreißer: 'Der Kreis führt die Bauakte digital und spart den Bürgerinnen und Bürgern Wege.',
  Ausgangslage: 'Bauanträge lagen auf Papier und wanderten per Post zwischen den Ämtern.',
  Lösung: 'Eine digitale Bauakte, die alle beteiligten Ämter zugleich bearbeiten können.',
  Zusammenfassung: 'Anträge sind schneller beschieden.',
  'Beginn (Jahr)': '2023',
};

async function pickGermanChoices(page: Page) {
  await pick(page, 'Stand', 'Pilot', 'Pilotphase');
  await pick(page, 'Kreise', 'Main', 'Main-Kinzig-Kreis');
  await pick(page, 'Handlungsfelder', 'Verwaltung', /Verwaltung/u);
  await pick(page, 'Themen', 'Digitalstr', /Digitalstrategie/u);
}

/** Uploads an image for the cover image through Decap's media dialog. */
async function upload(page: Page, file: string) {
  await page.getByRole('button', { name: 'Wähle ein Bild' }).first().click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Ausgewähltes Element verwenden' }).click();
}

describe('the browser editor', () => {
  it('has no WCAG 2.1 AA findings on the collection list and the entry form (axe)', async () => {
    const page = tab.page;
    await open(page, '#/collections/practices-de');
    await page.getByText('Digitalisierung weiter denken', { exact: false }).first().waitFor();
    await screenshot(page, 'list');
    const list = await axeFindings(page);
    await open(page, '#/collections/practices-de/new');
    const form = await axeFindings(page);
    console.log(`[editor axe] collection list: ${list.length} rules`, list, `entry form: ${form.length} rules`, form);
    expect({ list, form }).toEqual({ list: [], form: [] });
  }, 120_000);

  it('refuses to save without a required field or without the alt text of an image, naming what is missing', async () => {
    const page = tab.page;
    await newPractice(page, 'practices-de', {
      Anreißer: 'Ein Eintrag ohne Titel, den der Editor nicht speichern darf.',
    });
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByRole('menuitem', { name: 'Jetzt veröffentlichen' }).click();
    await expect.poll(() => page.getByText('Titel ist erforderlich.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/einige zwingend erforderliche Felder/u).isVisible()).toBe(true);
    await screenshot(page, 'required');

    await newPractice(page, 'practices-de', GERMAN);
    await pickGermanChoices(page);
    await upload(page, join(REPO_ROOT, 'public/favicon.svg'));
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByRole('menuitem', { name: 'Jetzt veröffentlichen' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/Alternativtext fehlt \(heroImage\)/u)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(readdirSync(join(content, 'practices/de'))).toEqual(readdirSync(join(REPO_ROOT, 'content/practices/de')));
  }, 120_000);

  it('creates a German practice with district, topic, image and info box as a draft, its English translation, and publishes both', async () => {
    const page = tab.page;
    // The refusals of the test before raise errors on purpose; from here on, none.
    tab.consoleErrors.length = 0;
    const photo = join(root, 'rathaus.png');
    await sharp({ create: { width: 800, height: 500, channels: 3, background: '#4a7' } })
      .png()
      .toFile(photo);

    await newPractice(page, 'practices-de', GERMAN);
    await pickGermanChoices(page);
    await screenshot(page, 'form');

    // The cover image: uploaded through the media dialog, with its alternative text.
    await upload(page, photo);
    await fill(
      page,
      'Alternativtext – Pflicht, sobald ein Bild gewählt ist',
      'Das Kreishaus mit dem Eingang zum Bauamt',
    );
    await field(page, 'Alternativtext – Pflicht, sobald ein Bild gewählt ist').scrollIntoViewIfNeeded();
    await screenshot(page, 'image');

    // The info box, through the editor's component menu: a form, no JSX typed. Braces and angle brackets in
    // the text must stay text.
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type('Worum es geht');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Komponente hinzufügen' }).click();
    await page.getByRole('menuitem', { name: 'Infokasten' }).click();
    await fill(page, 'Überschrift', 'Gut zu wissen');
    await field(page, 'Text').last().fill('Die Bauakte läuft im Rechenzentrum {des Landes} <sicher>.');
    await screenshot(page, 'infobox');
    // The preview pane shows the entry as its page does: the info box with its heading, in the site's styles.
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('.info-box__label').textContent()).toBe('Gut zu wissen');
    await expect.poll(() => preview.locator('h1').textContent()).toBe('Digitale Bauakte im Kreis');
    await save(page);

    const de = join(content, 'practices/de/digitale-bauakte-im-kreis.mdx');
    await expect.poll(() => existsSync(de)).toBe(true);
    let written = readFileSync(de, 'utf8');
    expect(written).toMatch(/^draft: true$/mu);
    expect(written).toMatch(/^districts:\n {2}- "06435"$/mu);
    expect(written).toMatch(/^topics:\n {2}- digitalstrategie$/mu);
    expect(written).toMatch(/^ {2}alt: Das Kreishaus mit dem Eingang zum Bauamt$/mu);
    expect(written).toContain('<InfoBox title="Gut zu wissen" tone="info">');
    expect(written).toContain('\\{des Landes\\} \\<sicher\\>');
    expect(readdirSync(join(content, 'practices/de'))).toContain('rathaus.png');

    // The English translation, linked to the German entry by picking its title …
    await newPractice(page, 'practices-en', {
      Titel: 'Digital building files in the district',
      Anreißer: 'The district keeps building files digitally and saves citizens trips to the office.',
      Ausgangslage: 'Building applications were on paper and went by post between the offices.',
      Lösung: 'A digital building file that every office involved can work on at the same time.',
      Zusammenfassung: 'Applications are decided faster.',
      'Beginn (Jahr)': '2023',
    });
    await pick(page, 'Übersetzung', 'Digitale Bau', 'Digitale Bauakte im Kreis');
    await screenshot(page, 'translation');
    await pick(page, 'Stand', 'Pilot', 'Pilotphase');
    await pick(page, 'Kreise', 'Main', 'Main-Kinzig-Kreis');
    await pick(page, 'Handlungsfelder', 'Verwaltung', /Verwaltung/u);
    await save(page);
    const en = join(content, 'practices/en/digital-building-files-in-the-district.mdx');
    await expect.poll(() => existsSync(en)).toBe(true);
    expect(readFileSync(en, 'utf8')).toMatch(/^translation: de\/digitale-bauakte-im-kreis$/mu);

    // … and back: the German entry points at the English one. Then both are published (the draft box unticked).
    await open(page, '#/collections/practices-de/entries/digitale-bauakte-im-kreis');
    await pick(page, 'Übersetzung', 'Digital build', 'Digital building files in the district');
    await field(page, 'Entwurf').uncheck();
    await save(page);
    await open(page, '#/collections/practices-en/entries/digital-building-files-in-the-district');
    await field(page, 'Entwurf').uncheck();
    await save(page);
    written = readFileSync(de, 'utf8');
    expect(written).toMatch(/^translation: en\/digital-building-files-in-the-district$/mu);
    expect(written).toMatch(/^draft: false$/mu);
    expect(readFileSync(en, 'utf8')).toMatch(/^draft: false$/mu);
    expect(tab.foreignRequests).toEqual([]);
    expect(tab.consoleErrors).toEqual([]);

    // What the editor wrote passes the check unchanged …
    await server.stop();
    const check = spawnSync(NODE, [join(REPO_ROOT, 'scripts/check.ts'), '--root', content], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).not.toMatch(/digitale-bauakte|digital-building/u);

    // … and builds into two pages linked to each other.
    const built = await astroBuild({ contentDir: content, env: { PRAXIS_OG: '0' } });
    try {
      expect(built.code, built.output).toBe(0);
      const dePage = readFileSync(join(built.outDir, 'praxis/digitale-bauakte-im-kreis/index.html'), 'utf8');
      const enPage = readFileSync(
        join(built.outDir, 'en/practices/digital-building-files-in-the-district/index.html'),
        'utf8',
      );
      expect(dePage).toMatch(/hreflang="en" href="[^"]*\/en\/practices\/digital-building-files-in-the-district\/"/u);
      expect(enPage).toMatch(/hreflang="de" href="[^"]*\/praxis\/digitale-bauakte-im-kreis\/"/u);
      expect(dePage).toContain('Gut zu wissen');
      expect(dePage).toMatch(/<img[^>]+alt="Das Kreishaus mit dem Eingang zum Bauamt"/u);
      // The build carries the editor (its settings generated for this content) and lists it nowhere.
      for (const file of ['index.html', 'editor.js', 'decap-cms.js', 'settings.de.json', 'settings.en.json'])
        expect(existsSync(join(built.outDir, 'redaktion', file)), file).toBe(true);
      // (A person's page /personen/redaktion/ is in it: the editor would be at the root.)
      const sitemap = readFileSync(join(built.outDir, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain('/praxis/digitale-bauakte-im-kreis/');
      expect(sitemap).not.toMatch(/<loc>https?:\/\/[^/<]+\/redaktion\//u);
    } finally {
      rmSync(built.tmp, { recursive: true, force: true });
    }
  }, 600_000);
});
