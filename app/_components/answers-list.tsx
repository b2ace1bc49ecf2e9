import Link from 'next/link';
import { answersList } from '@/content/ui/wizard';
import { type Facts, withoutFact } from '@/machines/facts';
import type { Visit } from '@/machines/replay';
import { answerRows } from '../_lib/answers';
import { hrefFor, type View } from '../_lib/view';

/**
 * "Your answers": the path so far, each with a Change link that drops that one fact. Later
 * answers stay in the URL and are reused when the person gets back to them.
 */
export async function AnswersList({ path, facts, view }: { path: Visit[]; facts: Facts; view: View }) {
  if (!path.length) return null;
  const rows = await answerRows(path);
  return (
    <section aria-labelledby="answers-heading" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="answers-heading" className="text-lg font-semibold">
        {answersList.heading}
      </h2>
      <dl className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800">
        {rows.map((row) => (
          <div key={row.step} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2">
            <dt className="min-w-0 flex-1 basis-56 text-zinc-700 dark:text-zinc-300">{row.question}</dt>
            <dd className="min-w-0 flex-1 basis-40 font-medium">{row.answer}</dd>
            <dd>
              <Link href={hrefFor(view, withoutFact(facts, row.fact))} prefetch={false} className="text-accent underline">
                {answersList.change}
                <span className="sr-only"> {answersList.changeWhich(row.question)}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-4">
        <Link href={hrefFor(view, {})} prefetch={false} className="text-accent underline">
          {answersList.startAgain}
        </Link>
      </p>
    </section>
  );
}
