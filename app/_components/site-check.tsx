'use client';

import Link from 'next/link';
import { type FormEvent, type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { layerNames, vendorNames } from '@/content/layers';
import { ownerResult, siteCheck, visitorResult } from '@/content/ui/site-check';
import type { ProbeResult } from '@/lib/probe/types';
import { downForEveryone, ms, siteOf, statusWords, visitorSummary } from '@/lib/probe/words';
import { type Facts, withFact } from '@/machines/facts';
import { hrefFor, SITE_VIEW, type View } from '../_lib/view';

type Mode = 'visitor' | 'owner';

type Props = {
  /** `visitor`: "Check it now", for "is it down for everyone?"; `owner`: "Check my site", for "which layer returned it?". */
  mode: Mode;
  /** The facts of the current step: the links out keep them (and the person's own answers win). */
  facts: Facts;
  /** Cause titles by id, for the owner's likely causes (ids are shown, made readable, without them). */
  causeTitles?: Record<string, string>;
  /** Where the links lead (the site's /diagnose, the embed, support mode); the site by default. */
  view?: View;
  headingLevel?: 'h2' | 'h3';
};

type State =
  | { phase: 'idle' }
  | { phase: 'checking'; site: string }
  | { phase: 'error'; message: string }
  | { phase: 'done'; result: ProbeResult };

/** Calls the API; every failure becomes a sentence to show. */
async function check(url: string, signal: AbortSignal): Promise<{ result: ProbeResult } | { error: string }> {
  let response: Response;
  try {
    response = await fetch('/api/probe', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url }),
      signal,
    });
  } catch {
    return { error: siteCheck.offline };
  }
  const body = (await response.json().catch(() => null)) as (ProbeResult & { error?: string }) | null;
  if (!response.ok || !body || body.kind !== 'result') {
    return { error: body?.error ?? siteCheck.failed(response.status) };
  }
  return { result: body };
}

/**
 * "Check it now" / "Check my site": the site check from our server (POST /api/probe), in plain
 * words, with links into the wizard carrying the answer it suggests. It needs JavaScript, so it
 * renders nothing until hydrated: without it the person answers the question by hand.
 */
export function SiteCheck({ mode, facts, causeTitles = {}, view = SITE_VIEW, headingLevel: Heading = 'h2' }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [address, setAddress] = useState('');
  const [state, setState] = useState<State>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const text = siteCheck[mode];

  useEffect(() => {
    setHydrated(true);
    return () => running.current?.abort();
  }, []);
  // The result's heading takes focus, so screen readers read it and keyboards start there.
  useEffect(() => {
    if (state.phase === 'done') resultHeading.current?.focus();
  }, [state]);

  if (!hydrated) return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const url = address.trim();
    if (!url) {
      setState({ phase: 'error', message: siteCheck.noAddress });
      return;
    }
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ phase: 'checking', site: url });
    const outcome = await check(url, controller.signal);
    if (controller.signal.aborted) return;
    setState('result' in outcome ? { phase: 'done', result: outcome.result } : { phase: 'error', message: outcome.error });
  }

  const errorId = `${id}-error`;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
      <Heading id={`${id}-heading`} className="text-xl font-semibold">
        {text.heading}
      </Heading>
      <p id={`${id}-hint`} className="mt-1 text-zinc-700 dark:text-zinc-300">
        {text.hint}
      </p>
      <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-wrap items-end gap-3">
        <div className="min-w-0 grow">
          <label htmlFor={`${id}-url`} className="block font-medium">
            {siteCheck.address}
          </label>
          <input
            id={`${id}-url`}
            name="url"
            type="text"
            inputMode="url"
            autoComplete="url"
            autoCapitalize="none"
            spellCheck={false}
            placeholder={siteCheck.placeholder}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            aria-describedby={state.phase === 'error' ? `${id}-hint ${errorId}` : `${id}-hint`}
            aria-invalid={state.phase === 'error' ? true : undefined}
            className="mt-1 block w-full rounded border border-zinc-400 bg-white p-2 dark:border-zinc-600 dark:bg-zinc-900"
          />
        </div>
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-white dark:text-zinc-950">
          {text.button}
        </button>
      </form>
      <div role="status" aria-live="polite" className="mt-3">
        {state.phase === 'checking' && <p>{siteCheck.checking(state.site)}</p>}
        {state.phase === 'error' && (
          <p id={errorId} className="font-medium text-fail">
            {state.message}
          </p>
        )}
        {state.phase === 'done' && <p className="sr-only">{siteCheck.done}</p>}
      </div>
      {state.phase === 'done' &&
        (mode === 'visitor' ? (
          <VisitorResult result={state.result} facts={facts} view={view} headingRef={resultHeading} level={Heading} />
        ) : (
          <OwnerResult
            result={state.result}
            facts={facts}
            view={view}
            causeTitles={causeTitles}
            headingRef={resultHeading}
            level={Heading}
          />
        ))}
    </section>
  );
}

type ResultProps = { result: ProbeResult; facts: Facts; view: View; headingRef: RefObject<HTMLHeadingElement | null>; level: 'h2' | 'h3' };

function ResultHeading({
  level,
  headingRef,
  children,
}: {
  level: 'h2' | 'h3';
  headingRef: ResultProps['headingRef'];
  children: ReactNode;
}) {
  const Tag = level === 'h2' ? 'h3' : 'h4';
  return (
    <Tag ref={headingRef} tabIndex={-1} className="mt-4 text-lg font-semibold">
      {children}
    </Tag>
  );
}

const linkClass = 'inline-block rounded-lg border-2 px-4 py-2 font-medium no-underline';

