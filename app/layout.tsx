import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { siteMetadata } from '@/content/ui/site';
import './globals.css';

// Every page is rendered when asked for, so that Next can put the request's CSP nonce (proxy.ts)
// on its inline scripts, or none when the page cache asks for a copy to pin by hash
// (lib/page-cache): a page prerendered at build time would carry neither choice.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: siteMetadata.title, template: siteMetadata.titleTemplate },
  description: siteMetadata.description,
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
