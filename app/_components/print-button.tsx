'use client';

import { useEffect, useState } from 'react';
import { printButton } from '@/content/ui/print';

/** Prints the page (the print stylesheet keeps the evidence and drops the navigation). */
export function PrintButton() {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-zinc-400 bg-white px-2 py-1 text-xs font-medium text-zinc-900 hover:bg-zinc-100 print:hidden dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
    >
      {printButton.print}
    </button>
  );
}
