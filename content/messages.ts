import type { Facts } from '@/machines/facts';

/**
 * The words of the texts people copy out of the wizard: the message a visitor sends the site
 * owner, the support agent's ticket summary, and the evidence pack for a host or on-call.
 * Each step's own words come from its MDX; these are the frames around them. The page decides
 * which optional lines appear (e.g. "what I tried" only when something was tried) and passes
 * them in, so no template here ever decides.
 */

/** One answer as the texts list it: the question's short form and the label of the answer. */
export type Answer = { question: string; answer: string };

/**
 * Where a text gives the time of writing while the reader's browser has not filled it in yet
 * (JavaScript off): a page is the same for everyone, so the server never knows that time.
 */
export const unknownTime = '[time]';

/** Texts are written as lines, the way they are pasted into mail and help desks. */
const lines = (...all: string[]) => all.join('\n');

/** The ready message a visitor sends the site owner (shown on site-outage). */
export const ownerMessage = {
  heading: 'Message for the site owner',
  copy: 'Copy message',
  // The wizard never learns the address of the visitor's broken site: the visitor fills it in.
  unknownPage: '[paste the page address here]',
  othersSeeIt: 'Other people see it too.',
  tried: (checks: string[]) => `What I tried, without success: ${checks.join('; ').toLowerCase()}.`,
  browser: (browser: string) => `Browser: ${browser}.`,
  browserOn: (browser: string, os: string) => `Browser: ${browser} on ${os}.`,
  /**
   * The message. `also` are sentences after the first (e.g. `othersSeeIt`); `details` are whole
   * lines (`tried`, `browser`); either may be empty.
   */
  text: ({ when, page, also, details }: { when: string; page: string; also: string[]; details: string[] }) =>
    lines(
      'Hello,',
      '',
      [`Your website shows "502 Bad Gateway" to me (since about ${when}).`, ...also].join(' '),
      `Page: ${page}`,
      ...details,
      '',
      'A 502 means a server in front of your site could not get a usable answer from the server behind it, so it is worth checking your hosting or server. Thank you!',
    ),
};

/** What the ticket summary is built from; the page has already chosen `status` and `headline`. */
export type Ticket = {
  when: string;
  customer: string;
  /** `supportPanel.outcome(title)` or `supportPanel.nowAt(question)`. */
  status: string;
  /** The outcome's title, or `supportPanel.inProgress`. */
  headline: string;
  answers: Answer[];
  /** State ids, first to current. */
  path: string[];
  link: string;
};

// A `|` inside a cell would end the cell early in a Markdown table.
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** Support mode: the agent's panel and the ticket summary they paste into a help desk. */
export const supportPanel = {
  heading: 'Support mode',
  forThisStep: 'For this step.',
  copyLink: 'Copy link for the customer',
  copyText: 'Copy ticket summary',
  copyMarkdown: 'Copy as Markdown',
  trail: 'The trail so far',
  summary: 'Ticket summary',
  /** Who the agent is helping, by the `role` fact; "Not sure" or no answer yet reads as "customer". */
  customer: { owner: 'site owner', visitor: 'visitor', unknown: 'customer' } satisfies Record<NonNullable<Facts['role']>, string>,
  outcome: (title: string) => `Outcome: ${title}`,
  nowAt: (question: string) => `Now at: ${question}`,
  inProgress: 'in progress',
  /** The ticket summary as plain text. */
  text: (t: Ticket) =>
    lines(
      `502 Bad Gateway, diagnosed with gateway-doctor (${t.when})`,
      `Customer: ${t.customer}`,
      t.status,
      '',
      'Answers:',
      ...t.answers.map((a) => `- ${a.question}: ${a.answer}`),
      '',
      `Path: ${t.path.join(' > ')}`,
      `Link: ${t.link}`,
      'Evidence lines: [paste headers or log lines here]',
    ),
  /** The same ticket summary in Markdown, for help desks that render it. */
  markdown: (t: Ticket) =>
    lines(
      `### 502 Bad Gateway: ${t.headline}`,
      '',
      `*${t.when}* · customer: ${t.customer} · [open this step](${t.link})`,
      '',
      `**${t.status}**`,
      '',
      '| Question | Answer |',
      '| --- | --- |',
      ...t.answers.map((a) => `| ${cell(a.question)} | ${cell(a.answer)} |`),
      '',
      `Path: \`${t.path.join(' → ')}\``,
    ),
};

/** What a host or on-call needs to act without a round trip (seed 003). */
export const evidencePack = {
  heading: 'Evidence pack for your host or on-call',
  intro: 'Send this when you escalate: it answers the first questions support will ask. Fill in the bracketed lines.',
  copy: 'Copy evidence',
  unknownUrl: '[paste the failing address]',
  /** The lines naming the causes whose fixes were already tried (only when there are some). */
  tried: (causes: string[]) => ['Already tried, without success, the fixes for:', ...causes.map((title) => `- ${title}`)],
  /** The pack as plain text; `tried` is `evidencePack.tried(…)` or empty. */
  text: ({ when, url, answers, suspected, tried }: { when: string; url: string; answers: Answer[]; suspected: string; tried: string[] }) =>
    lines(
      '502 Bad Gateway: evidence',
      `Time: ${when} (when this was written; add when it started)`,
      `URL: ${url}`,
      '',
      'What we know:',
      ...answers.map((a) => `- ${a.question}: ${a.answer}`),
      '',
      `Suspected cause: ${suspected}`,
      ...tried,
      '',
      'Response headers (curl -sI https://your-site/):',
      '[paste here]',
      '',
      'Log lines from the minute it failed (proxy error log, application log):',
      '[paste here]',
    ),
};
