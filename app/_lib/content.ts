import type { MDXContent } from 'mdx/types';
import { CAUSE_IDS, isCauseId } from '@/machines/causes';

export type QuestionContent = {
  default: MDXContent;
  question: string;
  short?: string;
  options: Record<string, string>;
  /** Support mode: what an agent asks the customer (see docs/content.md). */
  support?: string;
};

export type OutcomeContent = { default: MDXContent; title: string; summary: string; support?: string };

/** The MDX of a question state: content/steps/<state id>.mdx. */
export async function loadQuestion(step: string): Promise<QuestionContent> {
  return (await import(`@/content/steps/${step}.mdx`)) as QuestionContent;
}

/** The MDX of an outcome: a cause's own file, or content/steps/<id>.mdx for a redirect outcome. */
export async function loadOutcome(id: string): Promise<OutcomeContent> {
  if (isCauseId(id)) return (await import(`@/content/causes/${id}.mdx`)) as OutcomeContent;
  return (await import(`@/content/steps/${id}.mdx`)) as OutcomeContent;
}

/** Every cause's title, for client components that name causes (the analyzer's verdict). */
export async function causeTitles(): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(CAUSE_IDS.map(async (id) => [id, (await loadOutcome(id)).title])));
}
