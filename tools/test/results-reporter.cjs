// A Jest reporter that keeps each project's counts in tmp/test-results/, so that
// `npm test` can close with one line for the whole workspace (see summary.mjs).
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const RESULTS_DIR = path.resolve(__dirname, '../../tmp/test-results');

class ResultsReporter {
  constructor(globalConfig) {
    // Each project's jest.config.cjs sets rootDir to its own folder (libs/db → "db").
    this.name = path.basename(globalConfig.rootDir);
  }

  onRunComplete(_contexts, results) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    writeFileSync(path.join(RESULTS_DIR, `${this.name}.json`), JSON.stringify(counts));
  }
}

module.exports = ResultsReporter;
