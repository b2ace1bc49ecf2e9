import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { currentStep, expectAccessible } from './helpers';

// The site check ("Check it now", "Check my site") against a server on loopback that answers like
// nginx with its upstream down. The test server must run with PROBE_ALLOW_PRIVATE=1 (test only:
// it lets the check reach 127.0.0.1 and any port; see lib/probe/README.md).

const VISITOR = '/diagnose?role=visitor&statusCode=502&device=desktop&os=linux&browser=chrome&refresh=not-fixed';
const OWNER =
  '/diagnose?role=owner&statusCode=502&hosting=vps&cdn=none&loadBalancer=none&proxy=nginx&runtime=node&scope=everyone&pattern=constant&recentChange=none';

const NGINX_502_PAGE = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.22.1</center>
</body>
</html>
`;

let server: Server;
let site = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') {
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(req.method === 'HEAD' ? undefined : 'fine\n');
      return;
    }
    // A header a hostile site could send: it must be shown as text, never run.
    const markup = req.url === '/markup' ? { 'X-Note': '<img src=x onerror="window.pwned=1">' } : {};
    res
      .writeHead(502, { Server: 'nginx/1.22.1', 'Content-Type': 'text/html', ...markup })
      .end(req.method === 'HEAD' ? undefined : NGINX_502_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  site = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

test.describe('the visitor’s "Check it now"', () => {
  test('a 502 from our server: down for everyone, and the answer is a link @phone', async ({ page }) => {
    await page.goto(VISITOR);
    expect((await currentStep(page)).id).toBe('downForEveryone');
    await page.getByLabel('Site address').fill(`http://${site}/`);
    await page.getByRole('button', { name: 'Check it now' }).click();
    const heading = page.getByRole('heading', { name: 'It is down for others too' });
    await expect(heading).toBeFocused();
    await expect(page.getByText(`From our server, ${site} answered 502 Bad Gateway: it is down for others too.`)).toBeVisible();
    await page.getByRole('link', { name: 'Continue: it is down for everyone' }).click();
    await expect(page).toHaveURL(/downForEveryone=yes/);
    await expect(page).toHaveURL(/refresh=not-fixed/);
    expect((await currentStep(page)).id).not.toBe('downForEveryone');
  });

  test('a site that answers: it works for others, "no" offered first', async ({ page }) => {
    await page.goto(VISITOR);
    await page.getByLabel('Site address').fill(`http://${site}/ok`);
    await page.getByRole('button', { name: 'Check it now' }).click();
    await expect(page.getByRole('heading', { name: 'It works for others' })).toBeFocused();
    await expect(page.getByText(`answered 200 OK: it works for others`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Continue: it works for others' }).click();
    await expect(page).toHaveURL(/downForEveryone=no/);
  });

  test('a refused address gets the API’s reason, as text', async ({ page }) => {
    await page.goto(VISITOR);
    const input = page.getByLabel('Site address');
    await input.fill('file:///etc/passwd');
    await page.getByRole('button', { name: 'Check it now' }).click();
    await expect(page.getByRole('status')).toContainText(
      'We will not check that address: only http and https addresses can be checked, not file:.',
    );
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await input.fill('');
    await page.getByRole('button', { name: 'Check it now' }).click();
    await expect(page.getByRole('status')).toContainText('Type the site’s address first');
  });
});

test.describe('the owner’s "Check my site"', () => {
  test('shows who answered, the timings and the headers, and continues with the verdict', async ({ page }) => {
    await page.goto(OWNER);
    expect((await currentStep(page)).id).toBe('errorSource');
    await page.getByLabel('Site address').fill(`http://${site}/`);
    await page.getByRole('button', { name: 'Check my site' }).click();
    await expect(page.getByRole('heading', { name: 'nginx (the reverse proxy) answered 502 Bad Gateway' })).toBeFocused();
    const timings = page.getByRole('table', { name: 'Timings, from our server' });
    await expect(timings).toContainText('First byte');
    await expect(timings).toContainText(' ms');
    const headers = page.getByRole('table', { name: 'Response headers' });
    await expect(headers.getByRole('row').filter({ hasText: 'Server' })).toContainText('nginx/1.22.1');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Continue with these answers', exact: true }).click();
    await expect(page).toHaveURL(/errorSource=proxy/);
    // The person's own answers are kept.
    await expect(page).toHaveURL(/runtime=node/);
    await expect(page).toHaveURL(/recentChange=none/);
    expect((await currentStep(page)).id).not.toBe('errorSource');
  });

  test('headers a site sends are shown as text, never run', async ({ page }) => {
    await page.goto(OWNER);
    await page.getByLabel('Site address').fill(`http://${site}/markup`);
    await page.getByRole('button', { name: 'Check my site' }).click();
    await expect(page.getByRole('table', { name: 'Response headers' })).toContainText('<img src=x onerror="window.pwned=1">');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });
});

test.describe('the site check without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('renders nothing (no dead button); the question is answered by hand', async ({ page }) => {
    await page.goto(VISITOR);
    await expect(page.getByRole('button', { name: 'Check it now' })).toHaveCount(0);
    await expect(page.getByLabel('Site address')).toHaveCount(0);
    await page.locator('[data-fact="downForEveryone"] [data-value="yes"]').click();
    await expect(page).toHaveURL(/downForEveryone=yes/);
  });
});

test.describe('POST /api/probe', () => {
  test('reads the loopback nginx 502: status, headers, timings, verdict', async ({ request }) => {
    const response = await request.post('/api/probe', { data: { url: `http://${site}/` } });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({
      kind: 'result',
      status: 502,
      statusText: 'Bad Gateway',
      finalUrl: `http://${site}/`,
      failure: null,
      verdict: { layer: 'reverse-proxy', vendor: 'nginx', facts: { statusCode: '502', errorSource: 'proxy', proxy: 'nginx' } },
    });
    expect(body.headers).toContainEqual(['Server', 'nginx/1.22.1']);
    expect(typeof body.timings.connectMs).toBe('number');
    expect(typeof body.timings.firstByteMs).toBe('number');
  });

  const refused: [string, string, RegExp][] = [
    ['a file: URL', 'file:///etc/passwd', /only http and https/],
    ['a gopher: URL', 'gopher://127.0.0.1:70/_x', /only http and https/],
    ['credentials in the URL', 'http://user:secret@example.com/', /user name or password/],
    ['not an address at all', 'http://exa mple.com/', /not a web address/],
  ];
  for (const [name, url, reason] of refused) {
    test(`refuses ${name}: 400 with the reason`, async ({ request }) => {
      const response = await request.post('/api/probe', { data: { url } });
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.error).toMatch(/^We will not check that address: /);
      expect(body.error).toMatch(reason);
      expect(body.refused.reason).toBeTruthy();
    });
  }

  const bad: [string, string, string, number, RegExp][] = [
    ['a text body', 'text/plain', 'https://example.com', 415, /application\/json/],
    ['broken JSON', 'application/json', '{"url": ', 400, /not valid JSON/],
    ['a number for url', 'application/json', '{"url": 5}', 400, /must be a string/],
    ['an extra field', 'application/json', '{"url": "https://example.com", "x": 1}', 400, /Unexpected field/],
  ];
  for (const [name, type, body, status, message] of bad) {
    test(`${name}: ${status}`, async ({ request }) => {
      const response = await request.post('/api/probe', { headers: { 'content-type': type }, data: Buffer.from(body) });
      expect(response.status()).toBe(status);
      expect((await response.json()).error).toMatch(message);
    });
  }
});
