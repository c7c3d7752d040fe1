// The one test command: typecheck, lint (with the import zones), format, dead code (knip), unit and
// component tests, production build and browser tests. Prints `N passed, N failed` (totals of
// every suite) last; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const results = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status === 0;
}

function step(label, command, args) {
  const ok = run(label, command, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function vitestSuite(label, args, reportFile) {
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ]);
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + report.numPendingTests + report.numTodoTests;
    // A suite that failed to load has no tests to count: count it as a failure, never as silence.
    const brokenFiles = report.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.length === 0,
    ).length;
    failed += brokenFiles;
    if (!ok && failed === 0) failed = 1;
  }
  results.push({ label, passed, failed });
}

mkdirSync('test-results', { recursive: true });
step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
step('format', 'npx', ['prettier', '--check', '.']);
step('dead code and unused dependencies', 'npx', ['knip', '--no-progress']);
vitestSuite('unit and component tests', [], 'test-results/unit.json');
const built = step('production build', 'npx', ['vite', 'build']);

const browser = chromiumPath();
if (!browser) {
  console.error(
    '\n✖ Browser tests need Chromium and none was found. Install it with\n' +
      '    apt-get update && apt-get install -y --no-install-recommends chromium\n' +
      '  or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  results.push({ label: 'browser tests (no Chromium)', passed: 0, failed: 1 });
} else if (!built) {
  console.error('\n✖ Browser tests not run: the production build failed.');
  results.push({ label: 'browser tests (no build)', passed: 0, failed: 1 });
} else {
  vitestSuite(
    'browser tests (Chromium)',
    ['--config', 'vitest.browser.config.ts'],
    'test-results/browser.json',
  );
}

console.log('\nSummary');
for (const { label, passed, failed } of results) {
  console.log(`  ${failed === 0 ? '✔' : '✖'} ${label}: ${passed} passed, ${failed} failed`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
