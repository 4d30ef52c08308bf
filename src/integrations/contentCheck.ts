/**
 * Runs the content check (src/lib/contentCheck) before Astro does anything else.
 * - `astro build`: any error stops the build in `astro:config:setup`, before a single
 *   file is written, with one message that lists every problem (path, line, field,
 *   reason). Astro's own `reference()` does not check that referenced entries exist;
 *   this does.
 * - `astro dev`: problems are logged as warnings, and again whenever a content file
 *   changes, so the preview keeps running while an editor fixes them.
 * - In both, the MDX guard (`mdxGuard`) refuses to compile a content MDX file that breaks the safe MDX
 *   subset (code, active HTML, addresses such as javascript:): nothing of it reaches rendering, not even the
 *   preview, and the error names the file, the line and the element.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, safetyProblems, type Problem } from '../lib/contentCheck/index.ts';
import { formatProblem, formatReport, resolveLang } from '../lib/contentCheck/format.ts';
import { contentDir } from '../lib/contentDir.ts';
import { summariseWarnings } from '../lib/warningSummary.ts';
import { buildNow } from '../lib/publish.ts';
import { site } from '../config/site.ts';
import { codeKey, contentKey } from '../lib/contentKey.ts';
import { dropStaleDataStore } from '../lib/dataStore.ts';
import { COLLECTIONS } from '../config/collections.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'praxis:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const lang = resolveLang(process.env.PRAXIS_CHECK_LANG);
        // Before Astro reads its content store: one made with other collections breaks the build (src/lib/dataStore.ts).
        if (dropStaleDataStore(fileURLToPath(config.cacheDir), COLLECTIONS)) {
          logger.info('the collections changed: the content is synced anew');
        }
        // The MDX files the check found safe, by the guard's key: on a cold build the guard parsed each of them again.
        const checkedSafe = new Set<string>();
        const guard = mdxGuard(
          resolve(root, contentDir()),
          root,
          fileURLToPath(config.publicDir),
          lang,
          command === 'build' ? cacheFile(root, 'mdx-guard.json') : undefined,
          checkedSafe,
        );
        updateConfig({ vite: { plugins: [guard] } });
        const run = () =>
          checkContent({
            root: resolve(root, contentDir()),
            now: buildNow(),
            cwd: root,
            publicDir: fileURLToPath(config.publicDir),
            site: site.url,
            ...(command === 'build'
              ? { onSafeMdx: (absPath: string, bytes: Buffer) => checkedSafe.add(guardKey(absPath, bytes)) }
              : {}),
          });
        let problems: Problem[];
        try {
          problems =
            command === 'build' ? checkOnce(root, fileURLToPath(config.publicDir), run, logger, updateConfig) : run();
        } catch (e) {
          // The check reports every file's own trouble itself; this is the check failing, which must stop a build too.
          const message = e instanceof Error ? e.message : String(e);
          if (command !== 'build') {
            logger.error(message);
            return;
          }
          throw new AstroError(
            lang === 'de'
              ? `Die Prüfung der Inhalte ist gescheitert; die Website wird nicht gebaut: ${message}`
              : `The content check failed; the site is not built: ${message}`,
          );
        }
        const errors = problems.filter((p) => p.severity === 'error');
        if (command === 'build') {
          // Many warnings are summarised per kind (src/lib/warningSummary.ts); npm run check lists them all.
          const warnings = problems.filter((x) => x.severity === 'warning');
          for (const line of summariseWarnings(warnings, lang)) logger.warn(line);
          if (errors.length > 0) {
            const head =
              lang === 'de'
                ? `Der Inhalt hat ${errors.length} Fehler; die Website wird nicht gebaut (Details: npm run check).`
                : `The content has ${errors.length} errors; the site is not built (details: npm run check).`;
            // AstroError prints message and hint without a stack trace, which would only distract editors.
            throw new AstroError(
              `${head}\n${errors.map((p) => formatProblem(p, lang)).join('\n')}`,
              lang === 'de'
                ? 'Alle Probleme mit Hinweisen: npm run check. Anleitung: docs/editors-guide.de.md'
                : 'All problems with warnings: npm run check. Guide: docs/editors-guide.en.md',
            );
          }
        } else if (command === 'dev') {
          report(problems, logger, lang);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        // Re-check when content changes, so the terminal shows the current problems.
        const root = server.config.root;
        const dir = resolve(root, contentDir());
        let timer: ReturnType<typeof setTimeout> | undefined;
        const rerun = (file: string) => {
          if (!file.startsWith(dir)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const problems = checkContent({
              root: dir,
              now: buildNow(),
              cwd: root,
              publicDir: resolve(root, 'public'),
              site: site.url,
            });
            report(problems, logger, resolveLang(process.env.PRAXIS_CHECK_LANG));
          }, 300);
        };
        server.watcher.on('change', rerun);
        server.watcher.on('add', rerun);
        server.watcher.on('unlink', rerun);
      },
    },
  };
}

/** What the build's check found, kept for the next build of the same content and code. */
interface CheckCache {
  /** The content root the report's paths were made from. */
  root: string;
  content: string;
  code: string;
  problems: Problem[];
}

