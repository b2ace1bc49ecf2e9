import { type CauseId, isCauseId } from '@/machines/causes';
import { exploreFrom } from '@/machines/explore';
import type { Facts } from '@/machines/facts';
import { knownFacts, type Likelihood, rankOutcomes } from '@/machines/ranking';

/**
 * The causes the evidence leaves possible, most likely first, as the machine ranks them for an
 * owner looking at a 502 (pasted logs and headers are an owner's evidence). Another status code
 * has its own page in the wizard, not causes of a 502.
 */
export function rankCauses(facts: Facts): { id: CauseId; likelihood: Likelihood }[] {
  if (facts.statusCode !== undefined && facts.statusCode !== '502') return [];
  const asOwner = knownFacts({ ...facts, role: 'owner', statusCode: '502' });
  return rankOutcomes(exploreFrom('role', asOwner).outcomes.keys(), asOwner)
    .filter((c): c is typeof c & { id: CauseId } => isCauseId(c.id))
    .map(({ id, likelihood }) => ({ id, likelihood }));
}
