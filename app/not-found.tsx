import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** Any address the site does not have, and unknown cause ids. */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold leading-tight">Page not found</h1>
      <p className="mt-4">There is nothing at this address. It may have been mistyped, or the link may be out of date.</p>
      <p className="mt-4">
        <Link href="/" prefetch={false} className="text-accent underline">
          Start page
        </Link>{' '}
        ·{' '}
        <Link href="/causes" prefetch={false} className="text-accent underline">
          All causes of a 502
        </Link>
      </p>
    </main>
  );
}
