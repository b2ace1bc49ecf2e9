import Link from 'next/link';
import { FACT_VALUES, type Facts, withFact } from '@/machines/facts';
import { hrefFor, type View } from '../_lib/view';
import { clientLabels } from '@/content/client-labels';
import { clientPicker } from '@/content/ui/wizard';

/**
 * "Showing steps for Windows · Chrome": the detected (or chosen) system and browser, and links to
 * change them. A choice becomes a fact in the URL, so it sticks for the rest of the journey.
 */
export function ClientPicker({ facts, view }: { facts: Facts; view: View }) {
  const os = facts.os ? clientLabels.os[facts.os as keyof typeof clientLabels.os] : clientPicker.anyOs;
  const browser = facts.browser ? clientLabels.browser[facts.browser as keyof typeof clientLabels.browser] : clientPicker.anyBrowser;
  return (
    <details className="print:hidden mb-6 rounded border border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700">
      <summary className="cursor-pointer">
        {clientPicker.showing(os, browser)} <span className="text-accent underline">{clientPicker.change}</span>
      </summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {(['os', 'browser'] as const).map((key) => (
          <nav key={key} aria-label={clientPicker.choose[key]}>
            <p className="font-medium">{clientPicker.kind[key]}</p>
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
