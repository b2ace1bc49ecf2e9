'use client';

import { useEffect, useState } from 'react';
import { fillIn } from '../_lib/placeholders';

/**
 * A copyable text as its reader should see it: the server renders the placeholders as `unknown`
 * says (what shows with JavaScript off), the browser fills in its own origin and the time.
 */
export function FilledText({ text, unknown, className }: { text: string; unknown: { origin: string; now: string }; className: string }) {
  const [shown, setShown] = useState(() => fillIn(text, unknown));
  useEffect(() => setShown(fillIn(text, { origin: window.location.origin, now: new Date() })), [text]);
  return <pre className={className}>{shown}</pre>;
}
