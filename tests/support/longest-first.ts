/**
 * Vitest's order (`sequence.sequencer`, vitest.config.ts), with the e2e files that drive Firefox and
 * WebKit first among the e2e files. The e2e files run two at a time: the longest started last is
 * the run's tail, one core idle beside it. These two run every core flow on one phone each (90 s
 * and 115 s in a fresh CI, the next file 51 s), but their test files are a few lines (the flows
 * are in support/engines/), and with no durations cached (a fresh clone) Vitest starts the larger
 * files first: they came last.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST = /\/tests\/e2e\/engine-(webkit|firefox)\.test\.ts$/;

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const longest = sorted.filter((spec) => LONGEST.test(spec.moduleId));
    const rest = sorted.filter((spec) => !LONGEST.test(spec.moduleId));
    // Before the first file of their project: Vitest runs the projects' files in this order.
    for (const spec of longest.reverse()) {
      const at = rest.findIndex((other) => other.project.name === spec.project.name);
      rest.splice(at === -1 ? rest.length : at, 0, spec);
    }
    return rest;
  }
}
