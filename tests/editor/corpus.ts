/**
 * Small content corpora for the editor tests, written into a fresh temporary folder
 * per test file: a few valid entries every corpus needs (a person, a topic, a district),
 * plus the files a scenario adds.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const NODE = join(REPO_ROOT, 'node_modules/.bin/node');

export const BASE_FILES: Record<string, string> = {
  'people/redaktion.yaml': 'name: Redaktion Praxisdialog\nrole:\n  de: Redaktion\n  en: Editorial team\nisTeam: true\n',
  'topics/beteiligung.yaml': 'label:\n  de: Beteiligung\n  en: Participation\n',
  'districts/06435-main-kinzig-kreis.yaml': 'ags: "06435"\ncoordinates:\n  lat: 50.203\n  lon: 9.188\n',
};

/** Write a corpus (paths relative to the content root) into a new temporary folder and return its path. */
export function writeCorpus(files: Record<string, string>, withBase = true): string {
  const root = mkdtempSync(join(tmpdir(), 'praxis-editor-'));
  for (const [path, text] of Object.entries({ ...(withBase ? BASE_FILES : {}), ...files })) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

/** A valid German practice; `extra` lines replace or add frontmatter fields. */
export function practice(fields: Record<string, string | undefined> = {}, body = '\n## Einordnung\n\nText.\n'): string {
  const base: Record<string, string | undefined> = {
    title: 'Digitale Sozialakte',
    lang: 'de',
    publishedAt: '2026-01-10',
    teaser: 'Eine digitale Akte, die alle Ämter im Kreis gleichzeitig einsehen können.',
    problem: 'Anträge kamen auf Papier und blieben wochenlang liegen, weil niemand sie fand.',
    solution: 'Eine digitale Akte, die alle Stellen im Amt gleichzeitig einsehen können.',
    results: '\n  summary: Anträge werden schneller bearbeitet.',
    status: 'operation',
    startYear: '2021',
    districts: '["06435"]',
    fields: '[soziales]',
    lastChecked: '2026-10-01',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** A valid German post; `fields` replace or add frontmatter fields. */
export function post(fields: Record<string, string | undefined> = {}, body = '\nText.\n'): string {
  const base: Record<string, string | undefined> = {
    title: 'Ein Beitrag',
    lang: 'de',
    publishedAt: '2026-01-10',
    teaser: 'Ein Beitrag, der zeigt, wie die Prüfung der Inhalte arbeitet.',
    authors: '[redaktion]',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}
