// Server throughput under concurrent load (autocannon): how many step pages per second the app's
// server (as `npm start` runs it) answers on this machine, against the blank page on the same
// machine, so the ratio survives a change of hardware better than the raw figure does.
import autocannon from 'autocannon';

export const THROUGHPUT_BUDGET = 0.5; // × the blank page's requests per second, with no errors
const CONNECTIONS = 10;
const DURATION_S = 10;
const WARM_UP_S = 3;

/**
 * Every URL answers 200 without a redirect (a 307 would be counted as an error under load), and
 * each has been rendered once, so the measured run sees a warm server.
 */
export async function checkUrls(baseUrl, paths) {
  const problems = [];
  for (const path of paths) {
    const response = await fetch(baseUrl + path, { redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status !== 200) problems.push(`${path} → ${response.status}`);
  }
  return problems;
}

function load(baseUrl, paths, duration) {
  // One request whose path is picked at send time from a rotation shared by all connections, so
  // the load really spreads over every URL (autocannon's `requests` list restarts per connection).
  let next = 0;
  const requests = [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }];
  return autocannon({ url: baseUrl, connections: CONNECTIONS, duration, requests, headers: { 'accept-encoding': 'gzip' } });
}

/** Requests per second over `paths` in rotation: a short warm-up, then the measured run. */
export async function measureThroughput(baseUrl, paths) {
  await load(baseUrl, paths, WARM_UP_S);
  const result = await load(baseUrl, paths, DURATION_S);
  return {
    urls: paths.length,
    connections: CONNECTIONS,
    durationS: DURATION_S,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    requests: result.requests.total,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    // autocannon's `errors` are socket errors, timeouts included.
    errors: result.errors + result.non2xx,
    detail: { non2xx: result.non2xx, socketErrors: result.errors, ofWhichTimeouts: result.timeouts },
  };
}
