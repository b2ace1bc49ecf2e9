import type { Metadata } from 'next';
import { type SearchParams, Wizard, wizardMetadata } from '@/app/_components/wizard';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return wizardMetadata(await searchParams);
}

/** The wizard on the site. See app/_components/wizard.tsx. */
export default async function DiagnosePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <Wizard params={await searchParams} path="/diagnose" />;
}
