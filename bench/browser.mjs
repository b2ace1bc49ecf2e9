// The Chromium the tests use (see playwright.config.ts), launched through Playwright.
import { chromium } from '@playwright/test';
import { CHROME_PATH } from '../scripts/ensure-chromium.mjs';

export { CHROME_PATH };

// As root Chromium needs --no-sandbox; the rest keep it off this machine's closed network, so the
// only requests it makes are the page's own.
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}

/**
 * `idle()` resolves once no request has started or finished for `quietMs`, counted from the call
 * at the earliest (so work about to start, such as a prefetch after a scroll, has its chance to).
 * A request still open after `stuckMs` no longer holds it up: it is set aside in `stuck()`, for
 * the report, rather than failing the run. Playwright's own "networkidle" only covers a page load.
 */
export function trackNetwork(page, { stuckMs = 5000 } = {}) {
  const inFlight = new Map();
  const stuck = new Set();
  let lastChange = Date.now();
  const settle = (request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('request', (request) => {
    inFlight.set(request, Date.now());
    lastChange = Date.now();
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return {
    stuck: () => [...stuck],
    async idle({ quietMs = 500, timeoutMs = 20_000 } = {}) {
      const called = Date.now();
      const deadline = called + timeoutMs;
      while (Date.now() < deadline) {
        for (const [request, started] of inFlight) {
          if (Date.now() - started < stuckMs) continue;
          stuck.add(request.url());
          inFlight.delete(request);
        }
        if (inFlight.size === 0 && Date.now() - Math.max(lastChange, called) >= quietMs) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    },
  };
}
