import type { Metadata } from 'next';
import Link from 'next/link';
import { notFoundPage } from '@/content/ui/site';

export const metadata: Metadata = { title: notFoundPage.title, robots: { index: false } };

/** Any address the site does not have, and unknown cause ids. */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold leading-tight">{notFoundPage.title}</h1>
      <p className="mt-4">{notFoundPage.body}</p>
      <p className="mt-4">
        <Link href="/" prefetch={false} className="text-accent underline">
          {notFoundPage.home}
        </Link>{' '}
        ·{' '}
        <Link href="/causes" prefetch={false} className="text-accent underline">
          {notFoundPage.causes}
        </Link>
      </p>
    </main>
  );
}
