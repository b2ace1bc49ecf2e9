#!/usr/bin/env node
// npm run bench: measures what the product promises about speed, prints each figure beside its
// budget, writes bench/report.json, and exits non-zero if a budget is missed. Not part of the tests
// (timings are not assertions). What each figure means: docs/performance.md.
//
// It builds the app for production into .next-bench (never the running app's .next nor the tests'
// .next-test) and a blank Next.js app in a temporary folder (the framework floor), serves both
// on free loopback ports (the app as `npm start` runs it, the blank app with `next start`),
// measures, and stops them by pid.
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureAnalyzer } from '../bench/analyzer.mjs';
import { createBlankApp } from '../bench/blank-app.mjs';
import { launchBrowser } from '../bench/browser.mjs';
import { FIRST_LOAD_BUDGET, FIRST_LOAD_COUNTED, measureFirstLoad } from '../bench/first-load.mjs';
import { LIGHTHOUSE_BUDGET, lighthouseMet, runLighthouse } from '../bench/lighthouse.mjs';
import { build, installedVersion, start } from '../bench/server.mjs';
import { measureStepChange, STEP_CHANGE_BUDGET_MS } from '../bench/step-change.mjs';
import { formatTable, tableRows } from '../bench/table.mjs';
import { checkUrls, measureThroughput, THROUGHPUT_BUDGET } from '../bench/throughput.mjs';
import { runTypeScript } from '../bench/vitest-run.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const root = join(import.meta.dirname, '..');
const DIST_DIR = '.next-bench';
const PAGES = ['/', '/diagnose?role=owner', '/causes/upstream-down'];
const LIGHTHOUSE_RUNS = 3; // per page; the run with the median performance score is kept
const STEP_CHANGE_WALKS = 3; // of the journey, each in a fresh browser context
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const began = performance.now();
const servers = [];
// Outside the project: the blank app, and the builds' and servers' logs.
const work = realpathSync(mkdtempSync(join(tmpdir(), 'gateway-doctor-bench-')));
const blankDir = join(work, 'blank');
const phases = {};
// Two runs at once would build into the same .next-bench under each other's servers.
const lockFile = join(tmpdir(), 'gateway-doctor-bench.lock');

const seconds = (since) => Math.round((performance.now() - since) / 100) / 10;
const ratio = (a, b) => Math.round((a / b) * 100) / 100;
const load = () => loadavg().map((n) => Math.round(n * 100) / 100);

/**
 * Runs one phase of the bench, saying so, and keeps how long it took and the machine's load
 * average (1 min) as it began: other work on the machine shows in every timing.
 */
async function phase(name, fn) {
  const loadAverage = load()[0];
  console.log(`bench: ${name} (load average ${loadAverage})`);
  const started = performance.now();
  const result = await fn();
  phases[name] = { seconds: seconds(started), loadAverage };
  return result;
}

/**
 * `next build` rewrites tsconfig.json (adding include globs for its dist dir) and next-env.d.ts
 * (pointing at that dir's route types). The bench must leave the working tree as it found it, so
 * both are put back afterwards, unless someone else changed them meanwhile.
 */
function guardGeneratedFiles() {
  const saved = ['tsconfig.json', 'next-env.d.ts']
    .map((name) => join(root, name))
    .filter(existsSync)
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  return () => {
    for (const { path, text } of saved) {
      const now = readFileSync(path, 'utf8');
      if (now !== text && now.includes(DIST_DIR) && !text.includes(DIST_DIR)) writeFileSync(path, text);
    }
  };
}

/** Refuses to start while another `npm run bench` (a live pid in the lock file) is running. */
function takeLock() {
  try {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    process.kill(holder, 0);
    if (holder !== process.pid) throw new Error(`bench: another npm run bench (pid ${holder}) is running; wait for it to end`);
  } catch (error) {
    // No lock file, or its process is gone (ESRCH): the lock is ours.
    if (error.code !== 'ENOENT' && error.code !== 'ESRCH') throw error;
  }
  writeFileSync(lockFile, String(process.pid));
}

