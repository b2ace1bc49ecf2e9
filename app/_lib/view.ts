import { type Facts, serializeFacts } from '@/machines/facts';

/**
 * How the wizard is being shown, besides what is known (the facts): the standalone site or the
 * embed, support mode, and an embedding page's theme and accent. Kept in the URL beside the facts
 * (so every view is a link too) but never mixed with them: the machine never sees a view.
 */
export type View = {
  path: '/diagnose' | '/embed';
  support: boolean;
  theme?: 'light' | 'dark';
  /** An accent colour as six hex digits, without '#'. */
  accent?: string;
  /** The embedding page's origin, the only one step events are posted to. */
  origin?: string;
};

export const SITE_VIEW: View = { path: '/diagnose', support: false };

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a view from a query; anything malformed is dropped, like an unknown fact. */
export function parseView(path: View['path'], params: Params): View {
  const theme = first(params.theme);
  const accent = first(params.accent);
  const view: View = { path, support: first(params.mode) === 'support' };
  // Theme, accent and origin belong to the embed; on the site they are dropped like junk.
  if (path !== '/embed') return view;
  if (theme === 'light' || theme === 'dark') view.theme = theme;
  if (accent && /^[0-9a-fA-F]{6}$/.test(accent)) view.accent = accent.toLowerCase();
  const origin = originOf(first(params.origin));
  if (origin) view.origin = origin;
  return view;
}

/** The view's own query parameters, in a fixed order after the facts. */
export function viewQuery(view: View): string {
  const params = new URLSearchParams();
  if (view.support) params.set('mode', 'support');
  if (view.theme) params.set('theme', view.theme);
  if (view.accent) params.set('accent', view.accent);
  if (view.origin) params.set('origin', view.origin);
  return params.toString();
}

/** The canonical URL of these facts in this view. */
export function hrefFor(view: View, facts: Facts): string {
  const query = [serializeFacts(facts), viewQuery(view)].filter(Boolean).join('&');
  return query ? `${view.path}?${query}` : view.path;
}
