/**
 * Seed generator CLI: `npm run seed -- --out <dir> --count <N> [--seed <int>] [--today YYYY-MM-DD]`.
 * Writes a complete content folder that the site builds with `PRAXIS_CONTENT_DIR=<dir>`.
 * The logic lives in seeds/lib/ (tested in tests/seeds/).
 */
import { fileURLToPath } from 'node:url';
import { parseCli, USAGE } from './lib/cli.ts';
import { generateContent } from './lib/generate.ts';
import { writeContent } from './lib/files.ts';

try {
  const options = parseCli(process.argv.slice(2));
  const files = generateContent(options);
  writeContent(options.out, files, {
    force: options.force,
    protect: fileURLToPath(new URL('../content', import.meta.url)),
  });
  const perCollection = new Map<string, number>();
  for (const f of files) {
    const collection = f.path.split('/')[0]!;
    perCollection.set(collection, (perCollection.get(collection) ?? 0) + 1);
  }
  const summary = [...perCollection].map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(
    `Wrote ${files.length} files to ${options.out} (seed ${options.seed}, today ${options.today}): ${summary}`,
  );
} catch (error) {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(1);
}
