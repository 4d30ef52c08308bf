/**
 * `npm run editor:local` — the browser editor's local mode: decap-server, a small proxy that reads and writes the
 * files of the content folder for the editor at http://localhost:4321/redaktion/ (with `npm run dev` beside it).
 * It listens on loopback only and answers only pages of localhost (its CORS default), so nothing else on the
 * network or in the browser can write files through it. Changes land in the working tree; publishing them is a
 * Git commit, as for any other edit (docs/editors-guide-browser.md).
 *
 * Environment: PRAXIS_CONTENT_DIR (the content folder, default content/), PRAXIS_EDITOR_LOCAL_URL (the address the
 * editor expects it at, default http://localhost:8081/api/v1).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { contentDir } from '../src/lib/contentDir.ts';
import { editorBackend } from '../src/lib/editor/backend.ts';

const url = new URL(editorBackend().local_backend.url);
const repo = dirname(resolve(contentDir()));
const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
console.log(`decap-server: ${repo} on ${url.origin} — the editor: npm run dev, then http://localhost:4321/redaktion/`);
const child = spawn(process.execPath, [server], {
  stdio: 'inherit',
  env: { ...process.env, GIT_REPO_DIRECTORY: repo, PORT: url.port || '8081', BIND_HOST: '127.0.0.1', MODE: 'fs' },
});
child.on('exit', (code) => (process.exitCode = code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
