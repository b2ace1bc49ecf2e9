import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Varnish: its built-in error page ("Error 503 Backend fetch failed", "Guru Meditation", "Varnish
 * cache server"). Varnish answers a backend it cannot use with 503, not 502. Fastly is built on
 * Varnish and has its own rules (fastly.ts): its page says "Guru Mediation".
 */

const BUILTIN = 'varnishcache/varnish-cache: bin/varnishd/builtin.vcl';

const page = { layer: 'reverse-proxy', vendor: 'varnish', responder: RESPONDER.page, weight: WEIGHT.page } as const;

export const varnishRules: Rule[] = [
  {
    ...page,
    id: 'varnish.backend-fetch-failed',
    anchors: ['Backend fetch failed'],
    pattern: /(?:Error (\d{3}) )?Backend fetch failed/,
    refine: (m) => (m[1] === '503' || !m[1] ? { facts: { proxy: 'other', statusCode: '503' } } : {}),
    meaning:
      "Varnish's own error page: Varnish could not fetch from its backend (down, refusing, too slow, or an invalid answer) and answered 503.",
    facts: { proxy: 'other' },
    source: BUILTIN,
  },
  {
    ...page,
    id: 'varnish.guru-meditation',
    anchors: ['Guru Meditation'],
    pattern: /Guru Meditation/,
    meaning: "Varnish's own error page (Guru Meditation): Varnish wrote this response.",
    facts: { proxy: 'other' },
    source: BUILTIN,
  },
  {
    id: 'varnish.via-header',
    anchors: [header('via')],
    pattern: headerPattern('via', '.*\\bvarnish\\b'),
    meaning: 'The response passed through Varnish (via: … varnish), your own or a CDN built on it such as Fastly.',
    weight: WEIGHT.header,
    source: 'https://varnish-cache.org/docs/trunk/reference/vcl-var.html',
  },
];
