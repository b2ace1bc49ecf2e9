import type { Metadata } from 'next';
import { glossary } from '@/content/glossary';
import { glossaryPage } from '@/content/ui/site';

export const metadata: Metadata = { title: glossaryPage.title };

export default function GlossaryPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">{glossaryPage.title}</h1>
      <dl className="mt-6 space-y-4">
        {Object.entries(glossary).map(([id, entry]) => (
          <div key={id} id={id} className="scroll-mt-4">
            <dt className="font-semibold">{entry.term}</dt>
            <dd className="text-zinc-700 dark:text-zinc-300">{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
