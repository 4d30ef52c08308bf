/** Running `astro build` and `astro dev` on a content folder, into temporary folders, for the editor tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { NODE, REPO_ROOT } from './corpus.ts';

const ASTRO = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * Temporary folders inside the repository (.cache/ is git-ignored), not in /tmp: with an output folder
 * outside the working directory, Astro puts its prerender bundle into the shared ./.astro/.prerender/
 * (astro/dist/core/build/common.js, getOutDirWithinCwd), where builds running at the same time — other
 * engineers', other test files' — overwrite each other's code. Inside, each build keeps its own.
 */
function tempDir(prefix: string): string {
  const base = join(REPO_ROOT, '.cache/editor-tests');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, prefix));
}

/**
 * The environment for Astro as an editor's terminal would give it: without Vitest's variables.
 * Under VITEST Astro's dev server installs no page handler (every page is "Cannot GET"), and
 * NODE_ENV=test makes import.meta.env.DEV true in builds.
 */
function editorEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('VITEST') && k !== 'NODE_ENV') env[k] = v;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}

export interface Build {
  code: number | null;
  output: string;
  /** The output folder (absent when the build stopped early). */
  outDir: string;
  tmp: string;
}

export async function build(contentDir: string, env: Record<string, string> = {}): Promise<Build> {
  const tmp = tempDir('build-');
  const outDir = join(tmp, 'site');
  const child = spawn(NODE, [ASTRO, 'build'], {
    cwd: REPO_ROOT,
    env: editorEnv({
      PRAXIS_CONTENT_DIR: contentDir,
      PRAXIS_OUT_DIR: outDir,
      PRAXIS_CACHE_DIR: join(tmp, 'cache'),
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  return { code, output, outDir, tmp };
}

/** Every file of a build, relative to it. */
export function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(relative(dir, abs));
    }
  };
  walk(dir);
  return out.sort();
}

/** The readable outputs of a build, grouped: pages, the search index, feeds, the digest data, other text files. */
export function outputsOf(
  dir: string,
): Record<'pages' | 'search index' | 'feeds' | 'digest data' | 'other', Map<string, string>> {
  const groups = {
    pages: new Map<string, string>(),
    'search index': new Map<string, string>(),
    feeds: new Map<string, string>(),
    'digest data': new Map<string, string>(),
    other: new Map<string, string>(),
  };
  for (const file of filesOf(dir)) {
    const abs = join(dir, file);
    if (file.startsWith('pagefind/fragment/')) {
      // Pagefind stores each page's text gzip-compressed behind a "pagefind_dcd" marker.
      groups['search index'].set(file, gunzipSync(readFileSync(abs)).toString('utf8'));
    } else if (file.endsWith('.html')) groups.pages.set(file, readFileSync(abs, 'utf8'));
    else if (/(^|\/)feeds\//u.test(file) || /\.(xml|rss|atom)$/u.test(file))
      groups.feeds.set(file, readFileSync(abs, 'utf8'));
    else if (file === 'new-entries.json') groups['digest data'].set(file, readFileSync(abs, 'utf8'));
    else if (/\.(json|csv|txt|ics|bib|ris|jsonld|ttl|rdf)$/u.test(file))
      groups.other.set(file, readFileSync(abs, 'utf8'));
  }
  return groups;
}

export interface DevServer {
  url: string;
  /** Its temporary folder (cache), to remove afterwards. */
  tmp: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Start `astro dev` on a content folder and wait until it serves. */
export async function dev(contentDir: string, port: number, extra: Record<string, string> = {}): Promise<DevServer> {
  const tmp = tempDir('dev-');
  const child: ChildProcess = spawn(NODE, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: REPO_ROOT,
    env: editorEnv({ PRAXIS_CONTENT_DIR: contentDir, PRAXIS_CACHE_DIR: join(tmp, 'cache'), ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  try {
    // Astro moves to another port when ours is taken: read the address it prints.
    const url = await new Promise<string>((ready, fail) => {
      const deadline = Date.now() + 90_000;
      child.on('exit', (code) => fail(new Error(`astro dev exited with ${code}:\n${output}`)));
      const poll = () => {
        const m = /Local\s+(http:\/\/\S+?)\/?\s/u.exec(output);
        if (m) ready(m[1]!);
        else if (Date.now() > deadline) fail(new Error(`astro dev did not start within 90 s:\n${output}`));
        else setTimeout(poll, 200);
      };
      poll();
    });
    // The first requests can fail while Vite optimises dependencies; wait until the home page answers.
    for (let i = 0; i < 90; i++) {
      const status = await fetch(`${url}/`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    return {
      url,
      tmp,
      output: () => output,
      stop: () =>
        new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
    };
  } catch (e) {
    // Never leave a dev server behind: Astro allows only one per project.
    child.kill('SIGTERM');
    throw e;
  }
}
