import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Akamai. Its own error pages are short and carry "Reference #N.hex.time.hex"; the number before the
 * first dot is Akamai's error class, decoded by Edge Diagnostics ("Translate error string").
 * Akamai's 502 page reuses Apache's wording ("The proxy server received an invalid response…"),
 * so the reference outranks that wording.
 */

const TRANSLATE = 'https://techdocs.akamai.com/edge-diagnostics/docs/translate-error-string';

export const akamaiRules: Rule[] = [
  {
    id: 'akamai.reference',
    anchors: ['Reference #', 'Reference&#32;&#35;'],
    pattern: /Reference(?: #|&#32;&#35;)(\d+)(?:\.|&#46;)[0-9a-f]+/i,
    refine: (m) => ({
      meaning: `Akamai's own error page (Reference #${m[1]}…): Akamai made this error at its edge. Decode the reference with Edge Diagnostics to see why (origin connection, DNS, TLS or timeout).`,
    }),
    meaning: "Akamai's own error page: Akamai made this error at its edge.",
    layer: 'cdn',
    vendor: 'akamai',
    responder: RESPONDER.page + 5,
    weight: WEIGHT.page,
    facts: { cdn: 'akamai' },
    source: TRANSLATE,
  },
  {
    id: 'akamai.server-header',
    anchors: [header('server')],
    pattern: headerPattern('server', 'AkamaiGHost\\b'),
    meaning: "server: AkamaiGHost: Akamai's edge served this response.",
    layer: 'cdn',
    vendor: 'akamai',
    responder: RESPONDER.serverHeader,
    weight: WEIGHT.header,
    facts: { cdn: 'akamai' },
    source: TRANSLATE,
  },
  {
    id: 'akamai.header',
    anchors: [header('akamai-grn'), header('x-cache')],
    pattern: /^(?:< )?(?:akamai-grn:|x-cache:.*akamaitechnologies\.com)/i,
    meaning: 'Akamai is in front of the site (akamai-grn, or x-cache … akamaitechnologies.com).',
    weight: WEIGHT.header,
    facts: { cdn: 'akamai' },
    source: 'https://techdocs.akamai.com/property-mgr/docs/pragma-headers',
  },
];
