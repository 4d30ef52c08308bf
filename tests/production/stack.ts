/**
 * The production stack on loopback, from real parts: the site built as production builds it (operator data,
 * same-origin newsletter address), the Node newsletter server started as `npm run newsletter:server` starts
 * it (temporary SQLite file, an SMTP sink from tests/newsletter/helpers.ts), and the real `caddy` binary
 * with deploy/Caddyfile in front of both, on plain HTTP.
 *
 *   const stack = await startStack();   // stack.origin = http://127.0.0.1:PORT
 *   …
 *   await stack.stop();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTestSite, REPO_ROOT } from '../setup/buildSite.ts';
import { SECRET, startSink, type Sink } from '../newsletter/helpers.ts';

export const CADDYFILE = join(REPO_ROOT, 'deploy/Caddyfile');
export const OPERATOR_FIXTURE = join(REPO_ROOT, 'tests/production/fixtures/operator.yaml');

export interface Stack {
  /** The site's origin as readers see it, through Caddy. */
  origin: string;
  /** The built site. */
  dir: string;
  sink: Sink;
  /** Caddy's access log file. */
  accessLog: string;
  /** What Caddy and the newsletter server wrote so far (for failure messages). */
  logs(): Promise<string>;
  stop(): Promise<void>;
}

/** A free TCP port on loopback (the kernel picks it; it stays free for the moment we need). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The caddy binary, or a message saying how to install it. */
export function caddyVersion(): string {
  const result = spawnSync('caddy', ['version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      'The `caddy` binary is missing: install it with `apt-get install caddy` (scripts/setup-system.sh).',
    );
  }
  return result.stdout.trim();
}

async function waitFor(check: () => Promise<boolean>, what: string, child: ChildProcess, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`${what}: the process ended with exit code ${child.exitCode}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startStack(): Promise<Stack> {
  caddyVersion();
  const tmp = await mkdtemp(join(tmpdir(), 'praxis-production-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const newsletterUrl = `${origin}/newsletter-api`;

  // The build, as production: operator data from a complete file, no example values allowed; the style guide
  // is included because it is the one page kind with a video embed.
  const buildEnv: Record<string, string> = {
    PRAXIS_SITE_URL: origin,
    PRAXIS_NEWSLETTER_URL: newsletterUrl,
    PRAXIS_OPERATOR_FILE: OPERATOR_FIXTURE,
    PRAXIS_OPERATOR_EXAMPLE: '0',
    PRAXIS_STYLE_GUIDE: '1',
    // Caddy serves the .br/.gz copies (the other test builds skip them).
    PRAXIS_PRECOMPRESS: '1',
  };
  const saved = Object.fromEntries(Object.keys(buildEnv).map((k) => [k, process.env[k]]));
  Object.assign(process.env, buildEnv);
  let dir: string;
  try {
    dir = await buildTestSite(join(REPO_ROOT, `.cache/production-site-${process.pid}`));
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }

  const sink = await startSink();
  const newsletterPort = await freePort();
  const serverLog = join(tmp, 'newsletter-server.log');
  await mkdir(join(tmp, 'data'));
  const server = spawn(process.execPath, [join(REPO_ROOT, 'scripts/newsletter-server.ts')], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PRAXIS_SITE_URL: origin,
      PRAXIS_NEWSLETTER_URL: newsletterUrl,
      PRAXIS_NEWSLETTER_SECRET: SECRET,
      PRAXIS_NEWSLETTER_DB: join(tmp, 'data/newsletter.sqlite'),
      PRAXIS_NEWSLETTER_HOST: '127.0.0.1',
      PRAXIS_NEWSLETTER_PORT: String(newsletterPort),
      PRAXIS_NEWSLETTER_FEED: dir,
      PRAXIS_NEWSLETTER_TRUST_PROXY: '1',
      PRAXIS_SMTP_HOST: '127.0.0.1',
      PRAXIS_SMTP_PORT: String(sink.port),
      PRAXIS_SMTP_RATE_LIMIT: '0',
      PRAXIS_SMTP_RETRY_DELAY_MS: '10',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const serverOut = createWriteStream(serverLog);
  server.stdout!.pipe(serverOut);
  server.stderr!.pipe(serverOut);

  const caddyLog = join(tmp, 'caddy.log');
  const accessLog = join(tmp, 'access.log');
  const caddy = spawn('caddy', ['run', '--config', CADDYFILE, '--adapter', 'caddyfile'], {
    cwd: tmp,
    env: {
      PATH: process.env.PATH ?? '',
      // Caddy keeps its state (autosaved config, certificates) under these; keep it in the temporary folder.
      HOME: tmp,
      XDG_DATA_HOME: join(tmp, 'caddy-data'),
      XDG_CONFIG_HOME: join(tmp, 'caddy-config'),
      PRAXIS_SITE_ADDRESS: origin,
      PRAXIS_SITE_ROOT: dir,
      PRAXIS_NEWSLETTER_UPSTREAM: `127.0.0.1:${newsletterPort}`,
      PRAXIS_CADDY_ADMIN: 'off',
      PRAXIS_ACCESS_LOG: accessLog,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const caddyOut = createWriteStream(caddyLog);
  caddy.stdout!.pipe(caddyOut);
  caddy.stderr!.pipe(caddyOut);

  const logs = async () =>
    `--- caddy\n${await readFile(caddyLog, 'utf8').catch(() => '')}\n--- newsletter server\n${await readFile(serverLog, 'utf8').catch(() => '')}`;
  const stop = async () => {
    await Promise.all([stopChild(caddy), stopChild(server)]);
    await sink.close();
    await rm(tmp, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      async () => (await fetch(`http://127.0.0.1:${newsletterPort}/newsletter-api/health`)).ok,
      'the newsletter server',
      server,
    );
    await waitFor(async () => (await fetch(`${origin}/`)).ok, 'caddy', caddy);
  } catch (error) {
    const text = await logs();
    await stop();
    throw new Error(`${(error as Error).message}\n${text}`, { cause: error });
  }
  return { origin, dir, sink, accessLog, logs, stop };
}

