#!/usr/bin/env node
// The one test command (README's Quick start, and CI through .ci/run): installs what the tests need
// when it is missing (npm packages, Debian's chromium, nginx and haproxy), then runs every runner and ends with one
// plain line per runner, e.g. "e2e: 24 passed, 0 failed". Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-test' };
const summary = [];

function run(command, args, options = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options }).status ?? 1;
}

function ensureDependencies() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const fresh = existsSync(installed) && statSync(installed).mtimeMs >= statSync(join(root, 'package-lock.json')).mtimeMs;
  if (!fresh && run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) throw new Error('npm ci failed');
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

ensureDependencies();
ensureChromium();
// The fault lab runs real nginx and HAProxy on loopback (lab/README.md).
if (run('node', ['lab/ensure-nginx.mjs']) !== 0) throw new Error('could not install nginx and haproxy for the fault lab');
mkdirSync(results, { recursive: true });

// Lint and types: one "test" each, so a broken build reads as a failure, not a crash.
const lint = run('npx', ['biome', 'lint', '.']) === 0 && run('npx', ['tsc', '--noEmit']) === 0;
summary.push(`lint: ${lint ? 1 : 0} passed, ${lint ? 0 : 1} failed`);

const unitReport = join(results, 'unit.json');
rmSync(unitReport, { force: true });
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unit = readJson(unitReport);
summary.push(unit ? `unit: ${unit.numPassedTests} passed, ${unit.numFailedTests + (unit.numRuntimeErrorTestSuites ?? 0)} failed` : 'unit: 0 passed, 1 failed (no report)');

const built = run('npx', ['next', 'build']) === 0;
summary.push(`build: ${built ? 1 : 0} passed, ${built ? 0 : 1} failed`);

if (built) {
  const e2eReport = join(results, 'e2e.json');
  rmSync(e2eReport, { force: true });
  run('npx', ['playwright', 'test'], { env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport } });
  const stats = readJson(e2eReport)?.stats;
  summary.push(stats ? `e2e: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed` : 'e2e: 0 passed, 1 failed (no report)');
} else {
  summary.push('e2e: 0 passed, 1 failed (not run: the build failed)');
}

console.log('');
for (const line of summary) console.log(line);
process.exit(summary.every((line) => / 0 failed/.test(line)) ? 0 : 1);
