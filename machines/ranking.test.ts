import { describe, expect, it } from 'vitest';
import { causeAfterTries, MAX_CAUSES_TRIED, rankDiagnosis, stillPossible } from './ranking';

const vps = { role: 'owner', statusCode: '502', hosting: 'vps', cdn: 'none', loadBalancer: 'none', proxy: 'nginx', runtime: 'node' } as const;

describe('stillPossible', () => {
  it('narrows as the owner answers', () => {
    const before = stillPossible('errorSource', { ...vps, scope: 'everyone', pattern: 'constant', recentChange: 'none' });
    const after = stillPossible('serviceStatus', { ...vps, scope: 'everyone', pattern: 'constant', recentChange: 'none', errorSource: 'proxy', logSignal: 'connection-refused' });
    expect(after.length).toBeLessThan(before.length);
    expect(after.map((c) => c.id)).not.toContain('header-too-large');
  });

  it('puts what the facts point at first: a traffic spike ranks overload above configuration', () => {
    const ranked = stillPossible('recentChange', { ...vps, scope: 'everyone', pattern: 'intermittent', traffic: 'spike' }).map((c) => c.id);
    expect(ranked.indexOf('upstream-overloaded')).toBeLessThan(ranked.indexOf('proxy-config-error'));
  });

  it('a migration puts DNS near the top', () => {
    const ranked = stillPossible('errorSource', { ...vps, scope: 'everyone', pattern: 'constant', recentChange: 'migration' }).map((c) => c.id);
    expect(ranked.indexOf('dns-resolution')).toBeLessThan(5);
  });
});

describe('rankDiagnosis', () => {
  it('is sure when the evidence leaves one cause', () => {
    const ranked = rankDiagnosis('socket-or-permission', { ...vps, runtime: 'php-fpm', cms: 'none', scope: 'everyone', pattern: 'constant', recentChange: 'config', errorSource: 'proxy', logSignal: 'no-such-file' });
    expect(ranked).toEqual([{ id: 'socket-or-permission', likelihood: 'high', weight: expect.any(Number) }]);
  });

  it('is honest when "Not sure" was the answer throughout', () => {
    const ranked = rankDiagnosis('upstream-down', { role: 'owner', statusCode: '502' });
    expect(ranked[0].id).toBe('upstream-down');
    expect(ranked[0].likelihood).not.toBe('high');
    expect(ranked.length).toBeGreaterThan(10);
  });
});

describe('causeAfterTries', () => {
  const facts = { role: 'owner', statusCode: '502', hosting: 'vps' } as const;
  it('shows the diagnosis until a fix was tried', () => {
    expect(causeAfterTries('upstream-down', facts)).toEqual({ id: 'upstream-down', tried: [] });
  });
  it('moves to the next likely cause, then escalates', () => {
    const first = causeAfterTries('upstream-down', { ...facts, causesTried: '1' });
    expect(first.tried).toEqual(['upstream-down']);
    expect(first.id).not.toBe('upstream-down');
    const last = causeAfterTries('upstream-down', { ...facts, causesTried: String(MAX_CAUSES_TRIED) as '3' });
    expect(last.id).toBe('provider-infrastructure');
    expect(last.tried).toHaveLength(MAX_CAUSES_TRIED);
  });
  it('escalates at once when nothing else is possible', () => {
    const only = { ...vps, runtime: 'php-fpm', cms: 'none', scope: 'everyone', pattern: 'constant', recentChange: 'config', errorSource: 'proxy', logSignal: 'no-such-file', causesTried: '1' } as const;
    expect(causeAfterTries('socket-or-permission', only).id).toBe('provider-infrastructure');
  });
});
