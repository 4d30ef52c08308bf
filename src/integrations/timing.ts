/**
 * How long each integration's build hooks took, said in one line at the end of a build, e.g.
 * `[timing] praxis:content-check 5.1 s · praxis:pagefind 3.2 s · @astrojs/sitemap 0.4 s · praxis:precompress 6.0 s`:
 * the part of the build that is ours, beside Astro's own "Completed in" lines, after the summary lines of long
 * steps (src/lib/progress.ts). `npm run bench:build` reads them for its section breakdown.
 */
import type { AstroIntegration } from 'astro';
import { performance } from 'node:perf_hooks';
import { takeSummaries } from '../lib/progress.ts';

/** The prefix of the summary line. */
export const TIMING_PREFIX = '[timing]';

/** Hooks worth timing: the ones that run once per build and may do real work. */
const TIMED = new Set(['astro:config:setup', 'astro:build:start', 'astro:build:generated', 'astro:build:done']);

/** The integrations, each hook timed; the last integration's `astro:build:done` prints the summary. */
export function timed(integrations: AstroIntegration[]): AstroIntegration[] {
  const spent = new Map<string, number>();
  const last = integrations.at(-1);
  return integrations.map((integration) => {
    const hooks: AstroIntegration['hooks'] = {};
    for (const [name, hook] of Object.entries(integration.hooks) as [string, (...args: unknown[]) => unknown][]) {
      if (!TIMED.has(name) || typeof hook !== 'function') {
        (hooks as Record<string, unknown>)[name] = hook;
        continue;
      }
      (hooks as Record<string, unknown>)[name] = async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await hook(...args);
        } finally {
          const key = integration.name;
          spent.set(key, (spent.get(key) ?? 0) + (performance.now() - started) / 1000);
          if (integration === last && name === 'astro:build:done') {
            const parts = [...spent].filter(([, s]) => s >= 0.05).map(([n, s]) => `${n} ${s.toFixed(1)} s`);
            for (const line of takeSummaries()) console.log(line);
            console.log(`${TIMING_PREFIX} ${parts.join(' · ')}`);
          }
        }
      };
    }
    return { ...integration, hooks };
  });
}
