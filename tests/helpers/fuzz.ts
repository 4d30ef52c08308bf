/**
 * What the fuzz tests of the newsletter server share (tests/newsletter/fuzz.test.ts, tests/submissions/fuzz.test.ts):
 * a seeded random source, a raw-socket client that sends bytes no HTTP library would, and the real server as a
 * child process on a free port.
 */
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** mulberry32: small, fast, good enough to pick cases reproducibly from a seed. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(random() * n);
  return {
    random,
    int,
    pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]!,
    chars: (n: number, alphabet: string) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join(''),
    bytes: (n: number) => Buffer.from(Array.from({ length: n }, () => int(256))),
  };
}

/**
 * Sends raw bytes and collects the answer until the server closes. A truncated body never completes: the client
 * gives up after a moment, as a real one would; otherwise after `timeoutMs`.
 */
export function send(port: number, data: Buffer, truncated: boolean, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(done, truncated ? 150 : timeoutMs);
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', done);
    socket.write(data);
  });
}

export interface ServerProcess {
  port: number;
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string;
  /** Whether it still runs (a crash ends it). */
  running: () => boolean;
  /** Kills it (if still running) and waits for it to end. */
  stop: () => Promise<void>;
}

/** Starts scripts/newsletter-server.ts with `env` added and waits until it says where it listens. */
export async function startServerProcess(
  env: Record<string, string>,
  until: (check: () => boolean, what: string) => Promise<void>,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/newsletter-server.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exit;
  };
  const listening = /newsletter server on (http\S+)/u;
  try {
    await until(() => listening.test(output), `the server to start:\n${output}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port: Number(new URL(listening.exec(output)![1]!).port),
    output: () => output,
    running: () => child.exitCode === null,
    stop,
  };
}
