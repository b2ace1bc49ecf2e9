import { progress } from '@/content/ui/wizard';
import type { Futures } from '@/machines/explore';

/** A sense of progress: questions answered, and how many may remain on the paths still open. */
export function Progress({ answered, futures }: { answered: number; futures: Futures }) {
  const { minQuestions: min, maxQuestions: max } = futures;
  const remaining = min === max ? progress.atMost(max) : progress.between(min, max);
  const done = Math.round((answered / (answered + max)) * 100);
  return (
    <div className="print:hidden mb-6">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{progress.question(answered + 1, remaining)}</p>
      <div aria-hidden="true" className="mt-1 h-1.5 w-full rounded bg-zinc-200 dark:bg-zinc-800">
        <div className="h-1.5 rounded bg-accent" style={{ width: `${done}%` }} />
      </div>
    </div>
  );
}
