import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

// Every page is rendered per request so that Next can put this request's CSP nonce (proxy.ts) on
// its inline scripts; a static page would carry none and be blocked. The pages are cheap to render.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'gateway-doctor: fix a 502 Bad Gateway', template: '%s · gateway-doctor' },
  description:
    'Seeing 502 Bad Gateway? Answer a few questions to find out whether it is you or the site, the likely cause, and the fix for your stack.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