function VisitorResult({ result, facts, view, headingRef, level }: ResultProps) {
  const suggested = downForEveryone(result);
  const answers: ('yes' | 'no')[] = suggested === 'no' ? ['no', 'yes'] : ['yes', 'no'];
  return (
    <div>
      <ResultHeading level={level} headingRef={headingRef}>
        {visitorResult.verdict[suggested ?? 'unknown']}
      </ResultHeading>
      <p className="mt-1">{visitorSummary(result)}</p>
      {result.redirects.length > 0 && <p className="mt-1 text-sm">{visitorResult.redirected(result.finalUrl)}</p>}
      <p className="mt-3">{visitorResult.matches}</p>
      <ul className="mt-2 flex flex-wrap gap-3">
        {answers.map((answer) => (
          <li key={answer}>
            <Link
              href={hrefFor(view, withFact(facts, 'downForEveryone', answer))}
              prefetch={false}
              className={`${linkClass} ${answer === suggested ? 'border-accent bg-accent text-white dark:text-zinc-950' : 'border-accent text-accent-strong'}`}
            >
              {visitorResult.continue[answer]}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function readable(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function ownerHeading(result: ProbeResult): string {
  const site = siteOf(result);
  const status = statusWords(result);
  if (status === null) return ownerResult.unreachable(site);
  const { layer, vendor } = result.verdict;
  const who = vendor ? (vendorNames[vendor] ?? vendor) : null;
  const where = layer ? layerNames[layer].toLowerCase() : null;
  if (who && where) return ownerResult.whoAnswered(who, where, status);
  if (where) return ownerResult.layerAnswered(where, status);
  return ownerResult.siteAnswered(site, status);
}

function OwnerResult({ result, facts, view, causeTitles, headingRef, level }: ResultProps & { causeTitles: Record<string, string> }) {
  const { verdict, timings } = result;
  const meanings = [...new Set(verdict.signals.map((signal) => signal.meaning))].slice(0, 3);
  // The person's own answers win over what the check read.
  const next: Facts = { role: 'owner', ...verdict.facts, ...facts };
  const adds = Object.keys(verdict.facts).some((key) => !(key in facts));
  const rows: [string, string][] = [
    [ownerResult.status, statusWords(result) ?? ownerResult.noAnswer],
    [ownerResult.layer, verdict.layer ? layerNames[verdict.layer] : ownerResult.notRecognised],
    [ownerResult.vendor, verdict.vendor ? (vendorNames[verdict.vendor] ?? verdict.vendor) : ownerResult.notRecognised],
    [ownerResult.checked, result.finalUrl],
    [ownerResult.connectedTo, result.address ?? ownerResult.none],
    [
      ownerResult.request,
      result.body.truncated ? ownerResult.partRead(result.method, Math.round(result.body.bytes / 1024)) : result.method,
    ],
  ];
  const times: [string, number | null][] = [
    [ownerResult.timing.dns, timings.dnsMs],
    [ownerResult.timing.connect, timings.connectMs],
    [ownerResult.timing.tls, timings.tlsMs],
    [ownerResult.timing.firstByte, timings.firstByteMs],
    [ownerResult.timing.total, timings.totalMs],
  ];
  return (
    <div>
      <ResultHeading level={level} headingRef={headingRef}>
        {ownerHeading(result)}
      </ResultHeading>
      {result.failure && <p className="mt-1">{result.failure.message}</p>}
      {meanings.map((meaning) => (
        <p key={meaning} className="mt-1">
          {meaning}
        </p>
      ))}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="font-medium">{name}</dt>
            <dd className="min-w-0 break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {result.redirects.length > 0 && (
        <>
          <p className="mt-3 font-medium">{ownerResult.redirects}</p>
          <ol className="list-decimal pl-6">
            {result.redirects.map((redirect) => (
              <li key={redirect.url} className="break-all">
                {ownerResult.redirect(redirect.status, redirect.url, redirect.location)}
              </li>
            ))}
          </ol>
        </>
      )}
      <table className="mt-3 text-left">
        <caption className="text-left font-medium">{ownerResult.timings}</caption>
        <thead>
          <tr>
            {times.map(([name]) => (
              <th key={name} scope="col" className="pr-4 font-medium">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {times.map(([name, value]) => (
              <td key={name} className="pr-4">
                {ms(value)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {result.headers.length > 0 && (
        <table className="mt-3 w-full table-fixed text-left text-sm">
          <caption className="text-left text-base font-medium">{ownerResult.headers}</caption>
          <thead>
            <tr>
              <th scope="col" className="w-1/3 pr-4">
                {ownerResult.name}
              </th>
              <th scope="col">{ownerResult.value}</th>
            </tr>
          </thead>
          <tbody className="font-mono">
            {result.headers.map(([name, value], index) => (
              <tr key={index}>
                <td className="break-all pr-4 align-top">{name}</td>
                <td className="break-all align-top">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {verdict.causes.length > 0 && (
        <>
          <p className="mt-3 font-medium">{ownerResult.likelyCauses}</p>
          <ul className="list-disc pl-6">
            {verdict.causes.slice(0, 3).map((cause) => (
              <li key={cause.id}>
                {causeTitles[cause.id] ?? readable(cause.id)} <span className="text-zinc-600 dark:text-zinc-400">({cause.likelihood})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {adds ? (
        <p className="mt-4">
          <Link
            href={hrefFor(view, next)}
            prefetch={false}
            className="inline-block rounded-lg bg-accent px-4 py-2 font-semibold text-white no-underline dark:text-zinc-950"
          >
            {ownerResult.continue}
          </Link>
        </p>
      ) : (
        <p className="mt-4">{ownerResult.addsNothing}</p>
      )}
    </div>
  );
}
