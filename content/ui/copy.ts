/**
 * The copy button's words. A client component reads them, so this module holds nothing else: a
 * bundler ships a whole object, used or not.
 */
export const copyButton = {
  /** The label when the caller gives none (a command block). */
  copy: 'Copy',
  /** Shown for two seconds once the text is on the clipboard. */
  copied: 'Copied',
};
