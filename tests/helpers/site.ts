/**
 * The built site under test, as provided by tests/setup/globalSetup.ts to the `site` and `browser` layers:
 *
 *   const { url, dir } = siteUnderTest();   // url: http://127.0.0.1:PORT (no trailing slash); dir: build output
 *
 * A file is in those layers by its name: `*.site.test.ts` or `*.browser.test.ts` (see vitest.config.ts).
 */
import { inject } from 'vitest';

export function siteUnderTest(): { url: string; dir: string } {
  const url = inject('siteUrl');
  const dir = inject('siteDir');
  if (!url || !dir) {
    throw new Error(
      'This test file uses the shared build of the real site, which only the `site` and `browser` layers get: ' +
        'name it *.site.test.ts (static checks) or *.browser.test.ts (Chromium). See vitest.config.ts.',
    );
  }
  return { url, dir };
}
