/**
 * Props check at render time. `npm run check` (and the build's content check) already
 * reports wrong props with file and line; this is the safety net for what it cannot
 * see, such as values computed in the MDX file. The error names the component, the
 * prop and what was expected; Astro adds the page being built.
 */
import type { z } from 'zod';
import { germanOf } from '../../lib/contentCheck/messages.ts';
import { PROPS, type ComponentName } from './props.ts';
import type { Lang } from '../../lib/i18n.ts';

export function checkProps<N extends ComponentName>(
  name: N,
  props: Record<string, unknown>,
): z.output<(typeof PROPS)[N]> {
  // Astro passes slot content separately; MDX may add `children`, which is not a prop editors write.
  const { children: _children, ...rest } = props;
  const result = PROPS[name].safeParse(rest);
  if (result.success) return result.data as z.output<(typeof PROPS)[N]>;
  const lines = result.error.issues.map((issue) => {
    const prop = issue.path.length > 0 ? issue.path.join('.') : '';
    if (issue.code === 'unrecognized_keys') {
      return `  <${name}> has no prop ${issue.keys.map((k) => `"${k}"`).join(', ')} / kennt ${issue.keys.join(', ')} nicht`;
    }
    const de = germanOf(issue.message);
    return `  <${name}> ${prop}: ${issue.message}${de ? ` / erwartet: ${de}` : ''}`;
  });
  throw new Error(
    `MDX component <${name}> has wrong props (run npm run check for file and line):\n${lines.join('\n')}`,
  );
}

/** The page language, from Astro's i18n routing (/en/… is English). */
export function langOf(locale: string | undefined): Lang {
  return locale === 'en' ? 'en' : 'de';
}

/** Fill `{platform}` and similar placeholders in a UI string. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (_, key: string) => values[key] ?? `{${key}}`);
}
