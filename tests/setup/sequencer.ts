/**
 * The order in which Vitest starts test files (all layers share one pool of workers, one per core):
 *
 * 1. the `unit` layer — quick feedback, and it needs no build, so it runs while the real site is built;
 * 2. LONG_POLES: the files that take longest, so that they do not start last and run alone at the end;
 * 3. everything else, longest first as Vitest knows it from earlier runs (on a fresh clone: largest first).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that take most of a run (measured: the gates' crawl, a few minutes). Paths from the repository root. */
export const LONG_POLES = ['tests/gates/crawl.browser.test.ts'];

export class LayerSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      if (spec.project.name === 'unit') return 0;
      return LONG_POLES.some((p) => spec.moduleId.endsWith(`/${p}`)) ? 1 : 2;
    };
    // Array.prototype.sort is stable: within a rank, Vitest's own order stays.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
