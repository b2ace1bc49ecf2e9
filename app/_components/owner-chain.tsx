import { layerNames, vendorNames } from '@/content/layers';
import { ownerChain } from '@/content/ui/wizard';
import type { OutcomeId } from '@/machines/causes';
import type { Facts } from '@/machines/facts';
import { type Layer, stackLayers, suspectedHandoff } from '@/machines/stack';
import { RequestChain } from './request-chain';

function detailOf(layer: Layer, facts: Facts): string | undefined {
  const fact = { cdn: facts.cdn, 'load-balancer': facts.loadBalancer, 'reverse-proxy': facts.proxy ?? facts.hosting, platform: facts.hosting, application: facts.runtime, browser: undefined }[layer];
  return fact ? vendorNames[fact] : undefined;
}

/** The owner's own request chain, only the layers they have, with the suspected handoff marked. */
export function OwnerChain({ facts, cause }: { facts: Facts; cause: OutcomeId }) {
  const layers = stackLayers(facts);
  const failing = suspectedHandoff(cause, facts, layers);
  const from = failing ? layers.indexOf(failing) : -1;
  const caption =
    from >= 0 && layers[from + 1]
      ? ownerChain.handoff(layerNames[layers[from]].toLowerCase(), layerNames[layers[from + 1]].toLowerCase())
      : ownerChain.whole;
  return (
    <RequestChain
      layers={layers.map((layer) => ({ id: layer, label: layerNames[layer], detail: detailOf(layer, facts) }))}
      failingAfter={failing}
      caption={caption}
    />
  );
}
