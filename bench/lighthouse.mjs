// Lighthouse with its defaults (mobile: a Moto G-class screen, simulated slow 4G and 4× CPU
// slowdown), through its own CLI so it launches and owns its Chromium the way it expects.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_PATH } from './browser.mjs';

export const LIGHTHOUSE_BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

/** Scores out of 100 for the four categories, the core metrics, and every audit that cost points. */
async function runOnce(root, url) {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-doctor-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    await run(
      join(root, 'node_modules', '.bin', 'lighthouse'),
      [
        url,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox',
        `--only-categories=${CATEGORIES.join(',')}`,
      ],
      { ...process.env, CHROME_PATH },
    );
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    // Audits that count towards a category and did not pass: the "why" behind any score below 100.
    const lost = {};
    for (const id of CATEGORIES) {
      const failing = lhr.categories[id].auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
        );
      if (failing.length)
        lost[id] = failing.map((audit) => ({ id: audit.id, title: audit.title, score: audit.score, value: audit.displayValue }));
    }
    const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue]));
    return { url: new URL(url).pathname + new URL(url).search, scores, metrics, lost, warnings: lhr.runWarnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The run with the median performance score of `runs` runs (Lighthouse's own advice: one run's
 * performance score moves with whatever else the machine is doing). The other categories do not
 * depend on timing.
 */
export async function runLighthouse(root, url, runs = 1) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(root, url));
  const sorted = [...all].sort((a, b) => a.scores.performance - b.scores.performance);
  return { ...sorted[Math.floor(sorted.length / 2)], runs, performanceRuns: all.map((run) => run.scores.performance) };
}

export function lighthouseMet(scores) {
  return Object.entries(LIGHTHOUSE_BUDGET).every(([id, min]) => scores[id] >= min);
}
