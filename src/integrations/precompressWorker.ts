/**
 * The thread that compresses finished pages during the build (precompress.ts `compressWhileRendering`): at
 * background priority, so the page rendering on the main thread is not slowed; messages are handled in order,
 * so the answer to `flush` (how many files it compressed) comes after every file sent before it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runInBackground } from '../lib/background.ts';
import { compressIntoCacheSync, type CompressAnswer, type CompressMessage } from './precompress.ts';

runInBackground();
const { cacheDir } = workerData as { cacheDir: string };
let made = 0;

const answer = (a: CompressAnswer) => parentPort!.postMessage(a);

parentPort!.on('message', (message: CompressMessage) => {
  if ('flush' in message) return answer({ made });
  const data = typeof message.data === 'string' ? Buffer.from(message.data) : message.data;
  if (compressIntoCacheSync(data, message.quality, cacheDir)) made++;
  answer({ handled: data.length });
});
