import { clientLabels } from '@/content/client-labels';
import { ownerMessage, unknownTime } from '@/content/messages';
import { type Facts, UNKNOWN } from '@/machines/facts';
import type { Visit } from '@/machines/replay';
import { answerRows } from '../_lib/answers';
import { NOW } from '../_lib/placeholders';
import { CopyButton } from './copy-button';
import { FilledText } from './filled-text';

/**
 * The ready message a visitor can send the site's owner: what they saw, when, and what they
 * already tried (the "short" line of each check that did not help), so the owner can act on it.
 * The words are in content/messages.ts; this chooses which lines apply.
 */
export async function OwnerMessage({ path = [], facts = {} }: { path?: Visit[]; facts?: Facts }) {
  const tried = (await answerRows(path.filter((visit) => visit.value === 'not-fixed'))).map((row) => row.question);
  const browser = facts.browser && facts.browser !== UNKNOWN ? clientLabels.browser[facts.browser] : undefined;
  const os = facts.os && facts.os !== UNKNOWN ? clientLabels.os[facts.os] : undefined;
  const also = facts.downForEveryone === 'yes' ? [ownerMessage.othersSeeIt] : [];
  const details: string[] = [];
  if (tried.length) details.push(ownerMessage.tried(tried));
  if (browser) details.push(os ? ownerMessage.browserOn(browser, os) : ownerMessage.browser(browser));
  const text = ownerMessage.text({ when: NOW, page: ownerMessage.unknownPage, also, details });
  return (
    <figure className="not-prose my-4">
      <figcaption className="mb-1 flex items-center justify-between gap-2">
        <span className="font-semibold">{ownerMessage.heading}</span>
        <CopyButton text={text} label={ownerMessage.copy} />
      </figcaption>
      <FilledText
        text={text}
        unknown={{ origin: '', now: unknownTime }}
        className="whitespace-pre-wrap rounded border border-zinc-300 bg-zinc-50 p-3 font-sans text-sm dark:border-zinc-700 dark:bg-zinc-900"
      />
    </figure>
  );
}
