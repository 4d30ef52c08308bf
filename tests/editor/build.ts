/**
 * Running `astro build` and `astro dev` on a content folder, into temporary folders, for the editor tests —
 * through tests/helpers/astro.ts: an editor's environment, folders inside the repository, one Astro at a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  ASTRO,
  astroBuild,
  astroEnv,
  logAstroRun,
  NODE,
  projectCopy,
  scratchDir,
  type AstroBuild,
} from '../helpers/astro.ts';

export type Build = AstroBuild;

export function build(contentDir: string, env: Record<string, string> = {}): Promise<Build> {
  return astroBuild({ contentDir, env });
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

/**
 * Start `astro dev` on a content folder and wait until it serves `readyPath` — the home page unless a test asks
 * for another: rendering it in dev compiles the site's components (several seconds of CPU on the real content),
 * which a test of the editor alone, served by its own middleware, never needs.
 */
export async function dev(
  contentDir: string,
  port: number,
  extra: Record<string, string> = {},
  readyPath = '/',
): Promise<DevServer> {
  const tmp = scratchDir('dev');
  const started = Date.now();
  // The dev server writes and reads <root>/.astro like a build, for as long as it runs: a project of its own.
  const child: ChildProcess = spawn(NODE, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectCopy(tmp),
    env: astroEnv({ PRAXIS_CONTENT_DIR: contentDir, PRAXIS_CACHE_DIR: join(tmp, 'cache'), ...extra }),
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
    // The first requests can fail while Vite optimises dependencies; wait until `readyPath` answers.
    for (let i = 0; i < 90; i++) {
      const status = await fetch(`${url}${readyPath}`).then(
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
      stop: async () => {
        await new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
        await logAstroRun(`astro dev ${contentDir}`, started);
      },
    };
  } catch (e) {
    // Never leave a dev server behind.
    child.kill('SIGTERM');
    throw e;
  }
}
