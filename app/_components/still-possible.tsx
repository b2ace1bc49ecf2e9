import Link from 'next/link';
import { stillPossibleCauses } from '@/content/ui/wizard';
import type { RankedCause } from '@/machines/ranking';
import { loadOutcome } from '../_lib/content';
import { newTab } from './mdx';

/** Beside an owner's question: the causes still reachable, ranked for what is known so far. */
export async function StillPossible({ ranked, external }: { ranked: RankedCause[]; external?: boolean }) {
  const rows = await Promise.all(ranked.slice(0, 8).map(async (c) => ({ ...c, title: (await loadOutcome(c.id)).title })));
  return (
    <aside aria-labelledby="still-possible" className="print:hidden text-sm">
      <h2 id="still-possible" className="font-semibold">
        {stillPossibleCauses.heading(ranked.length)}
      </h2>
      <ol className="mt-2 space-y-1">
        {rows.map((c) => (
          <li key={c.id} className="flex justify-between gap-2">
            <Link href={`/causes/${c.id}`} prefetch={false} className="text-accent underline" {...newTab(external)}>
              {c.title}
            </Link>
            <span className="shrink-0 text-zinc-600 dark:text-zinc-400">{c.likelihood}</span>
          </li>
        ))}
      </ol>
      {ranked.length > rows.length && (
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">{stillPossibleCauses.lessLikely(ranked.length - rows.length)}</p>
      )}
    </aside>
  );
}
