import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { isCauseId } from '@/machines/causes';
import { exploreFrom } from '@/machines/explore';
import { diagnoseHref, parseFacts, serializeFacts } from '@/machines/facts';
import { causeAfterTries, rankDiagnosis, stillPossible } from '@/machines/ranking';
import { replay } from '@/machines/replay';
import { AnswersList } from '../_components/answers-list';
import { EvidencePack } from '../_components/evidence-pack';
import { EvidencePaste } from '../_components/evidence-paste';
import { NextCause } from '../_components/next-cause';
import { OwnerChain } from '../_components/owner-chain';
import { ClientPicker } from '../_components/client-picker';
import { contentComponents } from '../_components/mdx';
import { OutcomeStep } from '../_components/outcome-step';
import { OwnerMessage } from '../_components/owner-message';
import { Progress } from '../_components/progress';
import { QuestionStep } from '../_components/question-step';
import { StillPossible } from '../_components/still-possible';
import { causeTitles, loadOutcome, loadQuestion } from '../_lib/content';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const VISITOR_CHECKS = new Set(['refresh', 'downForEveryone', 'clearCache', 'privateWindow', 'otherBrowser', 'flushDns', 'usesVpn', 'disableVpn', 'switchNetwork', 'waitRetry']);

function rawQuery(params: Awaited<SearchParams>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value ?? []].flat()) query.append(key, v);
  return query.toString();
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const reached = replay(parseFacts(await searchParams));
  const title = reached.kind === 'question' ? (await loadQuestion(reached.step)).question : (await loadOutcome(reached.step)).title;
  return { title, robots: { index: false } };
}

/**
 * The wizard. The page is a pure function of its URL: the facts in the query are replayed through
 * the machine on the server and the step they reach is rendered with its MDX. Answers are links,
 * so every step works with JavaScript off; with it on, they are prefetched and change at once.
 */
export default async function DiagnosePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const facts = parseFacts(params);
  // One URL per state of knowledge: junk, repeats and odd orders redirect to the canonical form.
  if (rawQuery(params) !== serializeFacts(facts)) redirect(diagnoseHref(facts));

  const reached = replay(facts);
  // A visitor's device, system and browser are facts too (proxy.ts fills them in from the
  // User-Agent once), so instructions for their setup come first and the page stays cacheable.
  const components = contentComponents({ facts });
  const stepKey = serializeFacts(facts);
  const isOwner = facts.role === 'owner';

  if (reached.kind === 'outcome') {
    // After "None of these fixed it?", the next likely cause takes the diagnosis' place.
    const { id, tried } = causeAfterTries(reached.step, facts);
    const ranked = rankDiagnosis(id, facts).filter((c) => !tried.includes(c.id));
    const owner = isOwner && isCauseId(id);
    const extra = {
      OwnerMessage: () => <OwnerMessage path={reached.path} facts={facts} now={new Date()} />,
    };
    const afterFixes = owner ? <NextCause facts={facts} diagnosed={reached.step} shownCause={id} /> : undefined;
    return (
      <>
        <OutcomeStep
          id={id}
          ranked={ranked}
          components={contentComponents({ facts, afterFixes }, extra)}
          stepKey={stepKey}
          picture={owner ? <OwnerChain facts={facts} cause={id} /> : undefined}
        >
          {owner && <EvidencePack path={reached.path} tried={tried} suspected={id} now={new Date()} open={id === 'provider-infrastructure'} />}
        </OutcomeStep>
        <AnswersList path={reached.path} facts={facts} />
      </>
    );
  }

  const futures = exploreFrom(reached.step, facts);
  const ranked = isOwner && reached.path.length > 2 ? stillPossible(reached.step, facts).filter((c) => isCauseId(c.id)) : [];
  return (
    <>
      <Progress answered={reached.path.length} futures={futures} />
      {VISITOR_CHECKS.has(reached.step) && <ClientPicker facts={facts} />}
      <div className={ranked.length ? 'grid gap-8 lg:grid-cols-[1fr_16rem]' : ''}>
        <QuestionStep step={reached.step} fact={reached.fact} facts={facts} components={components} stepKey={stepKey} />
        {ranked.length > 0 && <StillPossible ranked={ranked} />}
      </div>
      {reached.step === 'errorSource' && (
        <div className="mt-8">
          <EvidencePaste baseFacts={facts} causeTitles={await causeTitles()} />
        </div>
      )}
      <AnswersList path={reached.path} facts={facts} />
    </>
  );
}
