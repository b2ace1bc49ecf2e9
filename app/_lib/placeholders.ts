import { utcMinute } from './time';

/**
 * Words the server cannot know, written into the copyable texts as placeholders and filled in by
 * the reader's browser: a page is the same for everyone and kept by caches for minutes, but the
 * site's own origin (behind whatever proxies) and the time of reading are each reader's.
 */
export const ORIGIN = '{origin}';
export const NOW = '{now}';

/** The text with its placeholders filled in. */
export function fillIn(text: string, { origin, now }: { origin: string; now: Date | string }): string {
  return text.replaceAll(ORIGIN, origin).replaceAll(NOW, typeof now === 'string' ? now : utcMinute(now));
}
