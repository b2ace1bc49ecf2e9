// Step change with JavaScript on: a person walks a whole journey, clicking one answer per step.
// For each click: the time from the click to the frame that shows the next step (its
// [data-step] changed), and the requests made in between. Answers are <Link prefetch={true}>,
// prefetched in full, so the expected figure is "no request, a few milliseconds of rendering".
//
// Times are read inside the page on its own clock: the click event's timeStamp, and a task queued
// from the first animation frame after the DOM changed (so after that frame is painted). Requests
// come from Chromium's network events (DevTools protocol), whether or not the page ever reads
// their bodies, and count if they started between the pointer reaching the answer (Next also
// prefetches on hover) and the DOM change: what the click cost and could hold the new step back.
// Before each click the person scrolls the answer into view (Next prefetches a
// link only once it is in, or 200 px from, the viewport) and the network must be idle for 500 ms,
// as someone reading the question gives the prefetches time to land.
import { trackNetwork } from './browser.mjs';

export const STEP_CHANGE_BUDGET_MS = 50; // median

// Chrome DevTools' "slow 4G" as in DESIGN.md's prototype: 150 ms round trip, 1.6 Mbps down,
// 750 kbps up. Reported for information only.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** A step URL in one normal form, without Next's cache-busting _rsc parameter (null if not page data). */
function pageData(href) {
  const url = new URL(href);
  if (!url.searchParams.has('_rsc')) return null;
  url.searchParams.delete('_rsc');
  return url.pathname + (url.searchParams.size ? `?${url.searchParams}` : '');
}

function linkTarget(href) {
  const url = new URL(href);
  return url.pathname + (url.searchParams.size ? `?${url.searchParams}` : '');
}

// Installed before any page script: when the pointer last reached an answer, and the last click's
// time, as milliseconds since the epoch.
function instrument() {
  window.__bench = { click: 0, pointer: 0 };
  const at = (event) => performance.timeOrigin + event.timeStamp;
  addEventListener(
    'pointerover',
    (event) => {
      if (event.target.closest?.('[data-value]') && !window.__bench.pointer) window.__bench.pointer = at(event);
    },
    true,
  );
  addEventListener(
    'click',
    (event) => {
      window.__bench.click = at(event);
    },
    true,
  );
}

// Resolves once [data-step] names another step: when the DOM changed, and when the frame that
// shows it has been painted (both in milliseconds since the epoch, like the click).
function watchStep(from) {
  window.__bench.pointer = 0;
  window.__bench.shown = new Promise((resolve) => {
    const check = () => {
      const step = document.querySelector('[data-step]')?.getAttribute('data-step');
      if (!step || step === from) return;
      observer.disconnect();
      const domAt = performance.timeOrigin + performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ step, domAt, shownAt: performance.timeOrigin + performance.now() });
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (ms) => Math.round(ms * 10) / 10;

/** Walks `journey` (e2e/journeys.ts) once from /diagnose to its outcome, as e2e's walk() does. */
async function walkOnce(browser, baseUrl, journey, throttled) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttled) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  const requests = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!event.redirectResponse) requests.push({ at: event.wallTime * 1000, url: event.request.url, type: event.type });
  });
  const network = trackNetwork(page);
  await page.goto(`${baseUrl}/diagnose`, { waitUntil: 'load' });

  const steps = [];
  for (let i = 0; i < 40; i++) {
    const step = page.locator('[data-step]');
    const id = await step.getAttribute('data-step');
    if (await step.getAttribute('data-cause')) break;
    const fact = await step.locator('[data-fact]').getAttribute('data-fact');
    if (!fact) throw new Error(`step change: step ${id} has neither a cause nor a question`);
    const value = journey.facts[fact] ?? 'unknown';
    const answer = page.locator(`[data-fact="${fact}"] [data-value="${value}"]`);
    await answer.scrollIntoViewIfNeeded();
    await network.idle();

    // What the prefetches have fetched by now: all of the step's answers, and the chosen one?
    const fetched = new Set(requests.map((r) => pageData(r.url)));
    const answers = (await page.locator('[data-fact] [data-value]').evaluateAll((links) => links.map((a) => a.href))).map(linkTarget);
    const destination = linkTarget(await answer.evaluate((a) => a.href));

    await page.evaluate(watchStep, id);
    await answer.click();
    const shown = await page.evaluate(() =>
      Promise.race([window.__bench.shown, new Promise((resolve) => setTimeout(() => resolve(null), 15_000))]),
    );
    if (!shown) throw new Error(`step change: no new step 15 s after answering ${fact}=${value} on ${id}`);
    const { click, pointer } = await page.evaluate(() => ({ click: window.__bench.click, pointer: window.__bench.pointer }));
    const from = pointer && pointer < click ? pointer : click;
    await network.idle();

    const kind = (r) => {
      const data = pageData(r.url);
      if (data === null) return r.type.toLowerCase();
      return data === destination ? 'page data for the clicked step' : 'page data prefetched for another answer';
    };
    const during = requests
      .filter((r) => r.at >= from && r.at <= shown.domAt)
      .map((r) => ({ kind: kind(r), url: new URL(r.url).pathname + new URL(r.url).search }));
    steps.push({
      from: id,
      answer: `${fact}=${value}`,
      to: shown.step,
      ms: round(shown.shownAt - click),
      hoverBeforeClickMs: round(click - from),
      domMs: round(shown.domAt - click),
      answersPrefetchedBeforeClick: `${answers.filter((href) => fetched.has(href)).length}/${answers.length}`,
      clickedAnswerPrefetched: fetched.has(destination),
      requests: during.length,
      requestsForClickedStep: during.filter((r) => r.kind === 'page data for the clicked step').length,
      requestsOnClick: during,
      requestsAfter: requests.filter((r) => r.at > shown.domAt).length,
    });
  }
  await context.close();
  return { steps, stuck: network.stuck() };
}

/** `walks` walks of the same journey, each in a fresh browser context, summarised together. */
export async function measureStepChange(browser, baseUrl, journey, { throttled = false, walks = 1 } = {}) {
  const steps = [];
  const stuck = [];
  for (let i = 0; i < walks; i++) {
    const walk = await walkOnce(browser, baseUrl, journey, throttled);
    steps.push(...walk.steps);
    stuck.push(...walk.stuck);
  }
  const times = steps.map((s) => s.ms);
  return {
    journey: journey.name,
    throttling: throttled ? 'slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up), no CPU throttling' : 'none (no CPU or network throttling)',
    walks,
    clicks: steps.length,
    medianMs: round(median(times)),
    worstMs: round(Math.max(...times)),
    requestsOnClicks: steps.reduce((sum, s) => sum + s.requests, 0),
    clicksWithRequests: steps.filter((s) => s.requests > 0).length,
    clicksFetchingTheClickedStep: steps.filter((s) => s.requestsForClickedStep > 0).length,
    clickedAnswerPrefetched: steps.filter((s) => s.clickedAnswerPrefetched).length,
    // Requests that never finished (left out of the network-idle wait after 5 s).
    stuckRequests: stuck,
    steps,
  };
}
