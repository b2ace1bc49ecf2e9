/**
 * The embedding guide (/embedding) above its help-desk half (content/embedding.mdx). Attribute
 * names, values and code stay in the page, as code; the words around them are here, in reading
 * order: the page puts each piece of code between the two pieces of words either side of it.
 */
export const embeddingGuide = {
  title: 'Embed the wizard in your help centre',
  intro:
    'Paste one line where the wizard should appear. It inserts the wizard in a frame that always fits its content, without its own scrollbar, and without cookies. Every answer stays inside the frame; your page stays yours.',
  snippet: 'The snippet',
  options: 'Options',
  /** `data-facts`: …e.g. `role=owner&hosting=shared` …(see the [map] …). */
  facts: {
    before: 'answers to start from, in the wizard’s own words, e.g.',
    after: 'for customers of a shared host (see the',
    link: 'map of every question',
    end: 'for the keys and values).',
  },
  /** `data-theme`: `light`, `dark` or `auto` (…). */
  theme: {
    or: 'or',
    end: '(the reader’s system setting, the default).',
  },
  /** `data-accent`: …as `#RRGGBB`, for links… */
  accent: {
    before: 'your brand colour as',
    after: ', for links and buttons. Pick one with at least 4.5:1 contrast against white (and against black if you use the dark theme).',
  },
  events: 'Events',
  /** …a `gateway-doctor:step` message… a `gateway-doctor:outcome` message… on `document`. */
  eventsText: {
    beforeStep: 'The wizard tells your page where the reader is, for your analytics: a',
    beforeOutcome: 'message at every step (with the step’s id and the answers so far) and a',
    beforeDocument:
      'message with the cause id when it reaches one. They are posted only to your page’s origin. The same events are dispatched on the frame element as DOM events that bubble, and on this site itself on',
  },
  who: 'Who may embed it',
  /** …sets `EMBED_ALLOWED_ORIGINS` (…); it is then sent as `Content-Security-Policy: frame-ancestors` on the frame only… */
  whoText: {
    beforeSetting: 'The frame is allowed on any site unless the operator of this service sets',
    beforeHeader: '(space-separated origins); it is then sent as',
    end: 'on the frame only. The rest of this site refuses to be framed.',
  },
};
