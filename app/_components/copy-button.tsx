'use client';

import { useEffect, useState } from 'react';
import { copyButton } from '@/content/ui/copy';
import { fillIn } from '../_lib/placeholders';

/**
 * Copies text to the clipboard. Rendered only once scripts run, so nobody meets a dead button
 * with JavaScript off (the text itself is always selectable).
 */
export function CopyButton({ text, label = copyButton.copy }: { text: string; label?: string }) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button
      type="button"
      className="print:hidden rounded border border-zinc-400 bg-white px-2 py-1 text-xs font-medium text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
      onClick={async () => {
        // The server cannot know this site's origin (behind whatever proxies it sits) nor the
        // time of copying (the page may come from a cache): both are filled in here.
        await navigator.clipboard.writeText(fillIn(text, { origin: window.location.origin, now: new Date() }));
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      <span aria-live="polite">{copied ? copyButton.copied : label}</span>
    </button>
  );
}