export interface HttpsCaddy {
  /** e.g. https://localhost:PORT */
  https: string;
  /** e.g. http://localhost:PORT — redirects to `https` */
  http: string;
  /** The root certificate of Caddy's local CA, which signed the site's certificate. */
  ca: Buffer;
  stop(): Promise<void>;
}

/**
 * deploy/Caddyfile as production runs it — a host name instead of an http:// address, so Caddy serves HTTPS,
 * redirects HTTP and sends HSTS — on free loopback ports. For `localhost` Caddy issues the certificate from
 * its own local CA instead of Let's Encrypt (no network needed); everything else is the production path.
 */
/** True once an HTTPS request to `url`, trusting `ca`, gets any answer (the TLS handshake completed). */
function httpsAnswers(url: string, ca: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpsRequest(url, { ca }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

export async function startHttpsCaddy(dir: string): Promise<HttpsCaddy> {
  const tmp = await mkdtemp(join(tmpdir(), 'praxis-https-'));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const data = join(tmp, 'caddy-data');
  const caddy = spawn('caddy', ['run', '--config', CADDYFILE, '--adapter', 'caddyfile'], {
    cwd: tmp,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmp,
      XDG_DATA_HOME: data,
      XDG_CONFIG_HOME: join(tmp, 'caddy-config'),
      PRAXIS_SITE_ADDRESS: 'localhost',
      PRAXIS_HTTP_PORT: String(httpPort),
      PRAXIS_HTTPS_PORT: String(httpsPort),
      PRAXIS_SITE_ROOT: dir,
      PRAXIS_CADDY_ADMIN: 'off',
      PRAXIS_ACCESS_LOG: join(tmp, 'access.log'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(join(tmp, 'caddy.log'));
  caddy.stdout!.pipe(out);
  caddy.stderr!.pipe(out);
  const stop = async () => {
    await stopChild(caddy);
    await rm(tmp, { recursive: true, force: true });
  };
  const rootFile = join(data, 'caddy/pki/authorities/local/root.crt');
  try {
    await waitFor(async () => (await readFile(rootFile)).length > 0, 'the local CA', caddy);
    await waitFor(
      async () => (await fetch(`http://localhost:${httpPort}/`, { redirect: 'manual' })).status === 308,
      'caddy (https)',
      caddy,
    );
    // Caddy issues the site's certificate from its local CA in the background after it starts listening: until
    // then a TLS handshake ends in an "internal error" alert (seen in a CI run). Ready is when one completes.
    const ca = await readFile(rootFile);
    await waitFor(() => httpsAnswers(`https://localhost:${httpsPort}/`, ca), 'the certificate for localhost', caddy);
  } catch (error) {
    const log = await readFile(join(tmp, 'caddy.log'), 'utf8').catch(() => '');
    await stop();
    throw new Error(`${(error as Error).message}\n${log}`, { cause: error });
  }
  return {
    https: `https://localhost:${httpsPort}`,
    http: `http://localhost:${httpPort}`,
    ca: await readFile(rootFile),
    stop,
  };
}
