import Link from 'next/link';
import { diagnoseHref } from '@/machines/facts';
import Intro from '@/content/home.mdx';
import { home } from '@/content/ui/home';
import { RequestChain } from '@/app/_components/request-chain';
import { contentComponents } from '@/app/_components/mdx';
import { EvidencePaste } from '@/app/_components/evidence-paste';
import { VisitorLink } from '@/app/_components/visitor-link';
import { causeTitles } from '@/app/_lib/content';

/** The start page: what a 502 means, where it happens, and the first question. */
export default async function HomePage() {
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{home.heading}</h1>
      <div className="prose prose-zinc dark:prose-invert mt-4 max-w-none">
        <Intro components={contentComponents({ facts: {} })} />
      </div>
      <RequestChain
        layers={[
          { id: 'browser', label: home.chain.browser },
          { id: 'gateway', label: home.chain.gateway, detail: home.chain.gatewayDetail },
          { id: 'upstream', label: home.chain.upstream, detail: home.chain.upstreamDetail },
        ]}
        failingAfter="gateway"
        caption={home.chain.caption}
      />
      <section aria-labelledby="who" className="mt-8">
        <h2 id="who" className="text-xl font-semibold">
          {home.who}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          <li>
            <VisitorLink facts={{ role: 'visitor' }} prefetch={true} className="block rounded-lg border-2 border-accent px-4 py-3 font-medium text-accent-strong no-underline hover:bg-zinc-50 dark:hover:bg-zinc-900">
              {home.roles.visitor.answer}
              <span className="block text-sm font-normal text-zinc-700 dark:text-zinc-300">{home.roles.visitor.hint}</span>
            </VisitorLink>
          </li>
          <li>
            <Link href={diagnoseHref({ role: 'owner' })} prefetch={true} className="block rounded-lg border-2 border-accent px-4 py-3 font-medium text-accent-strong no-underline hover:bg-zinc-50 dark:hover:bg-zinc-900">
              {home.roles.owner.answer}
              <span className="block text-sm font-normal text-zinc-700 dark:text-zinc-300">{home.roles.owner.hint}</span>
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
