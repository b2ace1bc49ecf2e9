import Link from 'next/link';
import type { ReactNode } from 'react';

/** The standalone site's chrome: skip link, header, navigation and footer. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-black"
      >
        Skip to content
      </a>
      <header className="print:hidden border-b border-zinc-200 dark:border-zinc-800">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/" prefetch={false} className="font-semibold text-zinc-900 no-underline dark:text-zinc-100">
            gateway-doctor
          </Link>
          <nav aria-label="Site">
            <ul className="flex gap-4 text-sm">
              <li>
                <Link href="/diagnose" prefetch={false} className="text-accent underline">
                  Start a diagnosis
                </Link>
              </li>
              <li>
                <Link href="/causes" prefetch={false} className="text-accent underline">
                  Causes
                </Link>
              </li>
              <li>
                <Link href="/faq" prefetch={false} className="text-accent underline">
                  FAQ
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
          Nothing you answer leaves this site: your answers live only in the page address.{' '}
          <Link href="/glossary" prefetch={false} className="underline">
            Glossary
          </Link>{' '}
          ·{' '}
          <Link href="/map" prefetch={false} className="underline">
            Map of all questions
          </Link>
        </p>
      </footer>
    </>
  );
}
