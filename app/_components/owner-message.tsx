import { clientLabels } from '@/content/client-labels';
import { type Facts, UNKNOWN } from '@/machines/facts';
import type { Visit } from '@/machines/replay';
import { answerRows } from '../_lib/answers';
import { CopyButton } from './copy-button';

/**
 * The ready message a visitor can send the site's owner: what they saw, when, and what they
 * already tried (the "short" line of each check that did not help), so the owner can act on it.
 */
export async function OwnerMessage({ path = [], facts = {}, now }: { path?: Visit[]; facts?: Facts; now?: Date }) {
  const tried = (await answerRows(path.filter((visit) => visit.value === 'not-fixed'))).map((row) => row.question);
  // A page rendered once for everyone (the cause page) cannot know the time: the person fills it in.
  const when = now ? `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '[time]';
  const browser = facts.browser && facts.browser !== UNKNOWN ? clientLabels.browser[facts.browser] : undefined;
  const os = facts.os && facts.os !== UNKNOWN ? clientLabels.os[facts.os] : undefined;
  const everyone = facts.downForEveryone === 'yes' ? ' Other people see it too.' : '';
  const lines = [
    'Hello,',
    '',
    `Your website shows "502 Bad Gateway" to me (since about ${when}).${everyone}`,
    'Page: [paste the page address here]',
    tried.length ? `What I tried, without success: ${tried.join('; ').toLowerCase()}.` : '',
    browser ? `Browser: ${browser}${os ? ` on ${os}` : ''}.` : '',
    '',
    'A 502 means a server in front of your site could not get a usable answer from the server behind it, so it is worth checking your hosting or server. Thank you!',
  ].filter((line, i, all) => line !== '' || all[i - 1] !== '');
  const text = lines.join('\n');
  return (
    <figure className="not-prose my-4">
      <figcaption className="mb-1 flex items-center justify-between gap-2">
        <span className="font-semibold">Message for the site owner</span>
        <CopyButton text={text} label="Copy message" />
      </figcaption>
      <pre
        className="whitespace-pre-wrap rounded border border-zinc-300 bg-zinc-50 p-3 font-sans text-sm dark:border-zinc-700 dark:bg-zinc-900"
      >
        {text}
      </pre>
    </figure>
  );
}
