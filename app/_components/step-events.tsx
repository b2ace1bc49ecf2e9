'use client';

import { useEffect } from 'react';
import type { Facts } from '@/machines/facts';

type Props = { step: string; facts: Facts; cause?: string; embedOrigin?: string };

/**
 * Tells the page around the wizard where it is, for analytics and help centres: a DOM
 * `CustomEvent` on `document` (`gateway-doctor:step`, and `gateway-doctor:outcome` at an outcome),
 * and, inside the embed, the same as a `postMessage` to the embedding page's origin only.
 * Mount it with `key` set to the step's URL so it fires once per step.
 */
export function StepEvents({ step, facts, cause, embedOrigin }: Props) {
  useEffect(() => {
    const events = [{ type: 'gateway-doctor:step', step, facts }, ...(cause ? [{ type: 'gateway-doctor:outcome', cause }] : [])];
    for (const { type, ...detail } of events) {
      document.dispatchEvent(new CustomEvent(type, { detail }));
      if (embedOrigin && window.parent !== window) window.parent.postMessage({ type, ...detail }, embedOrigin);
    }
  }, [step, facts, cause, embedOrigin]);
  return null;
}
