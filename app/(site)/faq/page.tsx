import type { Metadata } from 'next';
import Faq from '@/content/faq.mdx';
import { contentComponents } from '@/app/_components/mdx';

export const metadata: Metadata = { title: 'Questions people ask about 502 errors' };

export default function FaqPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Questions people ask about 502 errors</h1>
      <div className="prose prose-zinc dark:prose-invert mt-6 max-w-none">
        <Faq components={contentComponents({ facts: {}, showAll: true })} />
      </div>
    </>
  );
}
