import type { Metadata } from 'next';
import { EmbedPreview } from '@/app/_components/embed-preview';
import { contentComponents } from '@/app/_components/mdx';
import * as guide from '@/content/embedding-guide.mdx';
import HelpDesks from '@/content/embedding.mdx';

// The MDX exports its title beside its body (see docs/content.md); MDX's module type only knows the body.
const { default: Guide, title } = guide as typeof guide & { title: string };

export const metadata: Metadata = { title };

/** For help centres: the one-line snippet with a live preview, its options, the events, and help desks. */
export default function EmbeddingPage() {
  const components = { ...contentComponents({ facts: {}, showAll: true }), EmbedPreview };
  return (
    <div className="prose prose-zinc dark:prose-invert max-w-none">
      <h1>{title}</h1>
      <Guide components={components} />
      <HelpDesks components={components} />
    </div>
  );
}
