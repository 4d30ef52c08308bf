/**
 * A few lines at the end of a run (after Vitest's own report): how long each layer took, and what the browser
 * gates checked, so that a slower layer or a shrinking coverage shows in every run's log.
 *
 *   [layers] unit 27 files 9.8 s (wall 12.1 s) · fixture 21 files 140.2 s (wall 150.3 s) · …
 *   [astro] 21 builds and dev servers (side by side, each in a project of its own): 250.0 s in all; longest …
 *   [checks] 147 pages × 2 viewports × 2 colour schemes = 588 page checks (294 loads, …); axe 588, …
 *
 * "wall" runs from the first file of the layer starting to its last file ending; the first figure adds up
 * the files' own times. A test reports checks by setting `task.meta.checks` (tests/gates/crawl.browser.test.ts).
 */
import { readFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';
import { RUN_LOG } from '../helpers/astro.ts';

declare module 'vitest' {
  interface TaskMeta {
    /** What a test checked, one line, printed at the end of the run. */
    checks?: string;
  }
}

export default class LayerReporter implements Reporter {
  private layers = new Map<string, { files: number; busy: number; first: number; last: number }>();

  onTestModuleQueued(module: TestModule): void {
    const name = module.project.name;
    const layer = this.layers.get(name) ?? { files: 0, busy: 0, first: Date.now(), last: Date.now() };
    this.layers.set(name, layer);
  }

  onTestModuleEnd(module: TestModule): void {
    const layer = this.layers.get(module.project.name);
    if (!layer) return;
    const d = module.diagnostic();
    layer.files++;
    layer.busy += d.environmentSetupDuration + d.prepareDuration + d.setupDuration + d.collectDuration + d.duration;
    layer.last = Date.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const order = ['unit', 'fixture', 'site', 'browser'];
    const names = [...this.layers.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (names.length > 0) {
      const parts = names.map((name) => {
        const l = this.layers.get(name)!;
        return `${name} ${l.files} files ${s(l.busy)} (wall ${s(l.last - l.first)})`;
      });
      console.log(`\n[layers] ${parts.join(' · ')}`);
    }
    const runs = astroRuns(process.env.PRAXIS_TEST_RUN ?? '');
    if (runs.length > 0) {
      const longest = [...runs].sort((a, b) => b.heldMs - a.heldMs)[0]!;
      console.log(
        `[astro] ${runs.length} builds and dev servers (side by side, each in a project of its own): ` +
          `${s(runs.reduce((sum, r) => sum + r.heldMs, 0))} in all; longest ${s(longest.heldMs)} ` +
          `(${longest.label.replace(/→ .*\/\.cache\//u, '→ .cache/')})`,
      );
    }
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const checks = test.meta().checks;
        if (checks) console.log(`[checks] ${checks}`);
      }
    }
  }
}

/** This run's builds and dev servers (tests/helpers/astro.ts), read from their log. */
function astroRuns(run: string): { label: string; heldMs: number }[] {
  let text: string;
  try {
    text = readFileSync(RUN_LOG, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { run: string; label: string; heldMs: number })
    .filter((use) => use.run === run);
}
