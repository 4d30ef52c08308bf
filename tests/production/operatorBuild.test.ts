/**
 * A production build without operator data stops before writing anything, with one message naming every
 * missing item (src/integrations/operator.ts). Layer: fixture (runs `astro build`, which stops at once).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../setup/buildSite.ts';

test('a production build without operator data fails, naming every missing item', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'praxis-operator-build-')), 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['PRAXIS_SITE_URL', 'PRAXIS_NEWSLETTER_URL', 'PRAXIS_OPERATOR_FILE']) delete env[key];
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      PRAXIS_OPERATOR_EXAMPLE: '0',
      PRAXIS_OPERATOR_FILE: 'tests/production/fixtures/empty.yaml',
      PRAXIS_OUT_DIR: out,
      PRAXIS_CACHE_DIR: join(REPO_ROOT, '.cache/test-astro-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status, output).not.toBe(0);
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
}, 120_000);
