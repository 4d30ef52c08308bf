/** Months and days for the timeline: "März 2024" / "March 2024", "15. März 2024" / "15 March 2024". */
import type { Lang } from '../../lib/i18n.ts';
import { LOCALE } from '../../config/languages.ts';

export function formatMonthOrDay(value: string, lang: Lang): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number | undefined];
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(LOCALE[lang], {
    ...(day ? { day: 'numeric' } : {}),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
