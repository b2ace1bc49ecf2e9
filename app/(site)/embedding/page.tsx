import type { Metadata } from 'next';
import HelpDesks from '@/content/embedding.mdx';
import { embeddingGuide } from '@/content/ui/embedding';
import { contentComponents } from '@/app/_components/mdx';
import { EmbedPreview } from '@/app/_components/embed-preview';

export const metadata: Metadata = { title: embeddingGuide.title };

const LISTEN = `window.addEventListener('message', (event) => {
  if (event.origin !== 'https://THIS-SITE') return; // only the wizard's own messages
  if (event.data.type === 'gateway-doctor:step') console.log('step', event.data.step, event.data.facts);
  if (event.data.type === 'gateway-doctor:outcome') console.log('outcome', event.data.cause);
});`;

/** For help centres: the one-line snippet, its options with a live preview, the events, and help desks. */
export default function EmbeddingPage() {
  const components = contentComponents({ facts: {}, showAll: true });
  const Pre = components.pre as (props: { children: React.ReactNode }) => React.ReactNode;
  return (
    <div className="prose prose-zinc dark:prose-invert max-w-none">
      <h1>{embeddingGuide.title}</h1>
      <p>{embeddingGuide.intro}</p>
      <h2>{embeddingGuide.snippet}</h2>
      <EmbedPreview />
      <h2>{embeddingGuide.options}</h2>
      <ul>
        <li>
          <code>data-facts</code>: {embeddingGuide.facts.before} <code>role=owner&amp;hosting=shared</code> {embeddingGuide.facts.after}{' '}
          <a href="/map">{embeddingGuide.facts.link}</a> {embeddingGuide.facts.end}
        </li>
        <li>
          <code>data-theme</code>: <code>light</code>, <code>dark</code> {embeddingGuide.theme.or} <code>auto</code>{' '}
          {embeddingGuide.theme.end}
        </li>
        <li>
          <code>data-accent</code>: {embeddingGuide.accent.before} <code>#RRGGBB</code>
          {embeddingGuide.accent.after}
        </li>
      </ul>
      <h2>{embeddingGuide.events}</h2>
      <p>
        {embeddingGuide.eventsText.beforeStep} <code>gateway-doctor:step</code> {embeddingGuide.eventsText.beforeOutcome}{' '}
        <code>gateway-doctor:outcome</code> {embeddingGuide.eventsText.beforeDocument} <code>document</code>.
      </p>
      <Pre>
        <code>{LISTEN}</code>
      </Pre>
      <h2>{embeddingGuide.who}</h2>
      <p>
        {embeddingGuide.whoText.beforeSetting} <code>EMBED_ALLOWED_ORIGINS</code> {embeddingGuide.whoText.beforeHeader}{' '}
        <code>Content-Security-Policy: frame-ancestors</code> {embeddingGuide.whoText.end}
      </p>
      <HelpDesks components={components} />
    </div>
  );
}
