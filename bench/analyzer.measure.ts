import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { RULES } from '@/lib/analyzer/rules';

/**
 * The analyzer on a 10 MB log, against `grep -c` of the same anchors on the same file (fixed
 * strings, case-insensitive: the cheapest honest grep of what the analyzer looks for). Medians of
 * several runs after a warm-up; the result goes to the file named by BENCH_OUT.
 */
const RUNS = 7;

function buildLog(bytes: number): string {
  const access = (i: number) =>
    `203.0.113.${i % 250} - - [21/Nov/2026:10:${String(i % 60).padStart(2, '0')}:00 +0000] "GET /product/${i} HTTP/1.1" 200 ${5000 + (i % 900)} "-" "Mozilla/5.0 (X11; Linux x86_64) Firefox/145.0"`;
  const errors = [
    '2026/11/21 10:00:01 [error] 812#812: *9 connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.9, server: example.com, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:3000/", host: "example.com"',
    '2026/11/21 10:00:02 [crit] 812#812: *10 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.9, server: example.com',
    '[21-Nov-2026 10:00:03] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it',
  ];
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = i % 997 === 0 ? errors[i % errors.length] : access(i);
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

it('measures the analyzer against grep on a 10 MB log', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-doctor-bench-'));
  try {
    const log = buildLog(10 * 1024 * 1024);
    const logFile = join(dir, 'error.log');
    const anchorFile = join(dir, 'anchors.txt');
    writeFileSync(logFile, log);
    const anchors = [...new Set(RULES.flatMap((rule) => rule.anchors.map((a) => a.replace(/^\^/, ''))))];
    writeFileSync(anchorFile, `${anchors.join('\n')}\n`);
    const grep = () => execFileSync('grep', ['-c', '-i', '-F', '-f', anchorFile, logFile]);
    let verdict = analyze(log);
    grep();
    const analyzerMs = median(Array.from({ length: RUNS }, () => time(() => (verdict = analyze(log)))));
    const grepMs = median(Array.from({ length: RUNS }, () => time(grep)));
    const result = {
      bytes: Buffer.byteLength(log),
      anchors: anchors.length,
      analyzerMs: Math.round(analyzerMs * 10) / 10,
      grepMs: Math.round(grepMs * 10) / 10,
      ratio: Math.round((analyzerMs / grepMs) * 100) / 100,
      found: { logSignal: verdict.facts.logSignal ?? null, signals: verdict.signals.length },
    };
    if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(result));
    console.log(result);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
