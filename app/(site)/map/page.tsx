import type { Metadata } from 'next';
import Link from 'next/link';
import { decisionMap } from '@/content/ui/map';
import { routesFrom } from '@/machines/explore';
import { OUTCOME_IDS, QUESTION_IDS, factAskedAt } from '@/machines/replay';
import { loadOutcome, loadQuestion } from '@/app/_lib/content';

export const metadata: Metadata = { title: decisionMap.title };

async function titleOf(step: string): Promise<string> {
  return factAskedAt(step) ? (await loadQuestion(step)).question : (await loadOutcome(step)).title;
}

/**
 * The whole decision tree, drawn from the machine itself (never written by hand), for support
 * staff and content authors: each question, each answer's route, and every outcome.
 */
export default async function MapPage() {
  const titles = Object.fromEntries(await Promise.all([...QUESTION_IDS, ...OUTCOME_IDS].map(async (id) => [id, await titleOf(id)])));
  const questions = await Promise.all(
    QUESTION_IDS.map(async (step) => {
      const content = await loadQuestion(step);
      const fact = factAskedAt(step);
      return {
        step,
        fact,
        question: content.question,
        routes: routesFrom(step).map((route) => ({
          target: route.target,
          conditions: route.when.map(({ fact: key, values }) =>
            key === fact ? decisionMap.answerIs(values.map((v) => content.options[v] ?? v)) : decisionMap.factIs(key, values),
          ),
        })),
      };
    }),
  );
  return (
    <>
      <h1 className="text-3xl font-bold">{decisionMap.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        {decisionMap.intro} <code>data-step</code>.
      </p>
      <ol className="mt-6 space-y-6">
        {questions.map((q) => (
          <li key={q.step} id={q.step} className="scroll-mt-4 rounded border border-zinc-300 p-4 dark:border-zinc-700">
            <h2 className="font-semibold">
              {q.question} <code className="text-sm font-normal text-zinc-600 dark:text-zinc-400">{q.step}</code>
            </h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{decisionMap.asks(q.fact ?? '')}</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {q.routes.map((route, i) => (
                <li key={`${route.target}-${i}`}>
                  {route.conditions.length ? decisionMap.when(route.conditions) : decisionMap.otherwise} →{' '}
                  <Link href={`#${route.target}`} prefetch={false} className="text-accent underline">
                    {titles[route.target]}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h2 className="mt-10 text-2xl font-semibold">{decisionMap.outcomes}</h2>
      <ul className="mt-3 space-y-1">
        {OUTCOME_IDS.map((id) => (
          <li key={id} id={id} className="scroll-mt-4">
            {id.startsWith('status-') ? (
              titles[id]
            ) : (
              <Link href={`/causes/${id}`} prefetch={false} className="text-accent underline">
                {titles[id]}
              </Link>
            )}{' '}
            <code className="text-sm text-zinc-600 dark:text-zinc-400">{id}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
