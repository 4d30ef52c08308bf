/**
 * The newsletter server: a small node:http application beside the static site.
 *
 *   POST /api/subscribe   sign-up form → confirmation e-mail (same answer for every address)
 *   GET  /confirm         page with one button; POST /confirm uses the token
 *   GET  /preferences     change language, frequency, interests; POST saves
 *   GET  /unsubscribe     page with one button; POST unsubscribes (RFC 8058 one-click, no cookie, no redirect)
 *   GET  /newsletter.css  the pages' stylesheet;  GET /health  for monitoring
 *   POST /api/submit, GET /api/submit/challenge, GET|POST /submission/confirm: practice submissions (submissions.ts)
 *
 * Paths are relative to the path of PRAXIS_NEWSLETTER_URL, so a reverse proxy may mount
 * the server under e.g. https://praxisdialog.example/newsletter-api.
 *
 * Nothing a client sends may end the process: the handler never rejects (a malformed request
 * gets a 400, anything unexpected a 500 and a log line), a client that goes away mid-request is
 * let go silently, and confirmation e-mails go through the store's outbox, so they survive a
 * restart (see outbox.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import type { NewsletterConfig } from '../lib/newsletter/config.ts';
import { endpoints } from '../lib/newsletter/config.ts';
import type { Catalogue } from '../lib/newsletter/feed.ts';
import { answerLang, mailboxKey, parsePreferences, parseSignup, type FieldError } from '../lib/newsletter/input.ts';
import type { Mailer } from '../lib/newsletter/mailer.ts';
import { confirmationMessage, senderDomain } from '../lib/newsletter/message.ts';
import { Outbox } from '../lib/newsletter/outbox.ts';
import { RateLimiter } from '../lib/newsletter/rateLimit.ts';
import { renderConfirmation } from '../lib/newsletter/render.ts';
import type { NewsletterStore, Subscriber } from '../lib/newsletter/store.ts';
import { fill, nl } from '../lib/newsletter/strings.ts';
import {
  hashToken,
  manageToken,
  newNonce,
  parseManageToken,
  randomToken,
  verifyManageToken,
} from '../lib/newsletter/tokens.ts';
import { isFrequency, isKind, isLang, type Lang } from '../lib/newsletter/types.ts';
import { MAX_SUBMISSION_BODY } from '../lib/submissions/fields.ts';
import { actionPage, messagePage, newsletterPageUrl, preferencesPage, signupPage, type PageContext } from './pages.ts';
import type { Frame } from './frame.ts';
import { stylesheet } from './style.ts';
import { submissionHandlers } from './submissions.ts';

export interface ServerDeps {
  config: NewsletterConfig;
  store: NewsletterStore;
  mailer: Mailer;
  /** Topics and districts to offer; undefined while the site's feed cannot be read. */
  catalogue: () => Promise<Catalogue | undefined>;
  /** The clock; tests move it forward to let tokens expire. */
  now?: () => Date;
  log?: (line: string) => void;
  /** Sends the outbox; made from `store` and `mailer` if not given. */
  outbox?: Outbox;
  /** The site's frame around the pages (frame.ts); without it the server's own pages. */
  frame?: Frame | undefined;
}

/** Largest request body read; a larger one gets 413. The submission form has its own, larger limit. */
const MAX_BODY = 32 * 1024;

/** The body limit of a request: larger for the practice submission, whose texts are long. */
function bodyLimit(url: string | undefined): number {
  return (url ?? '').split('?')[0]!.endsWith('/api/submit') ? MAX_SUBMISSION_BODY : MAX_BODY;
}
/**
 * After answering 413 the rest of the body is read and thrown away, up to this much, so the
 * client (still sending) gets the answer instead of a reset connection; past it the connection
 * is cut.
 */
