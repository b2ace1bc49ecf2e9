import Link from 'next/link';
import { layerNames, vendorNames } from '@/content/layers';
import { analysisView } from '@/content/ui/evidence';
import type { Analysis, Signal } from '@/lib/analyzer/types';
import type { Facts } from '@/machines/facts';
import { stackLayers } from '@/machines/stack';
import { hrefFor, SITE_VIEW, type View } from '../_lib/view';
import { RequestChain } from './request-chain';

type Props = { analysis: Analysis; baseFacts: Facts; causeTitles: Record<string, string>; view?: View };

/** Where the analyzer's facts take the person: their own answers win, the rest is filled in. */
export function continueHref(analysis: Analysis, baseFacts: Facts, view: View = SITE_VIEW): string {
  return hrefFor(view, { role: 'owner', ...analysis.facts, ...baseFacts });
}

/** One entry per evidence line: several rules may read the same line, each adding its meaning. */
function linesOf(signals: Signal[]) {
  const byLine = new Map<number, { line: number; text: string; meanings: string[]; more: number }>();
  for (const signal of signals) {
    const entry = byLine.get(signal.line) ?? { line: signal.line, text: signal.text, meanings: [], more: 0 };
    if (!entry.meanings.includes(signal.meaning)) entry.meanings.push(signal.meaning);
    entry.more = Math.max(entry.more, (signal.count ?? 1) - 1);
    byLine.set(signal.line, entry);
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/**
 * The analyzer's verdict, shown the same whether it ran in the browser or on the server: who
 * returned the 502 and why, the request chain with the failing hop, the lines that were evidence,
 * and "Continue" into the wizard with those answers filled in.
 */
export function AnalysisView({ analysis, baseFacts, causeTitles, view = SITE_VIEW }: Props) {
  if (!analysis.recognised) {
    return (
      <div>
        <h3 id="analysis-verdict" tabIndex={-1} className="text-lg font-semibold">
          {analysisView.nothingRecognised}
        </h3>
        <p className="mt-1">
          {analysisView.nothingBefore} <code>curl -sI https://your-site/</code>
          {analysisView.nothingAfter}
        </p>
      </div>
    );
  }
  const who = analysis.vendor ? vendorNames[analysis.vendor] ?? analysis.vendor : undefined;
  const where = analysis.layer ? layerNames[analysis.layer].toLowerCase() : undefined;
  const layers = stackLayers(analysis.facts);
  const failingAfter = analysis.layer ? layers.find((layer) => layer === analysis.layer) : undefined;
  return (
    <div>
      <h3 id="analysis-verdict" tabIndex={-1} className="text-lg font-semibold">
        {who && where ? analysisView.whoReturned(who, where) : where ? analysisView.layerReturned(where) : analysisView.whatItSays}
      </h3>
      {analysis.signals[0] && <p className="mt-1">{analysis.signals[0].meaning}</p>}
      {analysis.truncated && <p className="mt-1 text-sm">{analysisView.truncated}</p>}
      {failingAfter && (
        <RequestChain
          layers={layers.map((layer) => ({ id: layer, label: layerNames[layer] }))}
          failingAfter={failingAfter}
          caption={analysisView.couldNotGet(layerNames[failingAfter].toLowerCase())}
        />
      )}
      <h4 className="mt-4 font-semibold">{analysisView.evidence}</h4>
      <ol className="mt-2 space-y-3">
        {linesOf(analysis.signals).map(({ line, text, meanings, more }) => (
          <li key={line}>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {more > 0 ? analysisView.lineAndMore(line, more) : analysisView.line(line)}
            </p>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long log line scrolls sideways; the keyboard must reach it. */}
            <pre tabIndex={0} className="overflow-x-auto rounded bg-zinc-100 p-2 text-sm dark:bg-zinc-900">
              <mark className="bg-yellow-200 text-zinc-900 dark:bg-yellow-300">{text}</mark>
            </pre>
            {meanings.map((meaning) => (
              <p key={meaning} className="mt-1">
                {meaning}
              </p>
            ))}
          </li>
        ))}
      </ol>
      {analysis.causes.length > 0 && (
        <>
          <h4 className="mt-4 font-semibold">{analysisView.likelyCauses}</h4>
          <ul className="mt-1 list-disc pl-6">
            {analysis.causes.slice(0, 3).map((cause) => (
              <li key={cause.id}>
                {causeTitles[cause.id] ?? cause.id} <span className="text-zinc-600 dark:text-zinc-400">({cause.likelihood})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-4">
        <Link href={continueHref(analysis, baseFacts, view)} prefetch={false} className="inline-block rounded-lg bg-accent px-4 py-2 font-semibold text-white no-underline dark:text-zinc-950">
          {analysisView.continue}
        </Link>
      </p>
    </div>
  );
}
