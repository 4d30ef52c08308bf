/**
 * The W3C Nu Html Checker (npm `vnu-jar`) over a whole folder in ONE Java process:
 *
 *   const findings = await validateHtml(siteDir);   // every .html file below siteDir; errors only
 *
 * Runs `java -jar vnu.jar --format json --skip-non-html <dir>`; vnu writes its JSON report to stderr.
 * Only messages of type "error" (and "non-document-error": a file it could not read) fail the gate;
 * "info" and warnings do not. The machine's `java` is used (CI installs default-jre-headless).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clip, type Finding } from './findings.ts';

const VNU_JAR: string = createRequire(import.meta.url)('vnu-jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Site path of a checked file: `/praxis/x/` for …/praxis/x/index.html, `/404.html` for …/404.html. */
function pageOf(dir: string, fileUrl: string | undefined): string {
  if (!fileUrl) return '(vnu)';
  const rel = relative(dir, fileURLToPath(fileUrl)).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/u, '$1')}`;
}

export async function validateHtml(dir: string): Promise<Finding[]> {
  // -Xss: vnu's own advice for deeply nested documents.
  const child = spawn('java', ['-Xss1024k', '-jar', VNU_JAR, '--format', 'json', '--skip-non-html', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', (error) =>
      fail(new Error(`could not start java for vnu (${error.message}); install a Java runtime (default-jre-headless)`)),
    );
    child.on('close', done);
  });
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(stderr);
  } catch {
    throw new Error(`vnu exited with ${code} without a JSON report:\n${clip(stderr + stdout, 2000)}`);
  }
  const findings: Finding[] = [];
  for (const m of report.messages) {
    if (m.type === 'info') continue;
    const where = m.lastLine ? `line ${m.lastLine}${m.firstColumn ? `:${m.firstColumn}` : ''}: ` : '';
    const extract = m.extract ? ` — ${clip(m.extract, 100)}` : '';
    findings.push({ page: pageOf(dir, m.url), rule: `vnu ${m.type}`, detail: `${where}${m.message}${extract}` });
  }
  return findings;
}