const DISCARD_LIMIT = 16 * 1024 * 1024;
const CLIENT_WINDOW_MS = 10 * 60 * 1000;
const ADDRESS_WINDOW_MS = 24 * 60 * 60 * 1000;

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** The client closed the connection before its request was read: nobody is left to answer. */
class ClientGone extends Error {}

/** Read and throw away the rest of a body we will not use, up to DISCARD_LIMIT. */
function discard(req: IncomingMessage, already: number): void {
  let size = already;
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > DISCARD_LIMIT) req.destroy();
  });
  req.resume();
}

/**
 * The request body, up to MAX_BODY. A larger one (announced or sent) rejects with 413 at once,
 * and the rest is read and thrown away (see DISCARD_LIMIT) while the answer goes out.
 */
function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      discard(req, 0);
      reject(new HttpError(413, 'body too large'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      discard(req, size);
      reject(new HttpError(413, 'body too large'));
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => reject(new ClientGone()));
    req.on('close', () => {
      if (!req.complete) reject(new ClientGone());
    });
  });
}

/** Form fields of a POST: url-encoded forms are read; any other body (e.g. multipart one-click) is ignored. */
async function readForm(req: IncomingMessage, max = MAX_BODY): Promise<URLSearchParams> {
  const body = await readBody(req, max);
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/x-www-form-urlencoded' ? new URLSearchParams(body) : new URLSearchParams();
}

/**
 * The client's address for the rate limit. Without trusted proxies it is the socket's. Behind
 * `hops` proxies each appends the address it saw to X-Forwarded-For, so the client is the
 * `hops`-th entry from the right; entries further left were written by the client itself and
 * prove nothing. A header shorter than that, or an entry that is no IP address, means the
 * request did not come the expected way: the socket's address is used.
 */
export function clientAddress(
  forwarded: string | string[] | undefined,
  socketAddress: string | undefined,
  hops: number,
): string {
  const socket = socketAddress ?? 'unknown';
  if (hops <= 0 || forwarded === undefined) return socket;
  const entries = [forwarded]
    .flat()
    .join(',')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  const candidate = entries[entries.length - hops];
  return candidate !== undefined && isIP(candidate) !== 0 ? candidate : socket;
}

