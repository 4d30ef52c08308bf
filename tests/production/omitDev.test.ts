/**
 * A production install runs the newsletter: the repository's files (as a fresh clone has them, with the
 * working tree's changes) copied into a temporary folder, `npm install --omit=dev`, and then — with no Astro,
 * no Vitest, nothing of the devDependencies — the server answers its health check and its pages, the digest
 * renders a preview, and the purge, the backup and the submissions list run. All with the Node 22 that the
 * install itself brings (`node` is a dependency; the systemd units start node_modules/.bin/node).
 *
 * Layer: fixture. The npm cache is warm on a machine that ran `npm install` before; the install's time is
 * printed (about 20–60 s here), not asserted.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { SqliteStore } from '../../src/lib/newsletter/store.ts';
import { hashToken } from '../../src/lib/newsletter/tokens.ts';
import { entry, feedOf, startSink, testEnv, until, writeFeed } from '../newsletter/helpers.ts';
import { REPO_ROOT } from '../setup/buildSite.ts';
import { freePort } from './stack.ts';

const work = await mkdtemp(join(tmpdir(), 'praxis-omit-dev-'));
afterAll(() => rm(work, { recursive: true, force: true }));

function run(
  file: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

test('after npm install --omit=dev the server answers, the digest renders a preview, purge and backup run', async () => {
  const app = join(work, 'app');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(REPO_ROOT, f)));
  for (const file of files) await cp(join(REPO_ROOT, file), join(app, file));

  const started = performance.now();
  const install = await run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], app, {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[omit-dev] npm install --omit=dev: ${seconds} s`);
  expect(install.code, install.output).toBe(0);
  const modules = await readdir(join(app, 'node_modules'));
  for (const dev of ['astro', 'vitest', 'yaml', 'playwright-core']) expect(modules, dev).not.toContain(dev);
  const node = join(app, 'node_modules/.bin/node');
  expect(execFileSync(node, ['--version'], { encoding: 'utf8' })).toMatch(/^v22\./u);

  const sink = await startSink();
  try {
    const today = new Date().toISOString().slice(0, 10);
    await writeFeed(work, feedOf([entry({ id: 'posts/de/neu', date: `${today}T00:00:00.000Z` })]));
    // Only what the systemd unit gives it: PATH without the repository's tools, the settings, no HOME.
    const env: Record<string, string> = {
      PATH: '/usr/bin:/bin',
      ...testEnv(work, sink.port),
      PRAXIS_NEWSLETTER_HOST: '127.0.0.1',
      PRAXIS_NEWSLETTER_PORT: String(await freePort()),
    };
    const store = new SqliteStore(env.PRAXIS_NEWSLETTER_DB!);
    await store.recordSignup({
      email: 'leserin@kreis.example',
      lang: 'de',
      frequency: 'weekly',
      interests: { topics: [], districts: [], kinds: [] },
      requestedAt: new Date(),
      consentVersion: CURRENT_CONSENT_VERSION,
      consentLang: 'de',
      tokenHash: hashToken('t'.repeat(43)),
      expiresAt: new Date(Date.now() + 3_600_000),
      nonce: 'nonce',
    });
    await store.confirmSignup(hashToken('t'.repeat(43)), new Date());
    await store.close();

    const server = spawn(node, ['scripts/newsletter-server.ts'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    server.stdout.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const closed = new Promise((resolve) => server.once('close', resolve));
    try {
      const base = `http://127.0.0.1:${env.PRAXIS_NEWSLETTER_PORT}`;
      await until(() => /newsletter server on/u.test(output) || server.exitCode !== null, 'the server');
      expect(server.exitCode, output).toBeNull();
      expect(await (await fetch(`${base}/health`)).text()).toBe('ok\n');
      // The sign-up answered with the form again (an address missing): a whole page, from the server's templates.
      const signup = await fetch(`${base}/api/subscribe`, {
        method: 'POST',
        body: new URLSearchParams({ ui: 'de', consentVersion: CURRENT_CONSENT_VERSION }),
      });
      expect(signup.status).toBe(400);
      expect(await signup.text()).toMatch(/<form method="post"[^>]*\/api\/subscribe/u);
      const form = await fetch(`${base}/api/submit/challenge`);
      expect(form.status, output).toBe(200);
    } finally {
      server.kill('SIGTERM');
      await closed;
    }

    const preview = join(work, 'preview');
    const now = new Date(Date.now() + 3_600_000).toISOString();
    const digest = await run(node, ['scripts/digest.ts', '--preview', preview, '--now', now], app, env);
    expect(digest.code, digest.output).toBe(0);
    const written = await readdir(preview);
    expect(written).toContain('index.html');
    const mail = written.find((f) => f.endsWith('.html') && f !== 'index.html');
    expect(mail, written.join(', ')).toBeDefined();
    expect(await readFile(join(preview, mail!), 'utf8')).toContain('Titel posts/de/neu');

    for (const script of ['newsletter-purge.ts', 'newsletter-backup.ts', 'submissions.ts']) {
      const result = await run(node, [`scripts/${script}`], app, env);
      expect(result.code, `${script}: ${result.output}`).toBe(0);
    }
  } finally {
    await sink.close();
  }
}, 300_000);
