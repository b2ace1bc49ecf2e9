import type { Metadata } from 'next';
import { type SearchParams, Wizard, wizardMetadata } from '@/app/_components/wizard';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return wizardMetadata(await searchParams);
}

/**
 * The wizard for help centres, inside their pages (public/embed.js puts it in an iframe): no site
 * chrome, the embedder's theme and accent, its height and step events posted to the embedder.
 */
export default async function EmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <Wizard params={await searchParams} path="/embed" />;
}
