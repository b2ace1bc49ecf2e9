import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { bucketNames } from '@/content/buckets';
import { causePage } from '@/content/ui/causes';
import { CAUSE_BUCKETS, CAUSE_IDS, type CauseId, isCauseId } from '@/machines/causes';
import { contentComponents } from '@/app/_components/mdx';
import { loadOutcome } from '@/app/_lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return CAUSE_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: CauseId }> }): Promise<Metadata> {
  const { id } = await params;
  // Pages render per request (the CSP nonce), so dynamicParams alone no longer turns away unknown ids.
  if (!isCauseId(id)) return {};
  const content = await loadOutcome(id);
  return { title: content.title, description: content.summary };
}

/** One cause, whole: every stack's variant shown, for reading, sharing and support staff. */
export default async function CausePage({ params }: { params: Promise<{ id: CauseId }> }) {
  const { id } = await params;
  if (!isCauseId(id)) notFound();
  const content = await loadOutcome(id);
  const Body = content.default;
  const bucket = bucketNames[CAUSE_BUCKETS[id]];
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        <Link href={`/causes#${CAUSE_BUCKETS[id]}`} prefetch={false} className="underline">
          {bucket.name}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold leading-tight">{content.title}</h1>
      <p className="mt-3 text-lg">{content.summary}</p>
      <div className="prose prose-zinc dark:prose-invert mt-6 max-w-none">
        <Body components={contentComponents({ facts: {}, showAll: true })} />
      </div>
      <p className="mt-8">
        <Link href="/diagnose" prefetch={false} className="text-accent underline">
          {causePage.notSure}
        </Link>
      </p>
    </article>
  );
}
