import { expect, test } from '@playwright/test';

test.describe('POST /api/diagnose', () => {
  test('a visitor whose refresh failed and who sees it down for everyone: site-outage', async ({ request }) => {
    const response = await request.post('/api/diagnose', {
      data: { facts: { role: 'visitor', statusCode: '502', refresh: 'not-fixed', downForEveryone: 'yes' } },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ outcome: 'site-outage', path: ['role', 'statusCode', 'refresh', 'downForEveryone', 'site-outage'], questionsAsked: 4 });
    expect(body.causes[0]).toEqual({ id: 'site-outage', likelihood: 'high' });
  });

  test('nginx + php-fpm with "No such file" in the log: socket-or-permission, ranked', async ({ request }) => {
    const response = await request.post('/api/diagnose', {
      data: { facts: { role: 'owner', hosting: 'vps', proxy: 'nginx', runtime: 'php-fpm', logSignal: 'no-such-file' } },
    });
    const body = await response.json();
    expect(body.outcome).toBe('socket-or-permission');
    expect(body.causes[0].id).toBe('socket-or-permission');
    expect(body.causes.every((c: { likelihood: string }) => ['high', 'medium', 'low'].includes(c.likelihood))).toBe(true);
    expect(body.questionsAsked).toBe(body.path.length - 1);
  });

  const bad: [string, string, string, number, RegExp][] = [
    ['broken JSON', 'application/json', '{oops', 400, /not valid JSON/],
    ['an empty body', 'application/json', '', 400, /empty/],
    ['an array', 'application/json', '[]', 400, /JSON object/],
    ['no facts', 'application/json', '{}', 400, /Missing "facts"/],
    ['facts as a string', 'application/json', '{"facts":"role=owner"}', 400, /must be an object/],
    ['an unknown fact', 'application/json', '{"facts":{"hostingg":"vps"}}', 400, /hostingg is not a known fact key/],
    ['a value outside the vocabulary', 'application/json', '{"facts":{"role":"admin"}}', 400, /role must be one of: visitor, owner, unknown/],
    ['an extra field', 'application/json', '{"facts":{},"debug":true}', 400, /Unexpected field/],
    ['form data', 'application/x-www-form-urlencoded', 'role=owner', 415, /JSON/],
  ];
  for (const [name, type, body, status, message] of bad) {
    test(`${name}: ${status} with a clear message`, async ({ request }) => {
      const response = await request.post('/api/diagnose', { headers: { 'content-type': type }, data: Buffer.from(body) });
      expect(response.status()).toBe(status);
      expect((await response.json()).error).toMatch(message);
    });
  }

  test('a 10 MB body: 413, and the server keeps answering', async ({ request }) => {
    const response = await request.post('/api/diagnose', {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ facts: {}, pad: 'x'.repeat(10 * 1024 * 1024) }),
    });
    expect(response.status()).toBe(413);
    expect((await request.post('/api/diagnose', { data: { facts: {} } })).status()).toBe(200);
  });
});
