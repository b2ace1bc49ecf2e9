'use client';

import { useEffect } from 'react';

/**
 * Inside the embed: reports the page's height to the embedding page (public/embed.js sets the
 * iframe to it), so the wizard never shows an inner scrollbar. Posts only to the embedder's origin.
 */
export function EmbedResizer({ origin, rootId }: { origin: string; rootId: string }) {
  useEffect(() => {
    const root = document.getElementById(rootId);
    if (window.parent === window || !root) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: 'gateway-doctor:resize', height }, origin);
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    report();
    return () => observer.disconnect();
  }, [origin, rootId]);
  return null;
}
