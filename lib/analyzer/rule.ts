import type { Facts } from '@/machines/facts';
import type { Layer } from './types';

/**
 * One recognisable piece of evidence. The analyzer never runs `pattern` on every line: the whole
 * text is scanned once with every rule's `anchors` joined into one regular expression, and only the
 * lines an anchor picks out are tested against the patterns of the rules that have that anchor.
 */
export type Rule = {
  /** `family.what`, e.g. `nginx.connect-refused`; also the signal's `rule`. */
  id: string;
  /**
   * Plain strings (not regular expressions), matched case-insensitively, at least one of which
   * occurs on every line the rule can match. Literals keep the combined scan cheap: a character
   * class or a `^` in a big alternation is tried at every position of a 10 MB text. A leading `^`
   * (not part of the text) means the anchor counts only at the start of a line, after blanks or
   * curl's `< `: checked once the literal is found, for free.
   */
  anchors: readonly string[];
  /** The precise test, run on a triggered line only (bounded: no nested quantifiers). */
  pattern: RegExp;
  /**
   * Reads the match for details the pattern alone cannot give (an errno, a field of a log line).
   * Returns overrides for this one signal, or null when the line is not evidence after all.
   */
  refine?: (match: RegExpExecArray, line: string) => Refined | null;
  meaning: string;
  facts?: Facts;
  /** The layer and vendor that wrote the response, when this evidence says so. */
  layer?: Layer;
  vendor?: string;
  /**
   * How surely this evidence names who wrote the response (0: it does not). The strongest wins:
   * see RESPONDER below.
   */
  responder?: number;
  /**
   * A vendor this evidence proves did *not* write the response (Cloudflare's branded page: the
   * origin did), so that vendor's own signals cannot name it as the responder.
   */
  clears?: string;
  /**
   * Context, not evidence of a failure: it describes the stack (a response header, the runtime a
   * socket belongs to) and on its own is not "something recognised". Header-only rules are context
   * unless they say otherwise.
   */
  context?: boolean;
  /** How specific this evidence is when facts disagree (higher wins); defaults by kind. */
  weight?: number;
  /** Vendor documentation URL, or `owner/repo: path` of the software source the wording comes from. */
  source: string;
};

export type Refined = Partial<Pick<Rule, 'meaning' | 'facts' | 'layer' | 'vendor' | 'responder' | 'weight'>>;

/**
 * How surely a piece of evidence names the layer that wrote the response. A vendor's own error page
 * beats a header only that vendor sets on its own errors, which beats a `server` header (a proxy
 * sets it on responses it merely passes on too), which beats a log line of a layer that would have
 * answered with an error (the log shows it failed, not what the visitor got).
 */
export const RESPONDER = { page: 40, errorHeader: 30, plainBody: 20, serverHeader: 10, platformHeader: 6, log: 5 } as const;

/**
 * How specific a piece of evidence is, when two disagree about one fact: a proxy's error-log line
 * beats a vendor's page, which beats a response header, which beats a bare status line.
 */
export const WEIGHT = { errorLog: 30, page: 20, header: 10, status: 5, guess: 1 } as const;

/** Whether a rule only gives context (see Rule.context). */
export function isContext(rule: Rule): boolean {
  return rule.context ?? rule.anchors.every((anchor) => anchor.startsWith('^') && anchor.endsWith(':'));
}

/** Escapes a literal for use inside a regular expression. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The anchor for a response header: `name:` at the start of a line (anchors are case-insensitive,
 * as header names are). Not anywhere: nginx's error log has `, server: example.com,` on every line.
 */
export function header(name: string): string {
  return `^${name}:`;
}

/** The precise pattern for a header line; the value is group 1. */
export function headerPattern(name: string, value = '(.*\\S)'): RegExp {
  return new RegExp(`^(?:< )?${literal(name)}:[ \\t]*${value}`, 'i');
}
