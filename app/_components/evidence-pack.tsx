import { evidencePack, unknownTime } from '@/content/messages';
import type { OutcomeId } from '@/machines/causes';
import type { Visit } from '@/machines/replay';
import { answerRows } from '../_lib/answers';
import { loadOutcome } from '../_lib/content';
import { NOW } from '../_lib/placeholders';
import { CopyButton } from './copy-button';
import { FilledText } from './filled-text';
import { PrintButton } from './print-button';

type Props = { path: Visit[]; tried: OutcomeId[]; suspected: OutcomeId };

/**
 * What a host or on-call needs to act without a round trip (seed 003): the time with its zone,
 * the URL, constant or intermittent, after a deploy or not, the headers and log lines, and what
 * was already checked and tried. Copyable as plain text and readable on paper. The words are in
 * content/messages.ts.
 */
export async function EvidencePack({ path, tried, suspected }: Props) {
  const rows = await answerRows(path);
  const triedTitles = await Promise.all(tried.map(async (id) => (await loadOutcome(id)).title));
  const text = evidencePack.text({
    when: NOW,
    url: evidencePack.unknownUrl,
    answers: rows,
    suspected: (await loadOutcome(suspected)).title,
    tried: triedTitles.length ? evidencePack.tried(triedTitles) : [],
  });
  return (
    <section
      aria-labelledby="evidence-title"
      className="mt-8 scroll-mt-4 rounded border border-zinc-300 px-4 py-3 dark:border-zinc-700 print:border-0 print:px-0"
      id="evidence"
    >
      <h2 id="evidence-title" className="text-lg font-semibold">
        {evidencePack.heading}
      </h2>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{evidencePack.intro}</p>
      <div className="mt-2 flex justify-end gap-2">
        <CopyButton text={text} label={evidencePack.copy} />
        <PrintButton />
      </div>
      <FilledText
        text={text}
        unknown={{ origin: '', now: unknownTime }}
        className="mt-2 whitespace-pre-wrap rounded bg-zinc-50 p-3 font-mono text-sm dark:bg-zinc-900"
      />
    </section>
  );
}
