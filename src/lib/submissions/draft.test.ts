/**
 * The draft `accept` writes, from hostile text, passes the real content check (the safe MDX subset:
 * no expression, no import or export, only inert HTML), and an existing file is never overwritten.
 * That the published draft builds into a page showing every string as text is shown by
 * tests/submissions/submit.browser.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../contentCheck/index.ts';
import { writeDraft } from './draft.ts';
import { escapeMdxText } from './mdx.ts';
import type { Submission } from './store.ts';

const HOSTILE = [
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  'import x from "y"',
  'export const a = 1',
  '---',
  '<InfoBox>',
  '# not a heading',
  '> not a quote',
  '- not a list',
  '1. not a list',
  '    not code',
  '*not emphasis* [not](javascript:alert(1)) `not code` &amp; \\ ${x}',
];
const TEXT = HOSTILE.join('\n');
const root = mkdtempSync(join(tmpdir(), 'praxis-draft-'));
cpSync(join(import.meta.dirname, '../../../tests/fixtures/content-publish'), root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function submission(): Submission {
  return {
    id: 7,
    lang: 'de',
    email: 'a@kreis.example',
    title: '<InfoBox> {process.exit(1)}',
    consentVersion: '2026-12-06',
    retentionDays: 90,
    proofOfWork: true,
    submittedAt: '2026-12-06T05:00:00.000Z',
    expiresAt: '2026-12-08T05:00:00.000Z',
    confirmedAt: '2026-12-06T05:10:00.000Z',
    decision: null,
    decidedAt: null,
    decisionNote: null,
    purgedAt: null,
    data: {
      title: '<InfoBox> {process.exit(1)}',
      district: '06435',
      municipality: '---',
      problem: TEXT,
      solution: TEXT,
      results: TEXT,
      costs: TEXT,
      status: 'pilot',
      startYear: 2022,
      field: 'verwaltung',
      afterFunding: TEXT,
      contactName: '<script>alert(1)</script>',
      contactOrganisation: 'import x from "y"',
      links: ['https://example.org/a?b={c}'],
      licence: '{x}',
      sourceUrl: 'https://git.example.org/x',
      lessons: TEXT,
      details: TEXT,
    },
  };
}

test('a draft of hostile text passes the content check', () => {
  const file = writeDraft(root, submission());
  const errors = checkContent({ root, now: new Date('2026-12-06T12:00:00Z'), cwd: root }).filter(
    (p) => p.severity === 'error' && join(root, p.file) === file,
  );
  expect(errors.map((e) => `${e.file}:${e.line} ${e.field.en} ${e.wrong.en}`)).toEqual([]);
  expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: /u);
});

test('the body escapes every syntax character and keeps every other character', () => {
  const body = escapeMdxText(TEXT);
  expect(body).not.toMatch(/[{}<>]|^import|^export|^---$|^#|^- |^\d+\. /mu);
  // Undo the references and backslash escapes: the text as typed comes back, line by line.
  const back = body
    .replace(/\\\n/gu, '\n')
    .replace(/\\(.)/gu, '$1')
    .replace(/&#(\d+);/gu, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
  expect(back).toBe(TEXT);
});

test('never overwrites: a second draft of the same title gets the next free name', () => {
  const a = writeDraft(root, submission());
  const b = writeDraft(root, submission());
  expect(a).not.toBe(b);
  expect(b).toMatch(/-\d+\.mdx$/u);
});
