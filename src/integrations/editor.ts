/**
 * The browser editor at /redaktion/ (Decap CMS, chosen in docs/editor-choice.md): served by the dev server and
 * written into the build, from the installed npm package — no CDN, no request to anyone but the site and,
 * in production, its Git host.
 *
 * - `/redaktion/` is a plain page (src/editor/index.html), not an Astro route: it carries no site layout, is in
 *   no sitemap, feed or search index, and gets its own Content-Security-Policy from the web server
 *   (deploy/Caddyfile; Decap injects its styles inline).
 * - `/redaktion/settings.de.json` and `…en.json` hold Decap's configuration and the MDX kit as editor
 *   components, generated from the schemas on every request in dev (a district added a moment ago is offered
 *   at once) and once per build.
 * - Decap's bundle and the chunks it loads on demand are copied from node_modules/decap-cms/dist.
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS, type Lang } from '../config/languages.ts';
import { editorPolicy } from '../config/csp.ts';
import { site } from '../config/site.ts';
import { contentDir } from '../lib/contentDir.ts';
import { editorBackend } from '../lib/editor/backend.ts';
import { editorComponents } from '../lib/editor/components.ts';
import { editorConfig } from '../lib/editor/config.ts';

export const EDITOR_PATH = '/redaktion/';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLIENT = join(ROOT, 'src/editor');
const DECAP = join(ROOT, 'node_modules/decap-cms/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Keys of the districts that have an entry in the content folder (file names start with the AGS). */
function districtKeys(dir: string): string[] {
  const folder = join(dir, 'districts');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((f) => /^(\d{5})\b.*\.ya?ml$/u.exec(f)?.[1])
    .filter((k): k is string => k !== undefined);
}

/** The editor's settings in one language: Decap's configuration and the components. */
export function editorSettings(lang: Lang, env: NodeJS.ProcessEnv = process.env, siteUrl = site.url): string {
  const dir = resolve(contentDir());
  const config = editorConfig({
    lang,
    // decap-server and the Git hosts see paths relative to the folder holding the content folder
    // (`npm run editor:local` starts decap-server there).
    contentRoot: basename(dir),
    districts: districtKeys(dir),
    backend: editorBackend(env),
    siteUrl,
  });
  return JSON.stringify({ config, components: editorComponents(lang) });
}

/** File name → its contents or path on disk, for every file under /redaktion/ except the settings. */
function staticFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(CLIENT)) files.set(name, join(CLIENT, name));
  // Decap's main bundle, the chunks it loads on demand (`<n>.decap-cms.js`) and its WebAssembly; no source maps.
  for (const name of readdirSync(DECAP)) {
    if (/^(\d+\.)?decap-cms\.js$/u.test(name) || name.endsWith('.wasm')) files.set(name, join(DECAP, name));
  }
  return files;
}

/**
 * The files the editor's build step copies as they are, by their path in the built site (`redaktion/…`) and on
 * disk: known before the build, so the compression can start on them while the pages render (precompress.ts).
 */
export function editorStaticFiles(): Map<string, string> {
  const dir = EDITOR_PATH.replace(/^\/|\/$/gu, '');
  return new Map([...staticFiles()].map(([name, file]) => [`${dir}/${name}`, file]));
}

/** The site's stylesheet plus the components' looks, for the editor's preview pane. */
function previewCss(): string {
  return `${readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8')}\n${readFileSync(join(CLIENT, 'preview.css'), 'utf8')}`;
}

export function editor(): AstroIntegration {
  return {
    name: 'praxis-editor',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'praxis-editor-dev',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    const url = new URL(req.url ?? '/', 'http://localhost');
                    if (!url.pathname.startsWith(EDITOR_PATH)) return next();
                    const name = url.pathname.slice(EDITOR_PATH.length) || 'index.html';
                    // The policy deploy/Caddyfile sends, with decap-server's origin: the editor runs under it in dev too.
                    res.setHeader(
                      'content-security-policy',
                      editorPolicy([new URL(editorBackend().local_backend.url).origin]),
                    );
                    const send = (type: string, body: string) => {
                      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
                      res.end(body);
                    };
                    try {
                      const lang = /^settings\.(de|en)\.json$/u.exec(name)?.[1] as Lang | undefined;
                      // In dev the editor's links to an entry's page go to this dev server.
                      const origin = `http://${req.headers.host ?? 'localhost:4321'}`;
                      if (lang) return send(TYPES['.json']!, editorSettings(lang, process.env, origin));
                      if (name === 'preview.css') return send(TYPES['.css']!, previewCss());
                      const file = staticFiles().get(name);
                      if (!file) return next();
                      res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' });
                      createReadStream(file).pipe(res);
                    } catch (error) {
                      // A wrong editor setting (PRAXIS_EDITOR_*) is said as a sentence in the terminal and the page.
                      server.config.logger.error(String(error));
                      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
                      res.end(String(error));
                    }
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), EDITOR_PATH);
        await mkdir(out, { recursive: true });
        for (const [name, file] of staticFiles()) await copyFile(file, join(out, name));
        await writeFile(join(out, 'preview.css'), previewCss());
        for (const lang of LANGS) await writeFile(join(out, `settings.${lang}.json`), editorSettings(lang));
        logger.info(`browser editor written to ${EDITOR_PATH}`);
      },
    },
  };
}
