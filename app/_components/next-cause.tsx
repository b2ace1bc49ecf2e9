import Link from 'next/link';
import { nextCause } from '@/content/ui/wizard';
import type { OutcomeId } from '@/machines/causes';
import { type Facts, FACT_VALUES, withFact } from '@/machines/facts';
import { causeAfterTries } from '@/machines/ranking';
import { loadOutcome } from '../_lib/content';
import { hrefFor, type View } from '../_lib/view';

/**
 * After the last fix: "None of these fixed it?" leads to the next most likely cause for what is
 * known, and after a few, to escalation with the evidence pack.
 */
export async function NextCause({ facts, diagnosed, shownCause, view }: { facts: Facts; diagnosed: OutcomeId; shownCause: OutcomeId; view: View }) {
  const tries = Number(facts.causesTried ?? 0) + 1;
  if (shownCause === 'provider-infrastructure' || tries > FACT_VALUES.causesTried.length) {
    return (
      <p className="mt-1">
        {nextCause.escalateBefore}{' '}
        <a href="#evidence" className="text-accent underline">
          {nextCause.evidencePack}
        </a>{' '}
        {nextCause.escalateAfter}
      </p>
    );
  }
  const nextFacts = withFact(facts, 'causesTried', String(tries) as never);
  const next = causeAfterTries(diagnosed, nextFacts);
  const title = (await loadOutcome(next.id)).title;
  return (
    <p className="mt-1">
      {next.id === 'provider-infrastructure' ? nextCause.nothingElse : nextCause.nextLikely}{' '}
      <Link href={hrefFor(view, nextFacts)} prefetch={false} className="font-medium text-accent underline">
        {next.id === 'provider-infrastructure' ? nextCause.escalate(title) : title}
      </Link>
    </p>
  );
}