/** The code the check's verdict depends on (see `codeKey`). */
const CHECK_CODE = ['src/lib', 'src/schemas', 'src/config', 'src/i18n', 'src/content.config.ts', 'package-lock.json'];

/**
 * The content check of a build, done once per content and code: when neither changed since the last build, its
 * report is reused (an unchanged rebuild of 1,000 entries saved ≈ 5 s of CPU). Also hands the content's key to
 * the pages (`import.meta.env.PRAXIS_CONTENT_KEY`, src/lib/pageCache.ts), which Astro's incremental build uses
 * to take over unchanged pages.
 */
function checkOnce(
  root: string,
  publicDir: string,
  run: () => Problem[],
  logger: AstroIntegrationLogger,
  updateConfig: (config: { vite: { define: Record<string, string> } }) => unknown,
): Problem[] {
  const started = performance.now();
  const key = {
    root: resolve(root, contentDir()),
    content: contentKey({ root: resolve(root, contentDir()), publicDir, now: buildNow() }),
    code: codeKey(root, CHECK_CODE),
  };
  updateConfig({ vite: { define: { 'import.meta.env.PRAXIS_CONTENT_KEY': JSON.stringify(key.content) } } });
  const file = cacheFile(root, 'content-check.json');
  let cached: CheckCache | undefined;
  try {
    cached = JSON.parse(readFileSync(file, 'utf8')) as CheckCache;
  } catch {
    cached = undefined; // none yet, or unreadable: check anew
  }
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const same = cached?.root === key.root && cached.content === key.content && cached.code === key.code;
  if (same && Array.isArray(cached?.problems)) {
    logger.info(`content unchanged since the last build: its check was reused (${seconds()} s)`);
    return cached!.problems;
  }
  const problems = run();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify({ ...key, problems } satisfies CheckCache));
  renameSync(`${file}.tmp`, file);
  logger.info(`content checked in ${seconds()} s`);
  return problems;
}

/** A file in the build's cache folder: `$PRAXIS_CACHE_DIR`, else Astro's. */
function cacheFile(root: string, name: string): string {
  return resolve(root, process.env.PRAXIS_CACHE_DIR?.trim() || 'node_modules/.astro', name);
}

/** What the guard knows a file's verdict by: its path and its bytes. */
function guardKey(absPath: string, bytes: Uint8Array): string {
  return createHash('sha256').update(absPath).update('\0').update(bytes).digest('hex');
}

/** The part of a Vite plugin the guard needs (Astro brings Vite; its types are not imported here). */
interface GuardPlugin {
  name: string;
  enforce: 'pre';
  transform: (code: string, id: string) => null;
  buildEnd: () => void;
}

