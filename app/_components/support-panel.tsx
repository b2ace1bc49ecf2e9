import { type Facts, UNKNOWN } from '@/machines/facts';
import type { Visit } from '@/machines/replay';
import { answerRows } from '../_lib/answers';
import { loadOutcome, loadQuestion } from '../_lib/content';
import { hrefFor, type View } from '../_lib/view';
import { CopyButton } from './copy-button';

type Props = { path: Visit[]; facts: Facts; view: View; step: string; outcome?: string; now: Date };

/** The placeholder CopyButton swaps for this site's own origin, so copied links are absolute. */
const ORIGIN = '{origin}';

/**
 * Support mode: the whole trail on one screen with what to ask at each step, a ticket summary to
 * paste into a help desk (plain text or Markdown), and the link that opens the same step for the
 * customer, without these notes.
 */
export async function SupportPanel({ path, facts, view, step, outcome, now }: Props) {
  const rows = await answerRows(path);
  const scripts = await Promise.all(path.map(async (visit) => (await loadQuestion(visit.step)).support));
  const current = outcome ? await loadOutcome(outcome) : await loadQuestion(step);
  const currentTitle = outcome ? (current as { title: string }).title : (current as { question: string }).question;
  const customerLink = `${ORIGIN}${hrefFor({ ...view, support: false }, facts)}`;
  const when = `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const who = facts.role === 'owner' ? 'site owner' : facts.role === UNKNOWN || !facts.role ? 'customer' : 'visitor';
  const status = outcome ? `Outcome: ${currentTitle}` : `Now at: ${currentTitle}`;
  const plain = [
    `502 Bad Gateway, diagnosed with gateway-doctor (${when})`,
    `Customer: ${who}`,
    status,
    '',
    'Answers:',
    ...rows.map((row) => `- ${row.question}: ${row.answer}`),
    '',
    `Path: ${[...path.map((visit) => visit.step), outcome ?? step].join(' > ')}`,
    `Link: ${customerLink}`,
    'Evidence lines: [paste headers or log lines here]',
  ].join('\n');
  const markdown = [
    `### 502 Bad Gateway: ${outcome ? currentTitle : 'in progress'}`,
    '',
    `*${when}* · customer: ${who} · [open this step](${customerLink})`,
    '',
    `**${status}**`,
    '',
    '| Question | Answer |',
    '| --- | --- |',
    ...rows.map((row) => `| ${row.question.replace(/\|/g, '\\|')} | ${row.answer.replace(/\|/g, '\\|')} |`),
    '',
    `Path: \`${[...path.map((visit) => visit.step), outcome ?? step].join(' → ')}\``,
  ].join('\n');

  return (
    <aside aria-labelledby="support-heading" className="mb-8 rounded-lg border-2 border-dashed border-accent p-4">
      <h2 id="support-heading" className="text-lg font-semibold">
        Support mode
      </h2>
      {current.support && (
        <p className="mt-2 rounded bg-zinc-100 p-3 dark:bg-zinc-900">
          <span className="font-semibold">For this step. </span>
          {current.support}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <CopyButton text={customerLink} label="Copy link for the customer" />
        <CopyButton text={plain} label="Copy ticket summary" />
        <CopyButton text={markdown} label="Copy as Markdown" />
      </div>
      {rows.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">The trail so far</h3>
          <ol className="mt-2 space-y-2">
            {rows.map((row, i) => (
              <li key={row.step}>
                <span className="font-medium">{row.question}:</span> {row.answer}
                {scripts[i] && <span className="block text-sm text-zinc-700 dark:text-zinc-300">{scripts[i]}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      <details className="mt-4">
        <summary className="cursor-pointer font-medium">Ticket summary</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded bg-zinc-50 p-3 text-sm dark:bg-zinc-900">{plain.replaceAll(ORIGIN, '')}</pre>
      </details>
    </aside>
  );
}