export interface Handler {
  (req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** The outbox the handler fills; `startServer` drains it on start and on close. */
  outbox: Outbox;
}

export function createHandler(deps: ServerDeps): Handler {
  const { config, store, mailer } = deps;
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((line: string) => console.log(line));
  const outbox =
    deps.outbox ??
    new Outbox({
      store,
      mailer,
      retryDelayMs: config.smtp.retryDelayMs,
      parallel: config.smtp.maxConnections,
      now,
      log,
    });
  const basePath = new URL(config.newsletterUrl).pathname.replace(/\/+$/u, '');
  const links = endpoints(config.newsletterUrl);
  const css = stylesheet();
  const perClient = new RateLimiter(config.clientLimit, CLIENT_WINDOW_MS);

  const ctx = (lang: Lang, alternate?: string): PageContext => ({
    lang,
    siteUrl: config.siteUrl,
    base: config.newsletterUrl,
    alternate,
    frame: deps.frame,
  });

  function send(res: ServerResponse, status: number, html: string, extra: Record<string, string> = {}): void {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // Tokens travel in URLs: never pass them on, never let the pages be framed. What the page may load and
      // run is in its <meta> policy — the site frame's (with the hashes of its inline styles) or the server's
      // own page's (pages.ts); the header adds what a meta tag cannot carry, as deploy/Caddyfile does for the site.
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
      ...extra,
    });
    res.end(html);
  }

  function clientKey(req: IncomingMessage): string {
    return clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, config.trustProxy);
  }

  /**
   * The subscriber a manage token stands for, if it is genuine. The MAC is checked whether or
   * not the subscriber exists, so a forged token takes the same time either way.
   */
  async function subscriberFor(token: string | null): Promise<Subscriber | undefined> {
    if (!token) return undefined;
    const ref = parseManageToken(token);
    if (ref === undefined) return undefined;
    const subscriber =
      'publicId' in ref ? await store.subscriberByPublicId(ref.publicId) : await store.subscriber(ref.legacyId);
    return verifyManageToken(config.secret, token, subscriber) ? subscriber : undefined;
  }

  function pageLang(url: URL, fallback: Lang): Lang {
    const lang = url.searchParams.get('lang');
    return isLang(lang) ? lang : fallback;
  }

  function withLang(url: URL, lang: Lang): string {
    const other = new URL(url.href);
    other.searchParams.set('lang', lang);
    return `${config.newsletterUrl}${other.pathname.slice(basePath.length)}${other.search}`;
  }

  function badLink(res: ServerResponse, lang: Lang, status = 400): void {
    const t = nl(lang).page;
    send(
      res,
      status,
      messagePage(
        ctx(lang),
        t.token.title,
        [t.token.invalid],
        [{ href: newsletterPageUrl(ctx(lang)), label: t.newsletterPage }],
      ),
    );
  }

  const submissions = submissionHandlers({
    config,
    store,
    outbox,
    now,
    ctx,
    send,
    readForm: (req) => readForm(req, MAX_SUBMISSION_BODY),
    clientKey,
  });

  async function subscribe(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await readForm(req);
    const lang = answerLang(form);
    const t = nl(lang);
    const limit = perClient.hit(clientKey(req), now().getTime());
    if (!limit.allowed) {
      const minutes = Math.ceil(limit.retryAfter / 60);
      send(res, 429, messagePage(ctx(lang), t.page.tooMany.title, [fill(t.page.tooMany.text, { minutes })]), {
        'retry-after': String(limit.retryAfter),
      });
      return;
    }
    const catalogue = await deps.catalogue();
    const parsed = parseSignup(form, catalogue);
    if (!parsed.ok) {
      const mailLang = form.get('lang');
      const frequency = form.get('frequency');
      const values = {
        email: (form.get('email') ?? '').slice(0, 254),
        consent: form.get('consent') === 'yes',
        lang: isLang(mailLang) ? mailLang : lang,
        frequency: isFrequency(frequency) ? frequency : 'weekly',
        interests: {
          topics: form.getAll('topics').slice(0, 500),
          districts: form.getAll('districts').slice(0, 500),
          kinds: form.getAll('kinds').filter(isKind),
        },
      };
      send(res, 400, signupPage(ctx(lang), values, catalogue, parsed.errors));
      return;
    }
    const s = parsed.value;
    // Past the per-mailbox limit nothing is kept or sent, but the answer is the same and takes
    // the same work (the store rolls the sign-up back instead of keeping it): the page must not
    // tell anyone whether or how often an address was signed up.
    const token = randomToken();
    const requestedAt = now();
    const expiresAt = new Date(requestedAt.getTime() + config.tokenTtlHours * 3_600_000);
    const mail = renderConfirmation({
      lang: s.lang,
      confirmUrl: links.confirm(token),
      expiresAt,
      siteUrl: config.siteUrl,
    });
    const message = confirmationMessage(
      { from: config.from, replyTo: config.replyTo, to: s.email, lang: s.lang },
      mail,
      `<confirm.${randomBytes(16).toString('hex')}@${senderDomain(config.from)}>`,
    );
    const { allowed } = await store.recordSignup(
      {
        email: s.email,
        lang: s.lang,
        frequency: s.frequency,
        interests: s.interests,
        consentVersion: s.consentVersion,
        consentLang: lang,
        requestedAt,
        tokenHash: hashToken(token),
        expiresAt,
        nonce: newNonce(),
      },
      {
        limit: {
          scope: 'newsletter-mailbox',
          key: mailboxKey(s.email),
          max: config.addressLimit,
          windowMs: ADDRESS_WINDOW_MS,
        },
        mail: { kind: 'confirmation', message: JSON.parse(JSON.stringify(message)) as Record<string, unknown> },
      },
    );
    // Sent after answering, so the time to answer does not depend on the address either.
    if (allowed) setImmediate(() => outbox.kick());
    send(
      res,
      200,
      messagePage(
        ctx(lang),
        t.page.checkInbox.title,
        [fill(t.page.checkInbox.text, { email: s.email, hours: config.tokenTtlHours }), t.page.checkInbox.spam],
        [{ href: new URL(`${config.siteUrl}/`).href, label: t.page.backToSite }],
      ),
    );
  }

  async function confirm(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const fallback = pageLang(url, 'de');
    const form = req.method === 'POST' ? await readForm(req) : undefined;
    const token = (form ?? url.searchParams).get('token') ?? '';
    if (!/^[A-Za-z0-9_-]{43}$/u.test(token)) return badLink(res, fallback);
    const hash = hashToken(token);
    if (req.method === 'GET') {
      const signup = await store.signupByToken(hash);
      if (!signup) return badLink(res, fallback, 404);
      const lang = pageLang(url, signup.lang);
      const t = nl(lang).page;
      if (signup.superseded) {
        // Requested before a later unsubscribe: no button that could undo the unsubscribe.
        send(
          res,
          410,
          messagePage(
            ctx(lang),
            t.token.title,
            [t.token.superseded],
            [{ href: newsletterPageUrl(ctx(lang)), label: t.newsletterPage }],
          ),
        );
        return;
      }
      if (signup.confirmedAt !== null) {
        send(
          res,
          410,
          messagePage(
            ctx(lang),
            t.token.title,
            [t.token.used],
            [{ href: newsletterPageUrl(ctx(lang)), label: t.newsletterPage }],
          ),
        );
        return;
      }
      if (signup.expiresAt <= now().toISOString()) {
        send(
          res,
          410,
          messagePage(
            ctx(lang),
            t.token.title,
            [t.token.expired],
            [{ href: newsletterPageUrl(ctx(lang)), label: t.newsletterPage }],
          ),
        );
        return;
      }
      // Confirming takes a click: link scanners that fetch every URL in a mail must not confirm for the reader.
      send(
        res,
        200,
        actionPage(ctx(lang, withLang(url, lang === 'de' ? 'en' : 'de')), {
          title: t.confirm.title,
          text: fill(t.confirm.text, { email: signup.email }),
          action: `${config.newsletterUrl}/confirm?lang=${lang}`,
          button: t.confirm.button,
          hidden: { token },
        }),
      );
      return;
    }
    const result = await store.confirmSignup(hash, now());
    const lang = pageLang(url, result.status === 'confirmed' ? result.subscriber.lang : (result.lang ?? fallback));
    const t = nl(lang).page;
    if (result.status !== 'confirmed') {
      const text = {
        used: t.token.used,
        expired: t.token.expired,
        superseded: t.token.superseded,
        invalid: t.token.invalid,
      }[result.status];
      send(
        res,
        result.status === 'invalid' ? 404 : 410,
        messagePage(
          ctx(lang),
          t.token.title,
          [text],
          [{ href: newsletterPageUrl(ctx(lang)), label: t.newsletterPage }],
        ),
      );
      return;
    }
    const manage = manageToken(config.secret, result.subscriber);
    send(
      res,
      200,
      messagePage(
        ctx(lang),
        t.confirmed.title,
        [t.confirmed.text],
        [
          { href: `${links.preferences(manage)}&lang=${lang}`, label: t.confirmed.preferences },
          { href: new URL(`${config.siteUrl}/`).href, label: t.backToSite },
        ],
      ),
    );
  }

  async function preferences(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const form = req.method === 'POST' ? await readForm(req) : undefined;
    const token = (form ?? url.searchParams).get('t');
    const subscriber = await subscriberFor(token);
    const lang = form ? answerLang(form) : pageLang(url, subscriber?.lang ?? 'de');
    if (!subscriber || !token) return badLink(res, lang);
    const t = nl(lang).page;
    if (subscriber.status !== 'active') {
      send(
        res,
        200,
        messagePage(
          ctx(lang),
          t.preferences.title,
          [t.preferences.notSubscribed],
          [{ href: newsletterPageUrl(ctx(lang)), label: t.newsletterPage }],
        ),
      );
      return;
    }
    const catalogue = await deps.catalogue();
    let values = { lang: subscriber.lang, frequency: subscriber.frequency, interests: subscriber.interests };
    let errors: FieldError[] = [];
    let saved = false;
    if (form) {
      const parsed = parsePreferences(form, catalogue);
      if (parsed.ok) {
        await store.updatePreferences(subscriber.id, parsed.value, now());
        values = parsed.value;
        saved = true;
      } else {
        errors = parsed.errors;
      }
    }
    const alternate = form ? undefined : withLang(url, lang === 'de' ? 'en' : 'de');
    send(
      res,
      errors.length > 0 ? 400 : 200,
      preferencesPage(ctx(lang, alternate), { email: subscriber.email, token, values, catalogue, errors, saved }),
    );
  }

  async function unsubscribe(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the URL from the header;
    // the token is in that URL, no cookie is needed and the answer is the result, not a redirect.
    const form = req.method === 'POST' ? await readForm(req) : undefined;
    const token = url.searchParams.get('t') ?? form?.get('t') ?? null;
    const subscriber = await subscriberFor(token);
    const lang = pageLang(url, subscriber?.lang ?? 'de');
    if (!subscriber || !token) return badLink(res, lang);
    const t = nl(lang).page;
    const done = () =>
      messagePage(
        ctx(lang),
        t.unsubscribed.title,
        [t.unsubscribed.text, t.unsubscribed.again],
        [{ href: newsletterPageUrl(ctx(lang)), label: t.newsletterPage }],
      );
    if (req.method === 'POST') {
      await store.unsubscribe(subscriber.id, now());
      log(`unsubscribed: subscriber ${subscriber.id}`);
      send(res, 200, done());
      return;
    }
    if (subscriber.status === 'unsubscribed') return send(res, 200, done());
    send(
      res,
      200,
      actionPage(ctx(lang, withLang(url, lang === 'de' ? 'en' : 'de')), {
        title: t.unsubscribe.title,
        text: fill(t.unsubscribe.text, { email: subscriber.email }),
        action: `${links.unsubscribe(token)}&lang=${lang}`,
        button: t.unsubscribe.button,
      }),
    );
  }

  const routes: Record<string, string[]> = {
    '/api/subscribe': ['POST'],
    '/confirm': ['GET', 'POST'],
    '/preferences': ['GET', 'POST'],
    '/unsubscribe': ['GET', 'POST'],
    '/api/submit': ['POST'],
    '/api/submit/challenge': ['GET'],
    '/submission/confirm': ['GET', 'POST'],
    '/newsletter.css': ['GET', 'HEAD'],
    '/health': ['GET', 'HEAD'],
  };

  async function route(req: IncomingMessage, res: ServerResponse, url: URL, lang: Lang): Promise<void> {
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : '';
    const method = req.method ?? 'GET';
    const methods = routes[path];
    if (!methods) {
      const t = nl(lang).page;
      return send(
        res,
        404,
        messagePage(
          ctx(lang),
          t.notFound.title,
          [t.notFound.text],
          [{ href: newsletterPageUrl(ctx(lang)), label: t.newsletterPage }],
        ),
      );
    }
    if (!methods.includes(method)) {
      const t = nl(lang).page;
      return send(
        res,
        405,
        messagePage(
          ctx(lang),
          t.method.title,
          [t.method.text],
          [{ href: newsletterPageUrl(ctx(lang)), label: t.newsletterPage }],
        ),
        { allow: methods.join(', ') },
      );
    }
    switch (path) {
      case '/api/subscribe':
        return await subscribe(req, res);
      case '/confirm':
        return await confirm(req, res, url);
      case '/preferences':
        return await preferences(req, res, url);
      case '/unsubscribe':
        return await unsubscribe(req, res, url);
      case '/api/submit':
        return await submissions.submit(req, res);
      case '/api/submit/challenge':
        return await submissions.challenge(req, res);
      case '/submission/confirm':
        return await submissions.confirm(req, res, url);
      case '/newsletter.css':
        res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' });
        return void res.end(css);
      default:
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        return void res.end('ok\n');
    }
  }

  /** Never rejects: whatever goes wrong is answered (or, if the client left, dropped) here. */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let lang: Lang = 'de';
    try {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        // e.g. "//localhost:abc/" or "http://[::1": no address at all.
        throw new HttpError(400, 'malformed request target');
      }
      lang = pageLang(url, 'de');
      await route(req, res, url, lang);
    } catch (error) {
      try {
        answerError(req, res, error, lang);
      } catch (inner) {
        log(`error while answering an error: ${(inner as Error).message}`);
        res.destroy();
      }
    }
  }

  function answerError(req: IncomingMessage, res: ServerResponse, error: unknown, lang: Lang): void {
    // A client that left gets no answer and the log no stack trace: nothing went wrong here.
    if (error instanceof ClientGone || res.destroyed || req.socket.destroyed) return;
    const t = nl(lang).page;
    if (res.headersSent) return void res.end();
    if (error instanceof HttpError && error.status === 413) {
      return send(res, 413, messagePage(ctx(lang), t.tooLarge.title, [t.tooLarge.text]));
    }
    if (error instanceof HttpError && error.status === 400) {
      return send(
        res,
        400,
        messagePage(
          ctx(lang),
          t.badRequest.title,
          [t.badRequest.text],
          [{ href: newsletterPageUrl(ctx(lang)), label: t.newsletterPage }],
        ),
      );
    }
    // The reader gets a sentence; the operator's log gets the details.
    log(`error on ${req.method ?? '?'} ${String(req.url).slice(0, 200)}: ${(error as Error)?.stack ?? String(error)}`);
    send(res, 500, messagePage(ctx(lang), t.error.title, [t.error.text]));
  }

  return Object.assign(handle, { outbox });
}

