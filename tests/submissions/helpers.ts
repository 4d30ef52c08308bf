/**
 * Real parts for the submission tests: the server's handler on a loopback port with a SQLite file in a
 * temporary folder and an SMTP sink (tests/newsletter/helpers.ts), and a valid form to start from.
 */
import '../../src/lib/newsletter/quietSqliteWarning.ts';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { NewsletterConfig } from '../../src/lib/newsletter/config.ts';
import { createMailer } from '../../src/lib/newsletter/mailer.ts';
import { SqliteStore } from '../../src/lib/newsletter/store.ts';
import { CURRENT_SUBMISSION_CONSENT } from '../../src/lib/submissions/consent.ts';
import { createHandler } from '../../src/server/app.ts';
import { startSink, tempDir, testConfig, testEnv, type Sink } from '../newsletter/helpers.ts';

export const REPO_ROOT = join(import.meta.dirname, '../..');
export const NODE = process.execPath;

export interface Running {
  base: string;
  config: NewsletterConfig;
  store: SqliteStore;
  sink: Sink;
  dir: string;
  http: Server;
  /** Environment for scripts/submissions.ts with the same database and SMTP sink. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** `origin`: the static site's address (the config's siteUrl), for links and the widget's CORS. */
export async function startSubmissionServer(
  overrides: Partial<NewsletterConfig> = {},
  origin?: string,
): Promise<Running> {
  const tmp = await tempDir();
  const sink = await startSink();
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const config = testConfig(tmp.dir, sink.port, {
    newsletterUrl: base,
    ...overrides,
    ...(origin ? { siteUrl: origin } : {}),
  });
  const store = new SqliteStore(config.dbPath);
  const mailer = createMailer(config.smtp);
  const handler = createHandler({ config, store, mailer, catalogue: async () => undefined, log: () => {} });
  http.on('request', (req, res) => void handler(req, res));
  const env = {
    ...testEnv(tmp.dir, sink.port),
    PRAXIS_NEWSLETTER_URL: base,
    PRAXIS_SITE_URL: config.siteUrl,
    PRAXIS_EDITORS_EMAIL: config.submissions.editors,
  };
  return {
    base,
    config,
    store,
    sink,
    dir: tmp.dir,
    http,
    env,
    async close() {
      handler.outbox.stop();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      mailer.close();
      await store.close();
      await sink.close();
      await tmp.remove();
    },
  };
}

/** A complete, valid submission form (the district is the Main-Kinzig-Kreis, which has an entry). */
export function validForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ui: 'de',
    consentVersion: CURRENT_SUBMISSION_CONSENT,
    title: 'Digitale Bauakte im Main-Kinzig-Kreis',
    district: '06435',
    municipality: 'Gelnhausen',
    problem: 'Bauanträge kamen auf Papier und lagen wochenlang in Umlaufmappen zwischen den Ämtern.',
    solution: 'Eine digitale Bauakte, die alle beteiligten Stellen gleichzeitig einsehen und kommentieren.',
    results: 'Die Bearbeitung dauert im Mittel drei Wochen weniger.',
    costs: 'Einmalig 40.000 Euro, jährlich 5.000 Euro für Betrieb und Lizenzen.',
    status: 'operation',
    startYear: '2022',
    field: 'verwaltung',
    afterFunding: 'Läuft im Regelbetrieb aus dem Kreishaushalt weiter.',
    contactName: 'Bauaufsicht des Kreises',
    contactOrganisation: 'Kreisverwaltung Main-Kinzig',
    links: 'https://example.org/bauakte\nhttps://example.org/bericht.pdf',
    licence: 'EUPL-1.2',
    sourceUrl: 'https://git.example.org/bauakte',
    lessons: 'Die Schnittstelle zum Fachverfahren hat ein halbes Jahr länger gedauert als geplant.',
    details: 'Wir helfen gern beim Nachbau.',
    email: 'bauamt@kreis.example',
    consent: 'yes',
    website: '',
    ...overrides,
  };
}

export async function post(url: string, form: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(form) });
  return { status: response.status, text: await response.text() };
}

/** Run scripts/submissions.ts with arguments; resolves with exit code and output. */
export function runSubmissions(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [join(REPO_ROOT, 'scripts/submissions.ts'), ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
