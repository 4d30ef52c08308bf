/**
 * The content check's warnings as a build prints them: one line each while there are few, and past that one
 * line per kind of warning — how many, the first few files, and `npm run check` for the full list. At 1,000
 * entries a build printed 311 lines, 302 of them "no translation given"; the summary prints two.
 *
 * A kind is the field (list positions dropped: `districts[3]` → `districts[]`) and what is wrong (numbers
 * dropped: "last checked 415 days ago" and "… 734 days ago" are one kind).
 */
import type { Lang } from '../schemas/common.ts';
import { formatProblem } from './contentCheck/format.ts';
import type { Problem } from './contentCheck/index.ts';

/** Up to this many warnings are printed one line each, as `npm run check` prints them. */
export const FULL_LIST_MAX = 10;
/** Files named per kind of warning. */
export const EXAMPLES_PER_KIND = 3;

interface Kind {
  field: string;
  wrong: string;
  problems: Problem[];
}

function kindsOf(warnings: readonly Problem[], lang: Lang): Kind[] {
  const kinds = new Map<string, Kind>();
  for (const p of warnings) {
    const field = p.field[lang].replace(/\[\d+\]/gu, '[]');
    const wrong = p.wrong[lang].replace(/\d+(?:[.,]\d+)*/gu, 'n');
    const key = `${field}\u0000${wrong}`;
    const kind = kinds.get(key) ?? { field, wrong, problems: [] };
    kind.problems.push(p);
    kinds.set(key, kind);
  }
  // Most frequent first; ties in the order the check found them.
  return [...kinds.values()].sort((a, b) => b.problems.length - a.problems.length);
}

/** The lines a build logs for the content check's warnings (none for none). */
export function summariseWarnings(warnings: readonly Problem[], lang: Lang): string[] {
  if (warnings.length <= FULL_LIST_MAX) return warnings.map((p) => formatProblem(p, lang));
  const de = lang === 'de';
  const kinds = kindsOf(warnings, lang);
  const lines = [
    de
      ? `${warnings.length} Hinweise zum Inhalt, ${kinds.length} ${kinds.length === 1 ? 'Art' : 'Arten'} (alle mit Zeile und Abhilfe: npm run check):`
      : `${warnings.length} content warnings of ${kinds.length} ${kinds.length === 1 ? 'kind' : 'kinds'} (each with its line and fix: npm run check):`,
  ];
  const width = String(kinds[0]!.problems.length).length;
  for (const kind of kinds) {
    const n = kind.problems.length;
    const shown = kind.problems.slice(0, EXAMPLES_PER_KIND).map((p) => `${p.file}:${p.line}`);
    const more = n - shown.length;
    const rest = more > 0 ? (de ? ` und ${more} weitere` : ` and ${more} more`) : '';
    lines.push(`  ${String(n).padStart(width)} × ${kind.field}: ${kind.wrong} — ${shown.join(', ')}${rest}`);
  }
  return lines;
}
