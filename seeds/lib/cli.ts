/** Command-line options of the seed generator, parsed with node:util so that mistakes read as sentences. */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, DEFAULT_TODAY, MIN_COUNT, type SeedOptions } from './generate.ts';
import { dayNumber } from './text.ts';

export interface CliOptions extends SeedOptions {
  out: string;
  force: boolean;
}

export const USAGE = `Usage: npm run seed -- --out <dir> --count <N> [--seed <int>] [--today YYYY-MM-DD] [--force]

  --out    folder to write the content collections to (must be empty unless --force)
  --count  entries in total across posts, practices, reports, projects and dialogues (at least ${MIN_COUNT})
  --seed   seed of the pseudo-random generator (default ${DEFAULT_SEED}); same seed and count, same bytes
  --today  reference date for drafts and future-dated entries (default ${DEFAULT_TODAY})
  --force  replace the collection folders of a non-empty --out folder`;

function integer(name: string, value: string): number {
  if (!/^-?\d+$/u.test(value)) throw new Error(`--${name} expects a whole number, got "${value}"`);
  return Number(value);
}

export function parseCli(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.out) throw new Error('--out is required');
  if (!values.count) throw new Error('--count is required');
  const count = integer('count', values.count);
  if (count < MIN_COUNT) throw new Error(`--count must be at least ${MIN_COUNT} (one entry per collection)`);
  const seed = values.seed === undefined ? DEFAULT_SEED : integer('seed', values.seed);
  const today = values.today ?? DEFAULT_TODAY;
  dayNumber(today); // throws a readable error for a malformed date
  return { out: values.out, count, seed, today, force: values.force ?? false };
}
