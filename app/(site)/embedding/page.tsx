import type { Metadata } from 'next';
import HelpDesks from '@/content/embedding.mdx';
import { contentComponents } from '@/app/_components/mdx';
import { EmbedPreview } from '@/app/_components/embed-preview';

export const metadata: Metadata = { title: 'Embed the wizard in your help centre' };

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
      <h1>Embed the wizard in your help centre</h1>
      <p>
        Paste one line where the wizard should appear. It inserts the wizard in a frame that always fits its content, without its
        own scrollbar, and without cookies. Every answer stays inside the frame; your page stays yours.
      </p>
      <h2>The snippet</h2>
      <EmbedPreview />
      <h2>Options</h2>
      <ul>
        <li>
          <code>data-facts</code>: answers to start from, in the wizard’s own words, e.g. <code>role=owner&amp;hosting=shared</code> for
          customers of a shared host (see the <a href="/map">map of every question</a> for the keys and values).
        </li>
        <li>
          <code>data-theme</code>: <code>light</code>, <code>dark</code> or <code>auto</code> (the reader’s system setting, the default).
        </li>
        <li>
          <code>data-accent</code>: your brand colour as <code>#RRGGBB</code>, for links and buttons. Pick one with at least 4.5:1
          contrast against white (and against black if you use the dark theme).
        </li>
      </ul>
      <h2>Events</h2>
      <p>
        The wizard tells your page where the reader is, for your analytics: a <code>gateway-doctor:step</code> message at every step
        (with the step’s id and the answers so far) and a <code>gateway-doctor:outcome</code> message with the cause id when it reaches
        one. They are posted only to your page’s origin. The same events are dispatched on the frame element as DOM events that bubble,
        and on this site itself on <code>document</code>.
      </p>
      <Pre>
        <code>{LISTEN}</code>
      </Pre>
      <h2>Who may embed it</h2>
      <p>
        The frame is allowed on any site unless the operator of this service sets <code>EMBED_ALLOWED_ORIGINS</code> (space-separated
        origins); it is then sent as <code>Content-Security-Policy: frame-ancestors</code> on the frame only. The rest of this site
        refuses to be framed.
      </p>
      <HelpDesks components={components} />
    </div>
  );
}
