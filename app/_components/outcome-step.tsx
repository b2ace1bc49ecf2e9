import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { outcomeStep } from '@/content/ui/wizard';
import { isCauseId, type OutcomeId } from '@/machines/causes';
import type { RankedCause } from '@/machines/ranking';
import { loadOutcome } from '../_lib/content';
import { FocusHeading } from './focus-heading';
import { newTab } from './mdx';

type Props = {
  id: OutcomeId;
  ranked: RankedCause[];
  components: MDXComponents;
  stepKey: string;
  /** Shown between the summary and the content: the person's request chain, where known. */
  picture?: ReactNode;
  /** Shown after everything: the evidence pack, where it helps. */
  children?: ReactNode;
  /** In the embed: links to the site open a new tab. */
  external?: boolean;
};

/** An outcome: the likely cause (or the other status code), what to do, and what else is possible. */
export async function OutcomeStep({ id, ranked, components, stepKey, picture, children, external }: Props) {
  const content = await loadOutcome(id);
  const Body = content.default;
  const cause = isCauseId(id);
  const reached = ranked.find((c) => c.id === id);
  const alternatives = await Promise.all(
    ranked
      .filter((c) => c.id !== id && isCauseId(c.id))
      .slice(0, 5)
      .map(async (c) => ({ ...c, title: (await loadOutcome(c.id)).title })),
  );
  return (
    <article data-step={id} data-cause={id}>
      <FocusHeading key={stepKey} id="step-heading" />
      <p className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        {cause ? outcomeStep.howSure[reached?.likelihood ?? 'low'] : outcomeStep.notA502}
      </p>
      <h1 id="step-heading" tabIndex={-1} className="mt-1 text-2xl font-bold leading-tight sm:text-3xl">
        {content.title}
      </h1>
      <p className="mt-3 text-lg">{content.summary}</p>
      {picture}
      <div className="prose prose-zinc dark:prose-invert mt-6 max-w-none">
        <Body components={components} />
      </div>
      {cause && (
        <p className="mt-6">
          <Link href={`/causes/${id}`} prefetch={false} className="text-accent underline" {...newTab(external)}>
            {outcomeStep.everything}
          </Link>
        </p>
      )}
      {alternatives.length > 0 && (
        <section aria-labelledby="also-possible" className="mt-8">
          <h2 id="also-possible" className="text-lg font-semibold">
            {outcomeStep.alsoPossible}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {alternatives.map((c) => (
              <li key={c.id}>
                <Link href={`/causes/${c.id}`} prefetch={false} className="text-accent underline" {...newTab(external)}>
                  {c.title}
                </Link>{' '}
                <span className="text-zinc-600 dark:text-zinc-400">({c.likelihood})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {children}
    </article>
  );
}
