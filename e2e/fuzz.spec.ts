import { request as httpRequest } from 'node:http';
import { type APIRequestContext, expect, test } from '@playwright/test';
import * as fc from 'fast-check';
import { MAX_URL_LENGTH, parseTarget, vetUrl } from '../lib/probe/target';
import { CAUSE_IDS } from '../machines/causes';
import { FACT_KEYS, FACT_VALUES, type FactKey, UNKNOWN } from '../machines/facts';
import { PAYLOADS } from './pages';

// Issue 7, hardening: property-based checks with fast-check against the production server. Fixed
// seed, so a failure is the same failure on every machine (and fast-check prints the shrunk
// counterexample with the seed and path to replay it).
const SEED = 42;

/** Runs a property, prints how many runs it made, and fails with fast-check's report. */
async function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number) {
  const started = Date.now();
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), { seed: SEED, numRuns });
  console.log(
    `${name}: ${details.numRuns} runs${details.numShrinks ? `, ${details.numShrinks} shrinks` : ''} in ${Date.now() - started} ms`,
  );
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${fc.defaultReportMessage(details) ?? `${name} failed`}\n\nThe counterexample failed with:\n${cause}`);
  }
}

// ————— Pieces of input —————

/** encodeURIComponent that takes lone surrogates too (it throws on them). */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `${encodeURIComponent(text.toWellFormed())}%ED%A0%80`;
  }
}

const junk = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
/** A long string, cheap to make: a short piece repeated up to a length. */
const long = (min: number, max: number) =>
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom('a', 'é', '😀', '<', '%'),
        junk.filter((s) => s.length > 0),
      ),
      fc.integer({ min, max }),
    )
    .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));
const PROTO = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', '__lookupGetter__'];
const ALL_VALUES = [...new Set([...Object.values(FACT_VALUES).flat(), UNKNOWN])];
const VIEW_VALUES: Record<string, string[]> = {
  mode: ['support', 'Support', 'x'],
  theme: ['light', 'dark', 'blue'],
  accent: ['ff9900', 'FF9900', '#ff9900', 'ff99', 'zzzzzz'],
  origin: [
    'https://help.example.com',
    'http://127.0.0.2:8080',
    'https://help.example.com/path',
    'javascript:alert(1)',
    'null',
    'data:text/html,<script>alert(1)</script>',
  ],
};
const PERCENT_JUNK = [
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '%00',
  '%FF%FE',
  '%2',
  '%u003c',
  '%25',
  '%0d%0aSet-Cookie:%20x=1',
  '%0aLocation:%20https://evil.example',
];

const queryKey = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FACT_KEYS) },
  // A few keys often, so repeats happen.
  { weight: 3, arbitrary: fc.constantFrom('role', 'statusCode', 'hosting', 'device', 'os', 'browser') },
  { weight: 2, arbitrary: fc.constantFrom(...Object.keys(VIEW_VALUES)) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO) },
  { weight: 1, arbitrary: fc.mixedCase(fc.constantFrom(...FACT_KEYS)) },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS) },
);
const queryValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ALL_VALUES) },
  { weight: 2, arbitrary: fc.constantFrom(...Object.values(VIEW_VALUES).flat()) },
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: junk },
  { weight: 1, arbitrary: fc.constantFrom('', ...PROTO) },
  { weight: 1, arbitrary: long(256, 3000) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...ALL_VALUES), fc.constantFrom(...PAYLOADS)).map(([value, payload]) => value + payload),
  },
);
const pair = fc
  .record({
    key: queryKey,
    value: queryValue,
    form: fc.constantFrom('encoded', 'encoded', 'encoded', 'raw', 'double', 'bare', 'plus', 'junk-percent'),
    percent: fc.constantFrom(...PERCENT_JUNK),
  })
  .map(({ key, value, form, percent }) => {
    switch (form) {
      case 'raw':
        return `${key}=${value}`;
      case 'double':
        return `${encode(encode(key))}=${encode(encode(value))}`;
      case 'bare':
        return encode(key);
      case 'plus':
        return `${encode(key)}=${encode(value).replace(/%20/g, '+')}`;
      case 'junk-percent':
        return `${encode(key)}=${encode(value)}${percent}`;
      default:
        return `${encode(key)}=${encode(value)}`;
    }
  });
const query = fc
  .tuple(fc.array(pair, { maxLength: 12 }), fc.constantFrom('&', '&', '&', ';', '&&'))
  .map(([pairs, separator]) => pairs.join(separator));

// ————— Pages —————

// app/_lib/view.ts keeps theme and accent on the site too (only origin is the embed's alone).
const VIEW_KEYS: Record<string, string[]> = { '/diagnose': ['mode', 'theme', 'accent'], '/embed': ['mode', 'theme', 'accent', 'origin'] };

/** GETs a URL, following redirects by hand so every hop is checked: returns the last answer. */
async function getFollowing(request: APIRequestContext, baseURL: string, first: string, path: string) {
  let url = first;
  for (let hop = 0; hop < 5; hop++) {
    const response = await request.get(url, { maxRedirects: 0 });
    const status = response.status();
    expect(status, `${url} must not fail on the server`).toBeLessThan(500);
    expect(response.headers()['set-cookie'], url).toBeUndefined();
    if (status < 300 || status >= 400) return { response, url };
    // Redirects stay on this site and this page: no open redirect, no header injection.
    const location = new URL(response.headers().location ?? '', new URL(url, baseURL));
    expect(location.origin, `redirect from ${url}`).toBe(new URL(baseURL).origin);
    expect(location.pathname, `redirect from ${url}`).toBe(path);
    url = location.href;
  }
  throw new Error(`more than 4 redirects from ${first}`);
}

/** What an answered page must never hold: any payload as it was sent (unescaped). */
function expectNoPayload(html: string, where: string) {
  for (const payload of PAYLOADS) expect(html.includes(payload), `${where} holds ${JSON.stringify(payload)} unescaped`).toBe(false);
  expect(html, where).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
}

for (const [path, numRuns] of [
  ['/diagnose', 120],
  ['/embed', 100],
] as const) {
  test(`random ${path} queries: never a server error, junk dropped, nothing injected`, async ({ request, baseURL }) => {
    test.setTimeout(120_000);
    const statuses: Record<number, number> = {};
    await check(
      path,
      query,
      async (q) => {
        const { response, url } = await getFollowing(request, baseURL!, `${path}?${q}`, path);
        statuses[response.status()] = (statuses[response.status()] ?? 0) + 1;
        if (response.status() !== 200) {
          // Only a request too large for the server to read may be refused.
          expect([400, 414, 431], url).toContain(response.status());
          return;
        }
        const html = await response.text();
        expect(html, url).toContain('data-step="');
        expectNoPayload(html, url);
        // The page answered is the canonical one: facts and this view's own parameters only.
        const allowed = new Set<string>([...FACT_KEYS, ...VIEW_KEYS[path]]);
        for (const key of new URL(url, baseURL).searchParams.keys()) expect(allowed.has(key), `${url} keeps "${key}"`).toBe(true);
      },
      numRuns,
    );
    console.log(`${path} final statuses: ${JSON.stringify(statuses)}`);
  });
}

test('random /causes/<id>: a page or a 404, never a server error', async ({ request, baseURL }) => {
  const STEP_IDS = ['role', 'hosting', 'logSignal', 'status-500', 'status-504', 'statusCode'];
  const segment = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...CAUSE_IDS) },
    { weight: 2, arbitrary: fc.constantFrom(...STEP_IDS, ...PROTO) },
    { weight: 1, arbitrary: fc.mixedCase(fc.constantFrom(...CAUSE_IDS)) },
    { weight: 2, arbitrary: junk.filter((s) => s.length > 0) },
    { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS) },
    { weight: 1, arbitrary: long(256, 2000) },
  );
  // "." and ".." are path steps, not ids: the URL parser resolves them before anything is sent.
  const pathOf = (id: string) => new URL(`/causes/${encode(id)}`, baseURL).pathname;
  await check(
    '/causes/<id>',
    segment.filter((id) => pathOf(id).startsWith('/causes/') && pathOf(id).length > '/causes/'.length),
    async (id) => {
      const { response, url } = await getFollowing(request, baseURL!, pathOf(id), pathOf(id));
      expect([200, 404], url).toContain(response.status());
      if (response.status() === 200) expect((CAUSE_IDS as string[]).includes(id), `${url} is a page`).toBe(true);
      expectNoPayload(await response.text(), url);
    },
    60,
  );
});

// ————— The JSON API —————

type Body = { bytes: Uint8Array; contentType?: string; label: string };
type Answer = { status: number; type: string; json: Record<string, unknown> | null; text: string; setCookie: string | null };

/** Posts raw bytes with exactly the Content-Type given (none if undefined). */
async function post(baseURL: string, path: string, body: Body): Promise<Answer> {
  const response = await fetch(new URL(path, baseURL), {
    method: 'POST',
    body: body.bytes as Uint8Array<ArrayBuffer>,
    headers: body.contentType ? { 'content-type': body.contentType } : {},
  });
  const text = await response.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    json,
    text,
    setCookie: response.headers.get('set-cookie'),
  };
}

/** Never a 5xx; always JSON; anything but a 200 says what is wrong in `error`. */
function expectJsonAnswer(answer: Answer, body: Body) {
  const where = `${body.label} → ${answer.status} ${answer.text.slice(0, 300)}`;
  expect(answer.status, where).toBeLessThan(500);
  expect(answer.type, where).toMatch(/^application\/json/);
  expect(answer.json, where).not.toBeNull();
  expect(answer.setCookie, where).toBeNull();
  if (answer.status !== 200) {
    expect([400, 413, 415], where).toContain(answer.status);
    expect(typeof answer.json?.error === 'string' && answer.json.error.length > 0, where).toBe(true);
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const jsonBody = (value: unknown, label = 'json') => ({ text: JSON.stringify(value), label });

const contentType = fc.oneof(
  { weight: 10, arbitrary: fc.constant<string | undefined>('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom<string | undefined>(
      'application/json; charset=utf-8',
      'application/vnd.api+json',
      'APPLICATION/JSON',
      'application/problem+json',
      undefined,
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom<string | undefined>(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      'text/json',
      'application/octet-stream',
    ),
  },
);
const anyJson = fc.jsonValue({ maxDepth: 4 });
const huge = long(10_000, 400_000);
const deep = fc.integer({ min: 100, max: 100_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);
/** Bodies any API gets: random JSON text, random values, bytes that are not JSON, deep nesting. */
const shapeless = fc.oneof(
  fc.json({ maxDepth: 4 }).map((text) => ({ text, label: 'fc.json' })),
  anyJson.map((value) => jsonBody(value, 'value')),
  fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ bytes, label: 'bytes' })),
  deep.map((text) => ({ text, label: 'deep array' })),
  fc
    .constantFrom('', ' ', 'null', '[]', '"facts"', '{', '{"a":1,}', '\uFEFF{}', '{"a":"\\ud800"}')
    .map((text) => ({ text, label: 'edge' })),
);
const withType = (arbitrary: fc.Arbitrary<{ text?: string; bytes?: Uint8Array; label: string }>) =>
  fc.tuple(arbitrary, contentType).map(
    ([b, type]): Body => ({
      bytes: b.bytes ?? utf8(b.text ?? ''),
      contentType: type,
      label: `${b.label} as ${type ?? '(no type)'}: ${(b.text ?? `${b.bytes?.length} bytes`).slice(0, 200)}`,
    }),
  );

/** Prototype keys and duplicate keys, which JSON.stringify cannot write: JSON text by hand. */
const protoText = fc
  .tuple(
    fc.constantFrom(...PROTO),
    fc.constantFrom('"owner"', '{"role":"owner"}', '{"facts":{}}', '{"text":"x"}', '{"url":"gopher://x"}', 'null', '[]'),
    fc.constantFrom('facts', 'text', 'url', 'top'),
  )
  .map(([key, value, where]) => ({ text: where === 'top' ? `{"${key}":${value}}` : `{"${where}":{"${key}":${value}}}`, label: 'proto' }));

test('POST /api/diagnose with random bodies: a diagnosis or a clear 4xx', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const factKey = fc.constantFrom(...FACT_KEYS);
  const validFacts = fc
    .uniqueArray(factKey, { maxLength: 20 })
    .chain((keys) =>
      fc
        .tuple(...keys.map((key) => fc.constantFrom(...FACT_VALUES[key as FactKey], UNKNOWN)))
        .map((values) => Object.fromEntries(keys.map((key, i) => [key, values[i]]))),
    );
  const oddFacts = fc.dictionary(
    fc.oneof(factKey, fc.constantFrom(...PROTO), junk),
    fc.oneof(fc.constantFrom(...ALL_VALUES), anyJson, fc.constantFrom(...PAYLOADS)),
    { maxKeys: 8 },
  );
  const body = withType(
    fc.oneof(
      { weight: 3, arbitrary: validFacts.map((facts) => jsonBody({ facts }, 'valid facts')) },
      { weight: 3, arbitrary: oddFacts.map((facts) => jsonBody({ facts }, 'odd facts')) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(validFacts, fc.string(), anyJson)
          .map(([facts, key, extra]) => jsonBody({ facts, [key || 'x']: extra }, 'extra field')),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.constantFrom(...FACT_KEYS), huge).map(([key, value]) => jsonBody({ facts: { [key]: value } }, 'huge value')),
      },
      { weight: 1, arbitrary: anyJson.map((facts) => jsonBody({ facts }, 'facts any')) },
      { weight: 1, arbitrary: protoText },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('{"facts":{"role":"owner","role":"admin"}}', '{"facts":{"role":"admin","role":"owner"}}', '{"facts":{},"facts":[]}')
          .map((text) => ({ text, label: 'duplicate keys' })),
      },
      { weight: 3, arbitrary: shapeless },
    ),
  );
  await check(
    'POST /api/diagnose',
    body,
    async (b) => {
      const answer = await post(baseURL!, '/api/diagnose', b);
      expectJsonAnswer(answer, b);
      if (answer.status === 200) {
        const { outcome, causes, path, questionsAsked } = answer.json as {
          outcome: string;
          causes: unknown[];
          path: string[];
          questionsAsked: number;
        };
        expect(typeof outcome, b.label).toBe('string');
        expect(Array.isArray(causes), b.label).toBe(true);
        expect(path.at(-1), b.label).toBe(outcome);
        expect(questionsAsked, b.label).toBe(path.length - 1);
      }
      // Vocabulary facts sent as JSON are always understood.
      if (b.label.startsWith('valid facts as application/json:')) expect(answer.status, b.label).toBe(200);
    },
    150,
  );
});

test('POST /api/analyze with random bodies: a verdict or a clear 4xx', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const evidence = fc.oneof(
    junk,
    huge,
    fc.constantFrom(...PAYLOADS),
    fc
      .tuple(
        fc.constantFrom(
          'HTTP/1.1 502 Bad Gateway\nServer: ',
          'upstream: "',
          '<title>502 Bad Gateway</title>',
          '[error] 1#1: *1 connect() failed (',
        ),
        fc.constantFrom(...PAYLOADS, ...PROTO),
        junk,
      )
      .map((parts) => parts.join('')),
  );
  const body = withType(
    fc.oneof(
      { weight: 4, arbitrary: evidence.map((text) => jsonBody({ text }, 'text')) },
      { weight: 1, arbitrary: anyJson.map((text) => jsonBody({ text }, 'text any')) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(evidence, fc.string(), anyJson)
          .map(([text, key, extra]) => jsonBody({ text, [key || 'x']: extra }, 'extra field')),
      },
      { weight: 1, arbitrary: protoText },
      { weight: 3, arbitrary: shapeless },
    ),
  );
  await check(
    'POST /api/analyze',
    body,
    async (b) => {
      const answer = await post(baseURL!, '/api/analyze', b);
      expectJsonAnswer(answer, b);
      if (answer.status === 200) {
        expect(typeof answer.json?.recognised, b.label).toBe('boolean');
        expect(Array.isArray(answer.json?.signals), b.label).toBe(true);
      }
    },
    150,
  );
});

/**
 * Whether the probe would go out to the network for this body: the API's own checks in its own
 * order (lib/probe/api.ts), with the address rules that PROBE_ALLOW_PRIVATE=1 leaves (scheme and
 * credentials). Every body sent below is first proven to be refused before any connection.
 */
function reachesNetwork({ bytes, contentType: type }: Body): boolean {
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) return false;
  if (bytes.byteLength > 8 * 1024) return false;
  const text = Buffer.from(bytes).toString('utf8');
  if (!text.trim()) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  if (Object.keys(value).some((key) => key !== 'url')) return false;
  const url = (value as { url?: unknown }).url;
  if (typeof url !== 'string' || !url.trim() || url.length > MAX_URL_LENGTH) return false;
  const parsed = parseTarget(url);
  return parsed.ok && vetUrl(parsed.url, { allowPrivate: true }).ok;
}

test('POST /api/probe with random bodies: refused with a clear 4xx before any connection', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const refusedUrl = fc.oneof(
    fc.constantFrom(
      'file:///etc/passwd',
      'gopher://x',
      'gopher://127.0.0.1:6379/_INFO',
      'ftp://example.com/',
      'http://user:pw@example.com/',
      'https://user@example.com/',
      'http://:pw@example.com/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ws://example.com/',
      'dict://127.0.0.1:11211/',
      'http://[::1',
      '',
      '   ',
    ),
    fc
      .tuple(fc.constantFrom('gopher://', 'ftp://', 'file://', 'FILE:///', 'ldap://', 'ssh://', 'jar:', 'blob:', 'javascript:'), junk)
      .map(([scheme, rest]) => scheme + rest),
    fc
      .tuple(fc.constantFrom('http://', 'https://', 'HTTP://'), fc.string({ minLength: 1 }), fc.string(), fc.domain())
      .map(([scheme, user, password, host]) => `${scheme}${encode(user)}:${encode(password)}@${host}/`),
    long(MAX_URL_LENGTH + 1, 6000),
  );
  const body = withType(
    fc.oneof(
      { weight: 4, arbitrary: refusedUrl.map((url) => jsonBody({ url }, 'refused url')) },
      { weight: 2, arbitrary: anyJson.filter((v) => typeof v !== 'string').map((url) => jsonBody({ url }, 'url not a string')) },
      {
        weight: 1,
        arbitrary: fc
          .dictionary(
            fc.string().filter((k) => k !== 'url'),
            anyJson,
            { maxKeys: 4 },
          )
          .map((value) => jsonBody(value, 'no url')),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.string(),
            fc.string().filter((k) => k !== 'url'),
            anyJson,
          )
          .map(([url, key, extra]) => jsonBody({ url, [key]: extra }, 'extra field')),
      },
      { weight: 1, arbitrary: huge.map((url) => jsonBody({ url }, 'huge url')) },
      { weight: 1, arbitrary: protoText },
      { weight: 3, arbitrary: shapeless },
    ),
  ).filter((b) => !reachesNetwork(b));
  await check(
    'POST /api/probe',
    body,
    async (b) => {
      expect(reachesNetwork(b)).toBe(false);
      const answer = await post(baseURL!, '/api/probe', b);
      expectJsonAnswer(answer, b);
      expect([400, 413, 415], b.label).toContain(answer.status);
    },
    200,
  );
});

// ————— Bodies too big to read —————

/** Streams a body without Content-Length (chunked), so only the server's own count can stop it. */
function postChunked(baseURL: string, path: string, totalBytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(path, baseURL),
      { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
      },
    );
    // Once the server has answered it may stop reading: a broken pipe after that is expected.
    req.on('error', (error) => reject(error));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    req.write('{"text":"');
    const pump = () => {
      while (sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end('"}');
    };
    pump();
  });
}

const MB = 1024 * 1024;
// /api/analyze reads up to 16 MiB on purpose (a whole day's log, docs/api.md): its "too big" is 17 MB.
const TOO_BIG: [string, number][] = [
  ['/api/diagnose', 10 * MB],
  ['/api/probe', 10 * MB],
  ['/api/analyze', 17 * MB],
];

for (const [path, size] of TOO_BIG) {
  test(`${path}: a ${size / MB} MB body is a 413 with a JSON error, with or without Content-Length, and the server keeps answering`, async ({
    request,
    baseURL,
  }) => {
    const declared = await request.post(path, {
      headers: { 'content-type': 'application/json' },
      data: Buffer.from(JSON.stringify({ text: 'x'.repeat(size) })),
    });
    expect(declared.status()).toBe(413);
    expect(typeof (await declared.json()).error).toBe('string');

    const chunked = await postChunked(baseURL!, path, size);
    expect(chunked.status).toBe(413);
    expect(typeof JSON.parse(chunked.body).error).toBe('string');

    expect((await request.post('/api/diagnose', { data: { facts: { role: 'owner' } } })).status()).toBe(200);
    expect((await request.get('/')).status()).toBe(200);
  });
}

test('/api/analyze: a 10 MB body that is not JSON is a 400 with a JSON error', async ({ request }) => {
  const response = await request.post('/api/analyze', {
    headers: { 'content-type': 'application/json' },
    data: Buffer.from(`{"text": ${'x'.repeat(10 * MB)}`),
  });
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toMatch(/not valid JSON/);
  expect((await request.post('/api/analyze', { data: { text: 'HTTP/1.1 502 Bad Gateway\nServer: nginx\n' } })).status()).toBe(200);
});
