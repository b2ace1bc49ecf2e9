import { supportPanel, unknownTime } from '@/content/messages';
import { type Facts, UNKNOWN } from '@/machines/facts';
import type { Visit } from '@/machines/replay';
import { answerRows } from '../_lib/answers';
import { loadOutcome, loadQuestion } from '../_lib/content';
import { NOW, ORIGIN } from '../_lib/placeholders';
import { hrefFor, type View } from '../_lib/view';
import { CopyButton } from './copy-button';
import { FilledText } from './filled-text';

type Props = { path: Visit[]; facts: Facts; view: View; step: string; outcome?: string };

/**
 * Support mode: the whole trail on one screen with what to ask at each step, a ticket summary to
 * paste into a help desk (plain text or Markdown), and the link that opens the same step for the
 * customer, without these notes. The words are in content/messages.ts.
 */
export async function SupportPanel({ path, facts, view, step, outcome }: Props) {
  const rows = await answerRows(path);
  const scripts = await Promise.all(path.map(async (visit) => (await loadQuestion(visit.step)).support));
  const current = outcome ? await loadOutcome(outcome) : await loadQuestion(step);
  const currentTitle = outcome ? (current as { title: string }).title : (current as { question: string }).question;
  const customerLink = `${ORIGIN}${hrefFor({ ...view, support: false }, facts)}`;
  // Both forms are written from one ticket, so they always carry the same answers.
  const ticket = {
    when: NOW,
    customer: supportPanel.customer[facts.role ?? UNKNOWN],
    status: outcome ? supportPanel.outcome(currentTitle) : supportPanel.nowAt(currentTitle),
    headline: outcome ? currentTitle : supportPanel.inProgress,
    answers: rows,
    path: [...path.map((visit) => visit.step), outcome ?? step],
    link: customerLink,
  };
  const plain = supportPanel.text(ticket);
  const markdown = supportPanel.markdown(ticket);

  return (
    <aside aria-labelledby="support-heading" className="mb-8 rounded-lg border-2 border-dashed border-accent p-4">
      <h2 id="support-heading" className="text-lg font-semibold">
        {supportPanel.heading}
      </h2>
      {current.support && (
        <p className="mt-2 rounded bg-zinc-100 p-3 dark:bg-zinc-900">
          <span className="font-semibold">{supportPanel.forThisStep} </span>
          {current.support}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <CopyButton text={customerLink} label={supportPanel.copyLink} />
        <CopyButton text={plain} label={supportPanel.copyText} />
        <CopyButton text={markdown} label={supportPanel.copyMarkdown} />
      </div>
      {rows.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">{supportPanel.trail}</h3>
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
        <summary className="cursor-pointer font-medium">{supportPanel.summary}</summary>
        <FilledText
          text={plain}
          unknown={{ origin: '', now: unknownTime }}
          className="mt-2 whitespace-pre-wrap rounded bg-zinc-50 p-3 text-sm dark:bg-zinc-900"
        />
      </details>
    </aside>
  );
}
