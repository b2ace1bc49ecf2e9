import Link from 'next/link';
import type { ReactNode } from 'react';
import { siteChrome } from '@/content/ui/site';

/** The standalone site's chrome: skip link, header, navigation and footer. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-black"
      >
        {siteChrome.skip}
      </a>
      <header className="print:hidden border-b border-zinc-200 dark:border-zinc-800">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/" prefetch={false} className="font-semibold text-zinc-900 no-underline dark:text-zinc-100">
            {siteChrome.name}
          </Link>
          <nav aria-label={siteChrome.nav}>
            <ul className="flex gap-4 text-sm">
              <li>
                <Link href="/diagnose" prefetch={false} className="text-accent underline">
                  {siteChrome.diagnose}
                </Link>
              </li>
              <li>
                <Link href="/causes" prefetch={false} className="text-accent underline">
                  {siteChrome.causes}
                </Link>
              </li>
              <li>
                <Link href="/faq" prefetch={false} className="text-accent underline">
                  {siteChrome.faq}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
        {children}
      </main>
      <footer className="print:hidden mx-auto max-w-3xl border-t border-zinc-200 px-4 py-6 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        <p>
          {siteChrome.privacy}{' '}
          <Link href="/glossary" prefetch={false} className="underline">
            {siteChrome.glossary}
          </Link>{' '}
          ·{' '}
          <Link href="/map" prefetch={false} className="underline">
            {siteChrome.map}
          </Link>
        </p>
      </footer>
    </>
  );
}
