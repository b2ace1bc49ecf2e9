// First-load JavaScript: the script bytes a browser really downloads to show a page, measured in
// Chromium rather than read from the build output, so compression, preloads and chunks pulled in
// by prefetched links all count as they would for a person.
//
// Counted: every response Chromium classes as a script (<script>, module preloads, chunks loaded
// by scripts) that finished between navigation and the end of a window of `load` + 2 s with no
// interaction, in a fresh browser context (empty cache). The figure is the compressed body size
// (what crossed the wire, HTTP headers excluded); headers are reported beside it. Not counted:
// anything that only loads on interaction, such as the analyzer's Web Worker (started when
// evidence is submitted), and non-script resources (HTML, CSS, the RSC payloads of prefetched
// links).
export const FIRST_LOAD_BUDGET = 1.15; // × the blank page
export const FIRST_LOAD_COUNTED =
  'Compressed (gzip) body bytes of every response Chromium classes as a script that finished between navigation and the load event plus 2 s ' +
  'with no interaction, in a fresh browser context (empty cache), desktop viewport; HTTP headers excluded (headerBytes beside). ' +
  'Not counted: what loads only on interaction (the analyzer Web Worker, started when evidence is submitted), HTML, CSS, RSC payloads of prefetched links.';
const IDLE_AFTER_LOAD_MS = 2000;

export async function measureFirstLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  const pending = [];
  const workers = [];
  let phase = 'before load';
  let windowOpen = true;
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('requestfinished', (request) => {
    if (!windowOpen || request.resourceType() !== 'script') return;
    const when = phase;
    pending.push(
      Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => {
        scripts.push({
          url: new URL(request.url()).pathname,
          bytes: sizes.responseBodySize,
          headerBytes: sizes.responseHeadersSize,
          encoding: response?.headers()['content-encoding'] ?? 'identity',
          when,
        });
      }),
    );
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`first load: ${url} answered ${response?.status()}`);
  phase = 'after load';
  await page.waitForTimeout(IDLE_AFTER_LOAD_MS);
  windowOpen = false;
  await Promise.all(pending);
  await context.close();
  scripts.sort((a, b) => b.bytes - a.bytes);
  return {
    url: new URL(url).pathname + new URL(url).search,
    bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    headerBytes: scripts.reduce((sum, s) => sum + s.headerBytes, 0),
    count: scripts.length,
    afterLoad: scripts.filter((s) => s.when === 'after load').length,
    workersStarted: workers,
    scripts,
  };
}