async function cleanUp() {
  await Promise.all(servers.map((server) => server.stop()));
  // Build output, not in .gitignore: never leave it in the working tree.
  rmSync(join(root, DIST_DIR), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  if (existsSync(lockFile) && readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanUp();
    process.exit(130);
  });
}

async function main() {
  const machine = {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    next: installedVersion(root, 'next'),
    react: installedVersion(root, 'react'),
    loadAverageAtStart: load(),
  };
  // Everything but the first-load bytes is a timing: other work on the machine shows in them.
  if (machine.loadAverageAtStart[0] > machine.cores / 2) {
    console.log(`bench: warning: load average ${machine.loadAverageAtStart[0]} on ${machine.cores} cores; timings will suffer`);
  }

  const journeys = await phase('journeys and their step URLs', () => runTypeScript(root, 'bench/step-urls.data.ts'));
  // First, while nothing else of ours runs: it is CPU-bound.
  const analyzer = await phase('analyzer vs grep on a 10 MB log', () => measureAnalyzer(root));

  await phase(`build the app into ${DIST_DIR}`, async () => {
    const restore = guardGeneratedFiles();
    try {
      await build(root, { ...env, NEXT_DIST_DIR: DIST_DIR }, join(work, 'app-build.log'));
    } finally {
      restore();
    }
  });
  await phase(`build the blank app in ${blankDir}`, async () => {
    createBlankApp(root, blankDir);
    await build(blankDir, env, join(work, 'blank-build.log'));
  });
  const app = await start(root, { ...env, NEXT_DIST_DIR: DIST_DIR }, join(work, 'app-server.log'));
  servers.push(app);
  const blank = await start(blankDir, env, join(work, 'blank-server.log'));
  servers.push(blank);
  console.log(`bench: the app on ${app.url} (pid ${app.pid}), the blank app on ${blank.url} (pid ${blank.pid})`);

  const browser = await launchBrowser();
  machine.chromium = browser.version();
  const firstLoad = await phase('first-load JavaScript', async () => {
    const floor = await measureFirstLoad(browser, `${blank.url}/`);
    const pages = [];
    for (const page of PAGES) {
      const measured = await measureFirstLoad(browser, app.url + page);
      const r = ratio(measured.bytes, floor.bytes);
      pages.push({ ...measured, ratio: r, met: r <= FIRST_LOAD_BUDGET });
    }
    return { counted: FIRST_LOAD_COUNTED, budget: FIRST_LOAD_BUDGET, floor, pages };
  });

  const journey = journeys.owner[0];
  const stepChange = await phase(`step changes over "${journey.name}"`, async () => {
    const measured = await measureStepChange(browser, app.url, journey, { walks: STEP_CHANGE_WALKS });
    return {
      budgetMedianMs: STEP_CHANGE_BUDGET_MS,
      ...measured,
      met: measured.medianMs <= STEP_CHANGE_BUDGET_MS,
      noRequestsMet: measured.requestsOnClicks === 0,
    };
  });
  stepChange.slow4G = await phase('step changes on throttled slow 4G (information)', () =>
    measureStepChange(browser, app.url, journey, { throttled: true }),
  );
  await browser.close();

  const lighthouse = await phase('Lighthouse (mobile)', async () => {
    const floor = await runLighthouse(root, `${blank.url}/`, LIGHTHOUSE_RUNS);
    const pages = [];
    for (const page of PAGES) {
      const measured = await runLighthouse(root, app.url + page, LIGHTHOUSE_RUNS);
      pages.push({ ...measured, met: lighthouseMet(measured.scores) });
    }
    return {
      settings: 'Lighthouse CLI defaults (mobile: simulated slow 4G, 4× CPU slowdown), Chromium --headless=new --no-sandbox',
      // If the blank page itself misses the performance budget, the machine was too busy for this
      // run's performance scores to mean much.
      floorMissesBudget: floor.scores.performance < LIGHTHOUSE_BUDGET.performance,
      budget: LIGHTHOUSE_BUDGET,
      seoNote: '/diagnose pages are noindex by design (one URL per state of knowledge), so their SEO score loses is-crawlable.',
      floor,
      pages,
    };
  });

  // Last: it loads both servers flat out.
  const throughput = await phase('throughput (autocannon)', async () => {
    const paths = [...new Set([...journeys.visitor, ...journeys.owner].flatMap((j) => j.urls))];
    const urlsNotAnswering200 = await checkUrls(app.url, paths);
    const appLoad = await measureThroughput(app.url, paths);
    const blankLoad = await measureThroughput(blank.url, ['/']);
    const blankDynamic = await measureThroughput(blank.url, ['/dynamic?a=1', '/dynamic?a=1&b=2', '/dynamic?a=1&b=2&c=3']);
    // For information: the same pages rendered for every request (page cache off), as a server
    // would serve URLs nobody has opened in the last s-maxage, against the blank page rendered so.
    const uncached = await start(root, { ...env, NEXT_DIST_DIR: DIST_DIR, PAGE_CACHE_MB: '0' }, join(work, 'app-uncached-server.log'));
    servers.push(uncached);
    const renderedLoad = await measureThroughput(uncached.url, paths);
    await uncached.stop();
    const r = ratio(appLoad.requestsPerSecond, blankLoad.requestsPerSecond);
    return {
      app: { ...appLoad, urlsNotAnswering200 },
      blank: blankLoad,
      blankDynamic,
      ratio: r,
      appRenderedPerRequest: renderedLoad,
      renderedRatioToBlankDynamic: ratio(renderedLoad.requestsPerSecond, blankDynamic.requestsPerSecond),
      budget: THROUGHPUT_BUDGET,
      met: r >= THROUGHPUT_BUDGET && appLoad.errors === 0,
    };
  });

  await cleanUp();
  machine.loadAverageAtEnd = load();
  const report = {
    date: new Date().toISOString(),
    durationS: seconds(began),
    phases,
    machine,
    firstLoad,
    lighthouse,
    stepChange,
    analyzer,
    throughput,
  };
  const rows = tableRows(report);
  report.misses = rows.filter((row) => row[3] === 'NO').map((row) => row[0]);
  report.met = report.misses.length === 0;
  writeFileSync(join(root, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\n${formatTable(rows)}`);
  for (const page of lighthouse.pages) {
    for (const [category, audits] of Object.entries(page.lost)) {
      console.log(
        `  Lighthouse ${page.url} ${category} lost on: ${audits.map((a) => `${a.id}${a.value ? ` (${a.value})` : ''}`).join(', ')}`,
      );
    }
  }
  if (lighthouse.floorMissesBudget) {
    console.log(
      `  the blank page itself scored ${lighthouse.floor.scores.performance} for performance: the machine was busy, so this run's performance scores are not conclusive`,
    );
  }
  const stuck = [...new Set([...stepChange.stuckRequests, ...stepChange.slow4G.stuckRequests])];
  if (stuck.length) console.log(`  requests that never finished during the walks (not waited for): ${stuck.join(', ')}`);
  const bad = throughput.app.urlsNotAnswering200;
  if (bad.length) console.log(`  step URLs not answering 200: ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}`);
  console.log(
    `\nwrote bench/report.json in ${report.durationS} s (${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
      `Chromium ${machine.chromium}; load average ${machine.loadAverageAtStart[0]} at the start, ${machine.loadAverageAtEnd[0]} at the end)`,
  );
  if (!report.met) console.log(`missed: ${report.misses.join('; ')}`);
  return report.met;
}

try {
  ensureChromium();
  takeLock();
} catch (error) {
  // .next-bench is the other run's: remove only our own empty work folder.
  rmSync(work, { recursive: true, force: true });
  console.error(error.message);
  process.exit(2);
}
main()
  .then((met) => process.exit(met ? 0 : 1))
  .catch(async (error) => {
    console.error(`bench: ${error.stack ?? error}`);
    await cleanUp();
    process.exit(2);
  });
