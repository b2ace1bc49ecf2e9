import type { OutcomeId } from './causes';
import { CAUSE_BUCKETS, isCauseId } from './causes';
import type { Facts } from './facts';

/** The layers a request crosses, browser first, application last. */
export type Layer = 'browser' | 'cdn' | 'load-balancer' | 'reverse-proxy' | 'platform' | 'application';

const present = (value: string | undefined) => value !== undefined && value !== 'none' && value !== 'unknown';

/** The owner's own request chain: only the layers their answers say they have. */
export function stackLayers(facts: Facts): Layer[] {
  const layers: Layer[] = ['browser'];
  if (present(facts.cdn)) layers.push('cdn');
  if (present(facts.loadBalancer)) layers.push('load-balancer');
  if (facts.hosting === 'paas' || facts.hosting === 'serverless') layers.push('platform');
  else if (present(facts.proxy) || facts.hosting === 'shared') layers.push('reverse-proxy');
  layers.push('application');
  return layers;
}

// Causes that live at a handoff the owner pointed at: the layer that returned the 502 is the one
// whose next hop failed.
const AT_REPORTED_LAYER = new Set<OutcomeId>(['firewall-block', 'tls-mismatch', 'dns-resolution', 'no-healthy-upstream', 'premature-close']);

/**
 * The layer whose handoff to the next one is suspected, for the chain picture: the visitor's own
 * link for visitor causes, the CDN for its own incidents, the layer the owner saw return the 502
 * for handoff causes, else the last handoff before the application.
 */
export function suspectedHandoff(outcome: OutcomeId, facts: Facts, layers: Layer[] = stackLayers(facts)): Layer | undefined {
  if (!isCauseId(outcome)) return undefined;
  if (CAUSE_BUCKETS[outcome] === 'visitor') return 'browser';
  if (outcome === 'cdn-edge-issue' && layers.includes('cdn')) return 'cdn';
  const reported = { cdn: 'cdn', 'load-balancer': 'load-balancer' }[facts.errorSource as string] as Layer | undefined;
  if (AT_REPORTED_LAYER.has(outcome) && reported && layers.includes(reported)) return reported;
  return layers.at(-2);
}
