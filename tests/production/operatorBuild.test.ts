/**
 * A production build without operator data stops before writing anything, with one message naming every
 * missing item (src/integrations/operator.ts). Layer: fixture (runs `astro build`, which stops at once).
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro.ts';

test('a production build without operator data fails, naming every missing item', async () => {
  // The build takes its environment from the worker process: without these, as on a fresh machine — and back
  // afterwards, since the worker runs other test files too (the fixture layer is not isolated per file).
  const saved = ['PRAXIS_SITE_URL', 'PRAXIS_NEWSLETTER_URL', 'PRAXIS_OPERATOR_FILE'].map((key) => {
    const value = process.env[key];
    delete process.env[key];
    return [key, value] as const;
  });
  const result = await astroBuild({
    env: { PRAXIS_OPERATOR_EXAMPLE: '0', PRAXIS_OPERATOR_FILE: 'tests/production/fixtures/empty.yaml' },
  }).finally(() => {
    for (const [key, value] of saved) if (value !== undefined) process.env[key] = value;
  });
  const out = result.outDir;
  const output = result.output;
  expect(result.code, output).not.toBe(0);
  expect(output).toContain('The operator configuration is incomplete');
  const items = [...output.matchAll(/^ {2}- (\S+): /gmu)].map((m) => m[1]);
  expect(items).toEqual([
    'PRAXIS_SITE_URL',
    'PRAXIS_NEWSLETTER_URL',
    'operator.name',
    'operator.address',
    'operator.representedBy',
    'operator.email',
    'operator.phone',
    'contentResponsible.name',
    'contentResponsible.address',
    'dataProtectionOfficer.name',
    'dataProtectionOfficer.email',
    'supervisoryAuthority.name',
    'supervisoryAuthority.address',
    'supervisoryAuthority.url',
    'hosting.name',
    'hosting.address',
    'hosting.logRetentionDays',
    'accessibility.feedbackEmail',
    'accessibility.evaluation.de',
    'accessibility.evaluation.en',
    'accessibility.conciliation.name',
    'accessibility.conciliation.url',
  ]);
  expect(existsSync(join(out, 'index.html')), 'the build wrote pages').toBe(false);
  await rm(result.tmp, { recursive: true, force: true });
}, 120_000);
