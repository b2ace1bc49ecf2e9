import Link from 'next/link';
import type { MDXComponents } from 'mdx/types';
import { FACT_VALUES, type FactKey, type Facts, UNKNOWN, withFact } from '@/machines/facts';
import { loadQuestion } from '../_lib/content';
import { hrefFor, type View } from '../_lib/view';
import { FocusHeading } from './focus-heading';
import { VisitorLink } from './visitor-link';

/** A visitor URL still without the device, system and browser facts (see proxy.ts). */
function entersVisitorJourney(facts: Facts): boolean {
  return facts.role === 'visitor' && !(facts.device && facts.os && facts.browser);
}

type Props = {
  step: string;
  fact: FactKey;
  facts: Facts;
  components: MDXComponents;
  view: View;
  /** A stable key for this step's URL, so focus moves once per step change. */
  stepKey: string;
};

/**
 * One question per page: the question is the legend and the page's heading; each answer is a
 * link to the same URL with one more fact, prefetched in full so the next step shows at once.
 */
export async function QuestionStep({ step, fact, facts, components, stepKey, view }: Props) {
  const content = await loadQuestion(step);
  const Hint = content.default;
  // The vocabulary's order, not the object's: JavaScript puts keys like "502" first on its own.
  const options = [...FACT_VALUES[fact], UNKNOWN].filter((value) => value in content.options);
  return (
    <div data-step={step}>
      <FocusHeading key={stepKey} id="step-heading" />
      <fieldset data-fact={fact} aria-describedby="step-hint" className="min-w-0">
        <legend className="mb-3">
          <h1 id="step-heading" tabIndex={-1} className="text-2xl font-bold leading-tight sm:text-3xl">
            {content.question}
          </h1>
        </legend>
        <div id="step-hint" className="prose prose-zinc dark:prose-invert max-w-none">
          <Hint components={components} />
        </div>
        <ul className="mt-6 grid gap-3">
          {options.map((value) => {
            const next = withFact(facts, fact, value as never);
            const props = {
              prefetch: true,
              'data-value': value,
              className: `block rounded-lg border-2 px-4 py-3 font-medium no-underline hover:bg-zinc-50 dark:hover:bg-zinc-900 ${
                value === 'unknown' ? 'border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300' : 'border-accent text-accent-strong'
              }`,
              children: content.options[value],
            };
            return (
              <li key={value}>
                {entersVisitorJourney(next) ? <VisitorLink facts={next} view={view} {...props} /> : <Link href={hrefFor(view, next)} {...props} />}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