export interface RunningServer {
  server: Server;
  /** The address it listens on, e.g. http://127.0.0.1:4322 */
  url: string;
  /** Stop at once: no more requests, e-mails still queued stay in the outbox. */
  close(): Promise<void>;
  /**
   * Stop as on SIGTERM: take no new connections, let the requests under way finish, send
   * what the outbox holds for up to `drainMs`, then close. What is still queued stays in the
   * store and goes out when the server starts again.
   */
  shutdown(drainMs: number): Promise<void>;
}

export async function startServer(deps: ServerDeps, host: string, port: number): Promise<RunningServer> {
  const handle = createHandler(deps);
  const server = createServer((req, res) => void handle(req, res));
  // A body announced as too large is refused before the client sends it.
  server.on('checkContinue', (req, res) => {
    if (Number(req.headers['content-length'] ?? 0) <= bodyLimit(req.url)) res.writeContinue();
    void handle(req, res);
  });
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  // Whatever an earlier process left in the outbox goes out now.
  handle.outbox.kick();
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  return {
    server,
    url: `http://${shown}:${address.port}`,
    close: async () => {
      handle.outbox.stop();
      server.close();
      server.closeAllConnections();
      await closed;
    },
    shutdown: async (drainMs: number) => {
      server.close();
      server.closeIdleConnections();
      const deadline = Date.now() + drainMs;
      // Requests under way (a sign-up being stored) finish first; then the outbox is drained.
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, Math.min(drainMs, 5000)).unref())]);
      server.closeAllConnections();
      await handle.outbox.drain(Math.max(0, deadline - Date.now()));
      handle.outbox.stop();
    },
  };
}
