/**
 * Texts with named placeholders: `fill('nach {days} Tagen', { days: 7 })`. The message catalogs (./catalog.ts)
 * hold templates, never code, so that a translator can move a placeholder within a sentence.
 */

/** A placeholder: a name in braces. */
export const PLACEHOLDER = /\{(\w+)\}/gu;

/** Fill {placeholders}; a missing value is left visible so a mistake shows instead of vanishing. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (all, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : all));
}
