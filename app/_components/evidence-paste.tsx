'use client';

import { type DragEvent, type FormEvent, useActionState, useEffect, useRef, useState } from 'react';
import { evidencePaste } from '@/content/ui/evidence';
import type { Analysis } from '@/lib/analyzer/types';
import type { Facts } from '@/machines/facts';
import { analyzeEvidence } from '../_lib/analyze-action';
import type { View } from '../_lib/view';
import { AnalysisView } from './analysis-view';

type Props = { baseFacts: Facts; causeTitles: Record<string, string>; view?: View; headingLevel?: 'h2' | 'h3' };

// A 10 MB log takes well under a second; past this the worker is stopped and the person told.
const WORKER_TIME_LIMIT_MS = 20_000;

/**
 * "Paste what you see": an error page, response headers or log lines (or a whole log file,
 * chosen or dropped). With JavaScript the analyzer runs in a Web Worker, so the text never leaves
 * the device; without it the form posts to the server, which answers with the same verdict.
 */
export function EvidencePaste({ baseFacts, causeTitles, view, headingLevel: Heading = 'h2' }: Props) {
  const [serverResult, serverAction, serverPending] = useActionState(analyzeEvidence, null);
  const [scripted, setScripted] = useState(false);
  const [local, setLocal] = useState<{ analysis?: Analysis; error?: string } | null>(null);
  const [status, setStatus] = useState('');
  const worker = useRef<Worker | null>(null);
  useEffect(() => {
    setScripted(true);
    return () => worker.current?.terminate();
  }, []);

  const result = local ?? serverResult;

  // Once a verdict is on screen, its heading takes focus: screen readers announce it, keyboards start there.
  useEffect(() => {
    if (local?.analysis) document.getElementById('analysis-verdict')?.focus();
  }, [local]);

  function analyzeHere(text: string, what: string) {
    worker.current?.terminate();
    if (!text.trim()) {
      setLocal({ error: evidencePaste.empty });
      return;
    }
    setStatus(evidencePaste.reading(what));
    const started = new Worker(new URL('../_lib/analyze.worker.ts', import.meta.url), { type: 'module' });
    worker.current = started;
    const timer = setTimeout(() => {
      started.terminate();
      setStatus('');
      setLocal({ error: evidencePaste.tooLong });
    }, WORKER_TIME_LIMIT_MS);
    started.onmessage = (event: MessageEvent<Analysis>) => {
      clearTimeout(timer);
      started.terminate();
      setStatus('');
      setLocal({ analysis: event.data });
    };
    started.postMessage(text);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get('text') ?? '');
    const file = form.get('file');
    if (!text.trim() && file instanceof File && file.size > 0) analyzeHere(await file.text(), file.name);
    else analyzeHere(text, evidencePaste.yourText);
  }

  async function onDrop(event: DragEvent<HTMLElement>) {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    analyzeHere(await file.text(), file.name);
  }

  return (
    <section aria-labelledby="evidence-heading" className="rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
      <Heading id="evidence-heading" className="text-xl font-semibold">
        {evidencePaste.heading}
      </Heading>
      <p id="evidence-hint" className="mt-1 text-zinc-700 dark:text-zinc-300">
        {evidencePaste.hintBefore} <code>curl -sI https://your-site/</code>
        {evidencePaste.hintAfter} {scripted ? evidencePaste.staysHere : ''}
      </p>
      <form
        // Before scripts run (or without them) the form posts to the server; after, it stays here.
        action={scripted ? undefined : serverAction}
        onSubmit={scripted ? onSubmit : undefined}
        className="mt-3 space-y-3"
      >
        <label htmlFor="evidence-text" className="block font-medium">
          {evidencePaste.text}
        </label>
        <textarea
          id="evidence-text"
          name="text"
          rows={6}
          spellCheck={false}
          aria-describedby="evidence-hint"
          onDragOver={(event) => event.preventDefault()}
          onDrop={onDrop}
          className="block w-full rounded border border-zinc-400 bg-white p-2 font-mono text-sm dark:border-zinc-600 dark:bg-zinc-900"
        />
        <label htmlFor="evidence-file" className="block font-medium">
          {evidencePaste.file} <span className="font-normal text-zinc-600 dark:text-zinc-400">{evidencePaste.fileHint}</span>
        </label>
        <input id="evidence-file" name="file" type="file" accept=".log,.txt,.json,.html,text/*" className="block text-sm" />
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-white dark:text-zinc-950" disabled={serverPending}>
          {evidencePaste.submit}
        </button>
      </form>
      <div aria-live="polite" className="mt-4">
        {status && <p>{status}</p>}
        {result?.error && <p className="font-medium text-fail">{result.error}</p>}
        {result?.analysis && <AnalysisView analysis={result.analysis} baseFacts={baseFacts} causeTitles={causeTitles} view={view} />}
      </div>
    </section>
  );
}
