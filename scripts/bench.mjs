#!/usr/bin/env node
// npm run bench: measures what the product promises about speed and writes bench/report.json,
// printing each figure beside its budget. Not part of the tests (timings are not assertions).
// Today it measures the evidence analyzer; the page, Lighthouse and load figures join it later.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(tmpdir(), `gateway-doctor-bench-${process.pid}.json`);
const measured = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', '--reporter=dot'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BENCH_OUT: out },
});
if (measured.status !== 0) {
  console.error('bench: the analyzer measurement failed');
  process.exit(1);
}
const analyzer = JSON.parse(readFileSync(out, 'utf8'));
const budget = { analyzerOverGrep: 5 };
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  analyzer: { ...analyzer, budget: budget.analyzerOverGrep, met: analyzer.ratio <= budget.analyzerOverGrep },
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);

const rows = [
  ['figure', 'measured', 'budget', 'met'],
  [
    `analyzer, ${(analyzer.bytes / 2 ** 20).toFixed(1)} MB log vs grep -c (${analyzer.anchors} anchors)`,
    `${analyzer.analyzerMs} ms vs ${analyzer.grepMs} ms = ${analyzer.ratio}×`,
    `≤ ${budget.analyzerOverGrep}×`,
    report.analyzer.met ? 'yes' : 'NO',
  ],
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
console.log(`\nwrote bench/report.json (${report.machine.cpus} × ${report.machine.cpu}, Node ${report.machine.node})`);
process.exit(report.analyzer.met ? 0 : 1);
