import Link from 'next/link';
import { FACT_VALUES, type Facts, withFact } from '@/machines/facts';
import { hrefFor, type View } from '../_lib/view';
import { clientLabels } from '@/content/client-labels';

/**
 * "Showing steps for Windows · Chrome": the detected (or chosen) system and browser, and links to
 * change them. A choice becomes a fact in the URL, so it sticks for the rest of the journey.
 */
export function ClientPicker({ facts, view }: { facts: Facts; view: View }) {
  const os = facts.os ? clientLabels.os[facts.os as keyof typeof clientLabels.os] : 'your system';
  const browser = facts.browser ? clientLabels.browser[facts.browser as keyof typeof clientLabels.browser] : 'your browser';
  return (
    <details className="print:hidden mb-6 rounded border border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700">
      <summary className="cursor-pointer">
        Showing steps for {os} · {browser}. <span className="text-accent underline">Change</span>
      </summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {(['os', 'browser'] as const).map((key) => (
          <nav key={key} aria-label={key === 'os' ? 'Choose your system' : 'Choose your browser'}>
            <p className="font-medium">{key === 'os' ? 'System' : 'Browser'}</p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {FACT_VALUES[key].map((value) => (
                <li key={value}>
                  <Link
                    href={hrefFor(view, withFact(facts, key, value))}
                    prefetch={false}
                    aria-current={facts[key] === value ? 'true' : undefined}
                    className="inline-block rounded border border-zinc-400 px-2 py-1 no-underline aria-[current]:border-accent aria-[current]:font-semibold"
                  >
                    {clientLabels[key][value as keyof (typeof clientLabels)[typeof key]]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </div>
    </details>
  );
}
