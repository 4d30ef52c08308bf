/**
 * The built site under test, as provided by tests/setup/globalSetup.ts:
 *
 *   const { url, dir } = siteUnderTest();   // url: http://127.0.0.1:PORT (no trailing slash); dir: build output
 *
 * Mentioning `siteUnderTest` in a test file is what makes the global setup build the site.
 */
import { inject } from 'vitest';

export function siteUnderTest(): { url: string; dir: string } {
  const url = inject('siteUrl');
  const dir = inject('siteDir');
  if (!url || !dir) {
    throw new Error(
      'The test site was not built: tests/setup/globalSetup.ts builds it only when a selected test file ' +
        'mentions siteUrl, siteDir or siteUnderTest (or PRAXIS_TEST_SITE names a build).',
    );
  }
  return { url, dir };
}
