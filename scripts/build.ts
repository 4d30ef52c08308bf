/**
 * `npm run build` — the production build, all or nothing.
 *
 * Astro builds into a fresh folder beside the output folder (`dist/`, or PRAXIS_OUT_DIR); only when the build
 * has finished completely does that folder take the output folder's place (scripts/lib/atomicOut.ts). A build
 * that stops — a content error, an error while rendering a page, Ctrl-C, a killed process — leaves the
 * previous site exactly as it was, and no folder of its own behind (a killed build's folder is removed by
 * the next build). When a build fails, the last lines name the content file it failed on, also where Astro
 * only names the page it was rendering.
 *
 * Usage: npm run build [-- <astro build options>]. Environment as for `astro build` (PRAXIS_*; see README).
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanStale, discard, stagingOf, swapIn } from './lib/atomicOut.ts';
import { BuildOutput } from './lib/buildOutput.ts';
import { buildEnv } from './lib/buildEnv.ts';
import { isProgressMessage } from '../src/lib/progress.ts';
import { contentFilesOf, failureOf, lineOf, otherContentPathsOf } from '../src/lib/buildSource.ts';
import { listContent } from '../src/lib/contentCheck/files.ts';
import { resolveLang } from '../src/lib/contentCheck/format.ts';
import { contentDir } from '../src/lib/contentDir.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const PRELOAD = join(REPO, 'scripts/lib/exitWithParent.ts');

const wanted = resolve(REPO, process.env.PRAXIS_OUT_DIR?.trim() || 'dist');
// An output folder that is a symbolic link (dist -> /srv/www/site): replace the folder it points to, keep the link.
const out = lstatSync(wanted, { throwIfNoEntry: false })?.isSymbolicLink() ? realTarget(wanted) : wanted;

function realTarget(link: string): string {
  try {
    return realpathSync(link);
  } catch {
    return link; // a link to nowhere is replaced like a folder
  }
}
const staging = stagingOf(out);
const lang = resolveLang(process.env.PRAXIS_CHECK_LANG);
const shown = relative(process.cwd(), wanted) || '.';
const say = (de: string, en: string) => console.log(`[build] ${lang === 'de' ? de : en}`);

await cleanStale(out);

// What Astro prints goes to the terminal as it comes, except its line per page: those are counted and shown with
// the progress of long steps in one status line (in a terminal) or one summary line (scripts/lib/buildOutput.ts).
// The end of everything is kept to explain a failure.
let tail = '';
const keep = (chunk: string) => {
  tail = (tail + chunk).slice(-256 * 1024);
};
const tty = process.stdout.isTTY === true;
const output = new BuildOutput();
let statusShown = false;
const clearStatus = () => {
  if (statusShown) process.stdout.write('\r\u001b[K');
  statusShown = false;
};
const drawStatus = () => {
  if (!tty) return;
  clearStatus();
  process.stdout.write(`[build] ${output.status()}`);
  statusShown = true;
};
const print = (lines: string[]) => {
  if (lines.length === 0) return drawStatus();
  clearStatus();
  process.stdout.write(`${lines.join('\n')}\n`);
  drawStatus();
};
const color = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};
const child = spawn(process.execPath, ['--import', PRELOAD, ASTRO, 'build', ...process.argv.slice(2)], {
  cwd: REPO,
  env: { ...process.env, ...buildEnv(), ...color, ASTRO_TELEMETRY_DISABLED: '1', PRAXIS_OUT_DIR: staging.building },
  stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
});
child.stdout!.setEncoding('utf8');
child.stderr!.setEncoding('utf8');
child.stdout!.on('data', (c: string) => {
  print(output.push(c));
  keep(c);
});
child.stderr!.on('data', (c: string) => {
  clearStatus();
  process.stderr.write(c);
  drawStatus();
  keep(c);
});
child.on('message', (m) => {
  if (!isProgressMessage(m)) return;
  output.step(m.step, m.label, m.done, m.total);
  drawStatus();
});

// Ctrl-C and friends: stop Astro, remove the unfinished folder, leave the site as it was.
let stopping: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopping = signal;
    child.kill(signal);
  });
}

const code = await new Promise<number>((done) => {
  child.on('error', (e) => {
    console.error(e);
    done(1);
  });
  child.on('exit', (c, signal) => done(c ?? (signal ? 128 : 1)));
});

print(output.flush());
clearStatus();
if (output.pages > 0)
  say(`${output.pages} Seiten und Dateien geschrieben.`, `${output.pages} pages and files written.`);

if (code === 0 && !stopping && existsSync(join(staging.building, 'index.html'))) {
  await swapIn(staging);
  say(`Die neue Website liegt in ${shown}/.`, `The new site is in ${shown}/.`);
} else {
  await discard(staging);
  if (stopping) {
    say(`Abgebrochen; ${shown}/ ist unverändert.`, `Stopped; ${shown}/ is unchanged.`);
    process.exitCode = 130;
  } else {
    explainFailure();
    process.exitCode = code === 0 ? 1 : code;
  }
}

/** The last words of a failed build: the output folder is unchanged, and which content file it failed on. */
function explainFailure() {
  const root = resolve(REPO, contentDir());
  const entries = listContent(root).files;
  const files = contentFilesOf(tail, entries, process.cwd());
  const others = otherContentPathsOf(tail, root, entries);
  const { page, message } = failureOf(tail);
  const lines = [
    lang === 'de'
      ? `Der Bau ist abgebrochen; ${shown}/ ist unverändert (die bisherige Website bleibt).`
      : `The build stopped; ${shown}/ is unchanged (the previous site stays).`,
  ];
  for (const f of files) {
    const line = lineOf(tail, f, process.cwd());
    const where = `${relative(process.cwd(), f.absPath)}${line ? `:${line}` : ''}`;
    const during = page
      ? lang === 'de'
        ? `beim Bauen der Seite ${page}`
        : `while building the page ${page}`
      : lang === 'de'
        ? 'beim Bauen'
        : 'while building';
    lines.push(`  ${where}: ${during}${message ? `: ${message}` : ''}`);
  }
  for (const other of others) {
    const where = relative(process.cwd(), other);
    lines.push(
      lang === 'de'
        ? `  ${where}: beim Bauen${message ? `: ${message}` : ''}`
        : `  ${where}: while building${message ? `: ${message}` : ''}`,
    );
  }
  if (files.length === 0 && others.length === 0) {
    lines.push(
      lang === 'de'
        ? `  Keine Inhaltsdatei erkannt${page ? ` (Seite ${page})` : ''}; siehe die Meldungen oben.`
        : `  No content file recognised${page ? ` (page ${page})` : ''}; see the messages above.`,
    );
  }
  console.error(`\n${lines.join('\n')}`);
}
