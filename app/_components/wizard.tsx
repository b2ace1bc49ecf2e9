import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { CSSProperties } from 'react';
import { wizardFrame } from '@/content/ui/wizard';
import { isCauseId } from '@/machines/causes';
import { exploreFrom } from '@/machines/explore';
import { parseFacts, serializeFacts } from '@/machines/facts';
import { causeAfterTries, rankDiagnosis, stillPossible } from '@/machines/ranking';
import { replay } from '@/machines/replay';
import { causeTitles, loadOutcome, loadQuestion } from '../_lib/content';
import { hrefFor, parseView, type View } from '../_lib/view';
import { AnswersList } from './answers-list';
import { ClientPicker } from './client-picker';
import { EmbedResizer } from './embed-resizer';
import { EvidencePack } from './evidence-pack';
import { EvidencePaste } from './evidence-paste';
import { contentComponents } from './mdx';
import { NextCause } from './next-cause';
import { OutcomeStep } from './outcome-step';
import { OwnerChain } from './owner-chain';
import { OwnerMessage } from './owner-message';
import { Progress } from './progress';
import { QuestionStep } from './question-step';
import { SiteCheck } from './site-check';
import { StepEvents } from './step-events';
import { StillPossible } from './still-possible';
import { SupportPanel } from './support-panel';

export type SearchParams = Record<string, string | string[] | undefined>;

const VISITOR_CHECKS = new Set([
  'refresh',
  'downForEveryone',
  'clearCache',
  'privateWindow',
  'otherBrowser',
  'flushDns',
  'usesVpn',
  'disableVpn',
  'switchNetwork',
  'waitRetry',
]);

function rawQuery(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value ?? []].flat()) query.append(key, v);
  return query.toString();
}

/** The step's title for the browser tab: its question, or its outcome's title. */
export async function wizardMetadata(params: SearchParams): Promise<Metadata> {
  const reached = replay(parseFacts(params));
  const title = reached.kind === 'question' ? (await loadQuestion(reached.step)).question : (await loadOutcome(reached.step)).title;
  return { title, robots: { index: false } };
}

/**
 * The wizard, on the site (/diagnose) or in the embed (/embed). The page is a pure function of its
 * URL: the facts in the query are replayed through the machine on the server and the step they
 * reach is rendered with its MDX. Answers are links, so every step works with JavaScript off; with
 * it on, they are prefetched and change at once.
 */
export async function Wizard({ params, path }: { params: SearchParams; path: View['path'] }) {
  const facts = parseFacts(params);
  const view = parseView(path, params);
  const canonical = hrefFor(view, facts);
  // One URL per state of knowledge: junk, repeats and odd orders redirect to the canonical form.
  if (`${path}${rawQuery(params) ? `?${rawQuery(params)}` : ''}` !== canonical) redirect(canonical);

  const reached = replay(facts);
  const stepKey = serializeFacts(facts);
  const isOwner = facts.role === 'owner';
  let body: React.ReactNode;
  let shownStep: string = reached.step;
  let cause: string | undefined;

  if (reached.kind === 'outcome') {
    // After "None of these fixed it?", the next likely cause takes the diagnosis' place.
    const { id, tried } = causeAfterTries(reached.step, facts);
    shownStep = id;
    cause = id;
    const ranked = rankDiagnosis(id, facts).filter((c) => !tried.includes(c.id));
    const owner = isOwner && isCauseId(id);
    const extra = { OwnerMessage: () => <OwnerMessage path={reached.path} facts={facts} /> };
    const afterFixes = owner ? <NextCause facts={facts} diagnosed={reached.step} shownCause={id} view={view} /> : undefined;
    body = (
      <OutcomeStep
        id={id}
        ranked={ranked}
        components={contentComponents({ facts, afterFixes, external: view.path === '/embed' }, extra)}
        stepKey={stepKey}
        external={view.path === '/embed'}
        picture={owner ? <OwnerChain facts={facts} cause={id} /> : undefined}
      >
        {owner && <EvidencePack path={reached.path} tried={tried} suspected={id} />}
      </OutcomeStep>
    );
  } else {
    const futures = exploreFrom(reached.step, facts);
    const ranked = isOwner && reached.path.length > 2 ? stillPossible(reached.step, facts).filter((c) => isCauseId(c.id)) : [];
    const components = contentComponents({ facts, external: view.path === '/embed' });
    body = (
      <>
        <Progress answered={reached.path.length} futures={futures} />
        {VISITOR_CHECKS.has(reached.step) && <ClientPicker facts={facts} view={view} />}
        <div className={ranked.length ? 'grid gap-8 lg:grid-cols-[1fr_16rem]' : ''}>
          <QuestionStep step={reached.step} fact={reached.fact} facts={facts} components={components} stepKey={stepKey} view={view} />
          {ranked.length > 0 && <StillPossible ranked={ranked} external={view.path === '/embed'} />}
        </div>
        {reached.step === 'downForEveryone' && (
          <div className="mt-8">
            <SiteCheck mode="visitor" facts={facts} view={view} />
          </div>
        )}
        {reached.step === 'errorSource' && (
          <div className="mt-8 space-y-8">
            <SiteCheck mode="owner" facts={facts} view={view} causeTitles={await causeTitles()} />
            <EvidencePaste baseFacts={facts} causeTitles={await causeTitles()} view={view} />
          </div>
        )}
      </>
    );
  }

  const supportToggle = view.path === '/diagnose' && (
    <p className="mb-4 text-right text-sm print:hidden">
      <Link href={hrefFor({ ...view, support: !view.support }, facts)} prefetch={false} className="text-accent underline">
        {view.support ? wizardFrame.leaveSupportMode : wizardFrame.supportMode}
      </Link>
    </p>
  );
  const content = (
    <>
      <StepEvents key={stepKey} step={shownStep} facts={facts} cause={cause} embedOrigin={view.origin} />
      {supportToggle}
      {body}
      {view.support && <SupportPanel path={reached.path} facts={facts} view={view} step={shownStep} outcome={cause} />}
      <AnswersList path={reached.path} facts={facts} view={view} />
    </>
  );
  if (view.path !== '/embed') return content;

  // The embed: no site chrome, the embedder's theme and accent, and a height reported to it.
  const style = view.accent
    ? ({ '--color-accent': `#${view.accent}`, '--color-accent-strong': `#${view.accent}` } as CSSProperties)
    : undefined;
  return (
    <div
      id="embed-root"
      className={`${view.theme ? `theme-${view.theme}` : ''} bg-white px-4 py-4 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100`}
      style={style}
    >
      {view.origin && <EmbedResizer origin={view.origin} rootId="embed-root" />}
      <main id="main" aria-label={wizardFrame.embedLabel}>
        {content}
      </main>
    </div>
  );
}
