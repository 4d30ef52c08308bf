/** File type and size for download links, in words readers know. Pure, tested in files.test.ts beside it. */
import type { Lang } from '../../lib/i18n.ts';
import { LOCALE } from '../../config/languages.ts';

/** "PDF", "XLSX" … from the file name; undefined when it has no extension. */
export function fileType(href: string): string | undefined {
  const name =
    href
      .replace(/[?#].*$/u, '')
      .split('/')
      .pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toUpperCase() : undefined;
}

/** "850 KB", "1,2 MB" (German) / "1.2 MB" (English), in decimal units as file managers show them. */
export function fileSize(bytes: number, lang: Lang): string {
  const locale = LOCALE[lang];
  const units = ['Bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit >= 2 && value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
