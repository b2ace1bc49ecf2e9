import type { Metadata } from 'next';
import Faq from '@/content/faq.mdx';
import { faqPage } from '@/content/ui/site';
import { contentComponents } from '@/app/_components/mdx';

export const metadata: Metadata = { title: faqPage.title };

export default function FaqPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">{faqPage.title}</h1>
      <div className="prose prose-zinc dark:prose-invert mt-6 max-w-none">
        <Faq components={contentComponents({ facts: {}, showAll: true })} />
      </div>
    </>
  );
}
