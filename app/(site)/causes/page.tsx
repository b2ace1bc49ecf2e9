import type { Metadata } from 'next';
import Link from 'next/link';
import { bucketNames } from '@/content/buckets';
import { causesIndex } from '@/content/ui/causes';
import { type Bucket, CAUSE_BUCKETS, CAUSE_IDS } from '@/machines/causes';
import { loadOutcome } from '@/app/_lib/content';

export const metadata: Metadata = { title: causesIndex.title };

/** All causes, by the family they belong to. */
export default async function CausesPage() {
  const causes = await Promise.all(CAUSE_IDS.map(async (id) => ({ id, bucket: CAUSE_BUCKETS[id], ...(await loadOutcome(id)) })));
  return (
    <>
      <h1 className="text-3xl font-bold">{causesIndex.title}</h1>
      {(Object.keys(bucketNames) as Bucket[]).map((bucket) => (
        <section key={bucket} aria-labelledby={bucket} className="mt-8">
          <h2 id={bucket} className="text-xl font-semibold">
            {bucketNames[bucket].name}
          </h2>
          <p className="text-zinc-700 dark:text-zinc-300">{bucketNames[bucket].description}</p>
          <ul className="mt-3 space-y-2">
            {causes
              .filter((c) => c.bucket === bucket)
              .map((c) => (
                <li key={c.id}>
                  <Link href={`/causes/${c.id}`} prefetch={false} className="font-medium text-accent underline">
                    {c.title}
                  </Link>
                  <span className="block text-sm text-zinc-700 dark:text-zinc-300">{c.summary}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
