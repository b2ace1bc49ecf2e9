import { describe, expect, it } from 'vitest';
import { stackLayers, suspectedHandoff } from './stack';

describe('stackLayers', () => {
  it('has only the layers the owner has', () => {
    expect(stackLayers({ hosting: 'vps', cdn: 'cloudflare', loadBalancer: 'none', proxy: 'nginx' })).toEqual(['browser', 'cdn', 'reverse-proxy', 'application']);
    expect(stackLayers({ hosting: 'vps', cdn: 'none', loadBalancer: 'aws-alb', proxy: 'none' })).toEqual(['browser', 'load-balancer', 'application']);
    expect(stackLayers({ hosting: 'paas', cdn: 'fastly' })).toEqual(['browser', 'cdn', 'platform', 'application']);
    expect(stackLayers({ hosting: 'shared' })).toEqual(['browser', 'reverse-proxy', 'application']);
    expect(stackLayers({ hosting: 'unknown', cdn: 'unknown', proxy: 'unknown' })).toEqual(['browser', 'application']);
  });
});

describe('suspectedHandoff', () => {
  const edge = { hosting: 'vps', cdn: 'cloudflare', loadBalancer: 'aws-alb', proxy: 'nginx' } as const;
  it('marks the handoff behind the layer that returned the 502, for handoff causes', () => {
    expect(suspectedHandoff('firewall-block', { ...edge, errorSource: 'cdn' })).toBe('cdn');
    expect(suspectedHandoff('tls-mismatch', { ...edge, errorSource: 'load-balancer' })).toBe('load-balancer');
  });
  it('marks the last handoff for causes in the upstream', () => {
    expect(suspectedHandoff('upstream-down', { ...edge, errorSource: 'cdn' })).toBe('reverse-proxy');
    expect(suspectedHandoff('socket-or-permission', { hosting: 'vps', proxy: 'nginx' })).toBe('reverse-proxy');
  });
  it('marks the visitor’s own link for visitor causes, and nothing for redirect outcomes', () => {
    expect(suspectedHandoff('local-dns', edge)).toBe('browser');
    expect(suspectedHandoff('status-504', edge)).toBeUndefined();
  });
});
