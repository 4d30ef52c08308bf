/**
 * What a gate reports: the page, the rule it broke and what to look at — one line each, so a failing
 * test reads as a to-do list (`expect(lines(findings)).toEqual([])`).
 */
export interface Finding {
  /** URL path of the page (`/praxis/x/`) or file the finding is about. */
  page: string;
  /** Short rule id: an axe rule (`axe color-contrast`), a vnu message class, or a gate's own name. */
  rule: string;
  /** What is wrong and where, specific enough to fix it. */
  detail: string;
}

export function lines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.page} — ${f.rule}: ${f.detail}`);
}

/** The rules reported per page (sorted), for asserting what a deliberately broken fixture page trips. */
export function rulesByPage(findings: readonly Finding[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of findings) {
    const rules = (out[f.page] ??= []);
    if (!rules.includes(f.rule)) rules.push(f.rule);
  }
  for (const rules of Object.values(out)) rules.sort();
  return out;
}

/** Cuts long text (HTML snippets, messages) to something a terminal line can hold. */
export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
