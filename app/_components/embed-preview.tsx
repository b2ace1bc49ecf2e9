'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { embedPreview } from '@/content/ui/embed-preview';
import { CopyButton } from './copy-button';

type Options = { facts: string; theme: 'auto' | 'light' | 'dark'; accent: string };

/** The one line a help centre pastes, for these options and this site's own address. */
function snippetFor(origin: string, { facts, theme, accent }: Options): string {
  const attributes = [
    facts.trim() && `data-facts="${facts.trim().replace(/"/g, '&quot;')}"`,
    theme !== 'auto' && `data-theme="${theme}"`,
    accent && accent.toLowerCase() !== '#1d4ed8' && `data-accent="${accent}"`,
  ].filter(Boolean);
  return `<script src="${origin}/embed.js"${attributes.map((a) => ` ${a}`).join('')} async></script>`;
}

/**
 * The snippet with its options, and a live preview that runs the real embed.js with them, exactly
 * as a help centre's page would.
 */
export function EmbedPreview() {
  const [origin, setOrigin] = useState('https://THIS-SITE');
  const [options, setOptions] = useState<Options>({ facts: 'role=owner', theme: 'auto', accent: '#1d4ed8' });
  const preview = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => setOrigin(window.location.origin), []);
  useEffect(() => {
    const box = preview.current;
    if (!box || origin.startsWith('https://THIS')) return;
    box.replaceChildren();
    const script = document.createElement('script');
    script.src = `${origin}/embed.js`;
    if (options.facts.trim()) script.dataset.facts = options.facts.trim();
    if (options.theme !== 'auto') script.dataset.theme = options.theme;
    script.dataset.accent = options.accent;
    box.appendChild(script);
  }, [origin, options]);
  const snippet = snippetFor(origin, options);
  return (
    <div>
      <div className="not-prose relative">
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard. */}
        <pre tabIndex={0} className="overflow-x-auto rounded bg-zinc-900 p-3 pr-24 text-sm text-zinc-100 dark:bg-zinc-800">
          {snippet}
        </pre>
        <div className="absolute right-2 top-2">
          <CopyButton text={snippet} label={embedPreview.copy} />
        </div>
      </div>
      <fieldset className="mt-4 grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">{embedPreview.options}</legend>
        <label htmlFor={`${id}-facts`} className="block text-sm font-medium">
          {embedPreview.facts}
          <input
            id={`${id}-facts`}
            value={options.facts}
            onChange={(event) => setOptions({ ...options, facts: event.target.value })}
            className="mt-1 block w-full rounded border border-zinc-400 bg-white p-1 font-mono text-sm dark:border-zinc-600 dark:bg-zinc-900"
          />
        </label>
        <label htmlFor={`${id}-theme`} className="block text-sm font-medium">
          {embedPreview.theme}
          <select
            id={`${id}-theme`}
            value={options.theme}
            onChange={(event) => setOptions({ ...options, theme: event.target.value as Options['theme'] })}
            className="mt-1 block w-full rounded border border-zinc-400 bg-white p-1 text-sm dark:border-zinc-600 dark:bg-zinc-900"
          >
            <option value="auto">{embedPreview.themes.auto}</option>
            <option value="light">{embedPreview.themes.light}</option>
            <option value="dark">{embedPreview.themes.dark}</option>
          </select>
        </label>
        <label htmlFor={`${id}-accent`} className="block text-sm font-medium">
          {embedPreview.accent}
          <input
            id={`${id}-accent`}
            type="color"
            value={options.accent}
            onChange={(event) => setOptions({ ...options, accent: event.target.value })}
            className="mt-1 block h-8 w-full rounded border border-zinc-400"
          />
        </label>
      </fieldset>
      <h3 className="mt-6 font-semibold">{embedPreview.preview}</h3>
      <div ref={preview} className="mt-2 rounded border border-zinc-300 dark:border-zinc-700" data-testid="embed-preview" />
    </div>
  );
}
