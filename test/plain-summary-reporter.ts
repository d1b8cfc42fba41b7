// A vitest reporter that ends the run with one plain line, "N passed, N failed, N skipped", which CI
// and other tools read without knowing vitest's own summary format. A skipped block whose name is a
// notice ("... skipped: set X to run it") is printed once above that line, with what it skipped.
import type { Reporter, TestModule } from 'vitest/node';

/** Prints the skip notices and the plain closing line after vitest's own summary. */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const notices = new Map<string, { tests: number; files: number }>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      for (const suite of module.children.allSuites()) {
        if (suite.state() !== 'skipped' || !/ skipped: /.test(suite.name)) continue;
        const notice = notices.get(suite.name) ?? { tests: 0, files: 0 };
        notice.tests += [...suite.children.allTests()].length;
        notice.files += 1;
        notices.set(suite.name, notice);
      }
    }
    for (const [name, { tests, files }] of notices) {
      process.stdout.write(`\n${name} (${plural(tests, 'test')} in ${plural(files, 'file')})`);
    }
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
