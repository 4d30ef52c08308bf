/** Output of the check: one line per problem, `path:line  field  what is wrong  expected: …`. */
import type { Lang } from '../../schemas/common.ts';
import type { Problem } from './index.ts';

/** The language of messages: a flag wins, then LC_ALL, LC_MESSAGES, LANG; German otherwise. */
export function resolveLang(flag: string | undefined, env: Record<string, string | undefined> = process.env): Lang {
  if (flag === 'de' || flag === 'en') return flag;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name]?.toLowerCase();
    if (!value || value === 'c' || value.startsWith('c.') || value === 'posix') continue;
    if (value.startsWith('en')) return 'en';
    if (value.startsWith('de')) return 'de';
  }
  return 'de';
}

export function formatProblem(p: Problem, lang: Lang): string {
  const expected = lang === 'de' ? 'erwartet' : 'expected';
  return `${p.file}:${p.line}  ${p.field[lang]}  ${p.wrong[lang]}  ${expected}: ${p.expected[lang]}`;
}

/** The whole report: errors, then warnings, then a one-line summary. */
export function formatReport(problems: Problem[], lang: Lang, checkedFiles?: number): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines: string[] = [];
  const de = lang === 'de';
  if (errors.length > 0) {
    lines.push(de ? `Fehler (${errors.length}):` : `Errors (${errors.length}):`);
    for (const p of errors) lines.push(formatProblem(p, lang));
    lines.push('');
  }
  if (warnings.length > 0) {
    lines.push(de ? `Hinweise (${warnings.length}):` : `Warnings (${warnings.length}):`);
    for (const p of warnings) lines.push(formatProblem(p, lang));
    lines.push('');
  }
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const files =
    checkedFiles === undefined
      ? ''
      : de
        ? ` in ${n(checkedFiles, 'Datei', 'Dateien')}`
        : ` in ${n(checkedFiles, 'file', 'files')}`;
  const summary = de
    ? `${n(errors.length, 'Fehler', 'Fehler')}, ${n(warnings.length, 'Hinweis', 'Hinweise')}${files}.`
    : `${n(errors.length, 'error', 'errors')}, ${n(warnings.length, 'warning', 'warnings')}${files}.`;
  const consequence =
    errors.length === 0
      ? ''
      : de
        ? ' Die Website wird erst gebaut, wenn alle Fehler behoben sind.'
        : ' The site will not build until every error is fixed.';
  lines.push(summary + consequence);
  return lines.join('\n');
}
