import type { OutcomeId } from '@/machines/causes';
import type { Visit } from '@/machines/replay';
import { answerRows } from '../_lib/answers';
import { loadOutcome } from '../_lib/content';
import { CopyButton } from './copy-button';
import { PrintButton } from './print-button';

type Props = { path: Visit[]; tried: OutcomeId[]; suspected: OutcomeId; now: Date };

/**
 * What a host or on-call needs to act without a round trip (seed 003): the time with its zone,
 * the URL, constant or intermittent, after a deploy or not, the headers and log lines, and what
 * was already checked and tried. Copyable as plain text and readable on paper.
 */
export async function EvidencePack({ path, tried, suspected, now }: Props) {
  const rows = await answerRows(path);
  const triedTitles = await Promise.all(tried.map(async (id) => (await loadOutcome(id)).title));
  const suspectedTitle = (await loadOutcome(suspected)).title;
  const text = [
    '502 Bad Gateway: evidence',
    `Time: ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC (when this was written; add when it started)`,
    'URL: [paste the failing address]',
    '',
    'What we know:',
    ...rows.map((row) => `- ${row.question}: ${row.answer}`),
    '',
    `Suspected cause: ${suspectedTitle}`,
    ...(triedTitles.length ? ['Already tried, without success, the fixes for:', ...triedTitles.map((t) => `- ${t}`)] : []),
    '',
    'Response headers (curl -sI https://your-site/):',
    '[paste here]',
    '',
    'Log lines from the minute it failed (proxy error log, application log):',
    '[paste here]',
  ].join('\n');
  return (
    <section aria-labelledby="evidence-title" className="mt-8 scroll-mt-4 rounded border border-zinc-300 px-4 py-3 dark:border-zinc-700 print:border-0 print:px-0" id="evidence">
      <h2 id="evidence-title" className="text-lg font-semibold">
        Evidence pack for your host or on-call
      </h2>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        Send this when you escalate: it answers the first questions support will ask. Fill in the bracketed lines.
      </p>
      <div className="mt-2 flex justify-end gap-2">
        <CopyButton text={text} label="Copy evidence" />
        <PrintButton />
      </div>
      <pre className="mt-2 whitespace-pre-wrap rounded bg-zinc-50 p-3 font-mono text-sm dark:bg-zinc-900">{text}</pre>
    </section>
  );
}
