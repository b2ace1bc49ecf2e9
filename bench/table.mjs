// The printed summary: one row per figure, the measurement beside its budget.
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const yes = (met) => (met ? 'yes' : 'NO');

/** Rows of [figure, measured, budget, met] from the report; `met` is '' for information only. */
export function tableRows(report) {
  const { firstLoad, lighthouse, stepChange, analyzer, throughput } = report;
  const rows = [['figure', 'measured', 'budget', 'met']];
  for (const page of firstLoad.pages) {
    rows.push([
      `first-load JS, ${page.url}`,
      `${kib(page.bytes)} vs blank ${kib(firstLoad.floor.bytes)} = ${page.ratio}×`,
      `≤ ${firstLoad.budget}×`,
      yes(page.met),
    ]);
  }
  const scores = (s) => `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}`;
  for (const page of lighthouse.pages) {
    rows.push([`Lighthouse perf / a11y / best pr. / SEO, ${page.url}`, scores(page.scores), '≥ 95 / 100 / 100 / –', yes(page.met)]);
  }
  rows.push(['Lighthouse, blank page (information)', scores(lighthouse.floor.scores), '–', '']);
  rows.push([
    `step change, click → next heading, ${stepChange.clicks} clicks`,
    `median ${stepChange.medianMs} ms, worst ${stepChange.worstMs} ms`,
    `median ≤ ${stepChange.budgetMedianMs} ms`,
    yes(stepChange.met),
  ]);
  rows.push([
    'step change, requests made by those clicks',
    `${stepChange.requestsOnClicks} (answer prefetched before the click: ${stepChange.clickedAnswerPrefetched}/${stepChange.clicks})`,
    '0 expected',
    yes(stepChange.noRequestsMet),
  ]);
  const slow = stepChange.slow4G;
  rows.push([
    `step change on slow 4G, ${slow.clicks} clicks (information)`,
    `median ${slow.medianMs} ms, worst ${slow.worstMs} ms; ${slow.requestsOnClicks} requests`,
    '–',
    '',
  ]);
  rows.push([
    `analyzer, ${(analyzer.bytes / 2 ** 20).toFixed(1)} MB log vs grep -c (${analyzer.anchors} anchors)`,
    `${analyzer.analyzerMs} ms vs ${analyzer.grepMs} ms = ${analyzer.ratio}×`,
    `≤ ${analyzer.budget}×`,
    yes(analyzer.met),
  ]);
  const { app, blank, blankDynamic, appRenderedPerRequest: rendered } = throughput;
  rows.push([
    `throughput, ${app.urls} step URLs, ${app.connections} connections (as served: page cache)`,
    `${app.requestsPerSecond} vs blank ${blank.requestsPerSecond} req/s = ${throughput.ratio}×; ${app.errors} errors`,
    `≥ ${throughput.budget}×, 0 errors`,
    yes(throughput.met),
  ]);
  rows.push([
    'throughput, every request rendered (PAGE_CACHE_MB=0) vs a blank page rendered so (information)',
    `${rendered.requestsPerSecond} vs ${blankDynamic.requestsPerSecond} req/s = ${throughput.renderedRatioToBlankDynamic}×; ${rendered.errors} errors`,
    '–',
    '',
  ]);
  return rows;
}

export function formatTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