/** The guard's verdicts kept between builds: keys of the files it found safe, and the code that judged them. */
interface GuardCache {
  code: string;
  safe: string[];
}

/**
 * A Vite plugin that refuses to compile a content MDX file breaking the safe MDX subset. It runs before the
 * MDX compiler, on every content file the site imports, so what the check forbids cannot render even when the
 * check in `astro:config:setup` only warns (the preview) or is left out.
 *
 * With `cache` (the build), a file found safe is remembered by the hash of its path and bytes, together with the
 * hash of the checking code (`CHECK_CODE`): a rebuild parses again only files whose bytes changed — each one
 * changed since, and any file after a change to the check, is judged anew. (Parsing every MDX file again was
 * ≈ 1–2 s of each 1,000-entry build's bundling.) `checkedSafe` holds the keys of the files the build's content
 * check has just found safe with the same function (`onSafeMdx`), so a cold build does not parse them a second time
 * (2.4 s of a cold 1,000-entry build's bundling).
 */
export function mdxGuard(
  contentRoot: string,
  cwd: string,
  publicDir: string,
  lang: 'de' | 'en',
  cache?: string,
  checkedSafe: ReadonlySet<string> = new Set(),
): GuardPlugin {
  const root = resolve(contentRoot);
  let remembered: Set<string> | undefined;
  let code = '';
  /** Keys this build found or confirmed safe: what the cache keeps. */
  const used = new Set<string>();
  const safeBefore = () => {
    if (remembered) return remembered;
    code = codeKey(cwd, CHECK_CODE);
    remembered = new Set();
    try {
      const stored = JSON.parse(readFileSync(cache!, 'utf8')) as GuardCache;
      if (stored.code === code && Array.isArray(stored.safe))
        for (const key of stored.safe) if (typeof key === 'string') remembered.add(key);
    } catch {
      // none yet, or unreadable: every file is judged
    }
    return remembered;
  };
  const keyOf = (abs: string) => {
    try {
      return guardKey(abs, readFileSync(abs));
    } catch {
      return undefined; // unreadable: safetyProblems says so
    }
  };
  return {
    name: 'praxis:mdx-guard',
    enforce: 'pre',
    transform(_code, id) {
      const file = id.split('?')[0]!;
      if (!file.endsWith('.mdx') || !resolve(file).startsWith(root + sep)) return null;
      const key = cache ? keyOf(resolve(file)) : undefined;
      if (key && (checkedSafe.has(key) || safeBefore().has(key))) {
        used.add(key);
        return null;
      }
      const problems = safetyProblems(resolve(file), { cwd, publicDir: relative(cwd, publicDir) || '.' });
      if (problems.length === 0) {
        if (key) used.add(key);
        return null;
      }
      const head =
        lang === 'de'
          ? `${relative(cwd, file)} verlässt die erlaubte MDX-Teilmenge und wird nicht übersetzt (Details: npm run check):`
          : `${relative(cwd, file)} breaks the safe MDX subset and is not compiled (details: npm run check):`;
      throw new Error(`${head}\n${problems.map((p) => formatProblem(p, lang)).join('\n')}`);
    },
    buildEnd() {
      if (!cache || used.size === 0) return;
      mkdirSync(dirname(cache), { recursive: true });
      writeFileSync(`${cache}.tmp`, JSON.stringify({ code, safe: [...used].sort() } satisfies GuardCache));
      renameSync(`${cache}.tmp`, cache);
    },
  };
}

function report(problems: Problem[], logger: AstroIntegrationLogger, lang: 'de' | 'en') {
  if (problems.length === 0) {
    logger.info(lang === 'de' ? 'Inhalt geprüft: keine Probleme.' : 'Content checked: no problems.');
    return;
  }
  logger.warn(`\n${formatReport(problems, lang)}`);
}

export default contentCheck;
