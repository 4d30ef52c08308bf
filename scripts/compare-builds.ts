/**
 * Compares the HTML of two builds of the same content — the check that speed work changed no page:
 *
 *   node scripts/compare-builds.ts dist-before dist-after [--show 5]
 *
 * Prints the pages only in one build, how many pages differ, and the kinds of change (scripts/lib/
 * compareBuilds.ts) with the number of pages showing each and a few examples. Exit code 1 when any page
 * differs or is missing, so it can also guard a change meant to leave the pages alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../seeds/lib/files.ts';
import { changeKind, htmlTokens, tokenChanges } from './lib/compareBuilds.ts';

const { values, positionals } = parseArgs({
  options: { show: { type: 'string', default: '3' } },
  allowPositionals: true,
});
if (positionals.length !== 2) {
  console.error('Usage: node scripts/compare-builds.ts <first build folder> <second build folder> [--show N]');
  process.exit(2);
}
const [first, second] = positionals as [string, string];
const show = Number(values.show);
const pages = (dir: string) => new Set(listFiles(dir).filter((f) => f.endsWith('.html')));
const a = pages(first);
const b = pages(second);
const onlyA = [...a].filter((p) => !b.has(p)).sort();
const onlyB = [...b].filter((p) => !a.has(p)).sort();
const kinds = new Map<string, { pages: Set<string>; examples: string[] }>();
let differing = 0;
for (const page of [...a].filter((p) => b.has(p)).sort()) {
  const before = readFileSync(join(first, page), 'utf8');
  const after = readFileSync(join(second, page), 'utf8');
  if (before === after) continue;
  differing++;
  for (const change of tokenChanges(htmlTokens(before), htmlTokens(after))) {
    const kind = changeKind(change);
    const entry = kinds.get(kind) ?? { pages: new Set<string>(), examples: [] };
    if (!entry.pages.has(page) && entry.examples.length < show)
      entry.examples.push(`${page}\n        - ${change.before ?? '(none)'}\n        + ${change.after ?? '(none)'}`);
    entry.pages.add(page);
    kinds.set(kind, entry);
  }
}
console.log(`${a.size} pages in ${first}, ${b.size} in ${second}; ${differing} differ`);
if (onlyA.length > 0) console.log(`only in ${first} (${onlyA.length}): ${onlyA.slice(0, 20).join(', ')}`);
if (onlyB.length > 0) console.log(`only in ${second} (${onlyB.length}): ${onlyB.slice(0, 20).join(', ')}`);
for (const [kind, { pages: where, examples }] of [...kinds].sort((x, y) => y[1].pages.size - x[1].pages.size)) {
  console.log(`\n  ${where.size} pages: ${kind}`);
  for (const e of examples) console.log(`      ${e}`);
}
process.exitCode = differing > 0 || onlyA.length > 0 || onlyB.length > 0 ? 1 : 0;
