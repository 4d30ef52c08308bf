/**
 * Setup file of the `site` and `browser` layers (vitest.config.ts): before a test file runs, wait until the
 * shared site that tests/setup/globalSetup.ts builds in the background is ready — or fail with the build's error.
 */
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';

const status = inject('siteStatus');
if (status) {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const text = await readFile(status, 'utf8').catch(() => '');
    if (text) {
      const result = JSON.parse(text) as { ok: boolean; error?: string };
      if (!result.ok) throw new Error(`The test site could not be built:\n${result.error ?? ''}`);
      break;
    }
    if (Date.now() > deadline) throw new Error(`The test site was not built within 10 minutes (${status})`);
    await new Promise((done) => setTimeout(done, 250));
  }
}
