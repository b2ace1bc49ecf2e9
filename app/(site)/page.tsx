import Link from 'next/link';
import { diagnoseHref } from '@/machines/facts';
import Intro from '@/content/home.mdx';
import { RequestChain } from '@/app/_components/request-chain';
import { contentComponents } from '@/app/_components/mdx';
import { EvidencePaste } from '@/app/_components/evidence-paste';
import { VisitorLink } from '@/app/_components/visitor-link';
import { causeTitles } from '@/app/_lib/content';

/** The start page: what a 502 means, where it happens, and the first question. */
export default async function HomePage() {
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Seeing “502 Bad Gateway”?</h1>
      <div className="prose prose-zinc dark:prose-invert mt-4 max-w-none">
        <Intro components={contentComponents({ facts: {} })} />
      </div>
      <RequestChain
        layers={[
          { id: 'browser', label: 'Your browser' },
          { id: 'gateway', label: 'Gateway', detail: 'CDN, load balancer or proxy' },
          { id: 'upstream', label: 'Upstream', detail: 'the application server' },
        ]}
        failingAfter="gateway"
        caption="The browser reached the gateway; the gateway did not get a usable answer from the server behind it, so it answered 502."
      />
      <section aria-labelledby="who" className="mt-8">
        <h2 id="who" className="text-xl font-semibold">
          Is this your site?
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          <li>
            <VisitorLink facts={{ role: 'visitor' }} prefetch={true} className="block rounded-lg border-2 border-accent px-4 py-3 font-medium text-accent-strong no-underline hover:bg-zinc-50 dark:hover:bg-zinc-900">
              No, I’m visiting it
              <span className="block text-sm font-normal text-zinc-700 dark:text-zinc-300">Find out whether it’s you or the site, in about a minute.</span>
            </VisitorLink>
          </li>
          <li>
            <Link href={diagnoseHref({ role: 'owner' })} prefetch={true} className="block rounded-lg border-2 border-accent px-4 py-3 font-medium text-accent-strong no-underline hover:bg-zinc-50 dark:hover:bg-zinc-900">
              Yes, I run it or work on it
              <span className="block text-sm font-normal text-zinc-700 dark:text-zinc-300">Find which layer failed, the likely cause and the fix for your stack.</span>
            </Link>
          </li>
        </ul>
      </section>
      <div className="mt-10">
        <EvidencePaste baseFacts={{}} causeTitles={await causeTitles()} />
      </div>
    </>
  );
}
