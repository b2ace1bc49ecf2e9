import type { Facts } from '@/machines/facts';
import type { Rule } from './rule';
import { literal, WEIGHT } from './rule';
import type { Layer } from './types';

/** One line a rule recognised, with the rule's details refined for that line. */
export type Hit = {
  rule: Rule;
  /** 1-based line number. */
  line: number;
  text: string;
  meaning: string;
  facts: Facts;
  layer?: Layer;
  vendor?: string;
  responder: number;
  weight: number;
  clears?: string;
};

/** What one rule found: its first few hits and how many lines it matched in all. */
export type RuleFindings = { rule: Rule; hits: Hit[]; count: number };

/** Signals kept per rule; the rest are only counted. */
export const KEEP_PER_RULE = 3;
/** A signal's text is cut to this many characters. */
const MAX_TEXT = 500;
/**
 * Lines longer than this (minified HTML, binary junk) are not tested whole: each anchor is tested
 * within a window around it, so a pathological paste costs time in proportion to its anchors, not
 * to its length times theirs.
 */
const LONG_LINE = 8192;
const WINDOW_BEFORE = 1024;
const WINDOW_AFTER = 4096;
/** At most this many windows per long line. */
const MAX_WINDOWS_PER_LINE = 64;

/** One distinct anchor (case-insensitive) and the rules behind it. */
type Anchor = {
  key: string;
  /** Rules for which the anchor counts anywhere on a line. */
  anywhere: Rule[];
  /** Rules for which it counts only at the start of a line (after blanks or curl's `< `). */
  lineStart: Rule[];
  /** Other anchors that can match at the same position: those it starts with, or that start with it. */
  overlapping: Anchor[];
};

export type Compiled = {
  /**
   * Every distinct anchor in one case-insensitive alternation of literals, without capture groups
   * (with a group per anchor, V8 resets hundreds of capture registers at every position and the
   * scan is six times slower). The matched text itself says which anchor it is.
   */
  trigger: RegExp;
  anchors: Map<string, Anchor>;
};

/**
 * Joins every rule's anchors into one alternation. An anchor written `^text` counts only at the
 * start of a line: response headers, and page lines that are nothing but a product name.
 */
export function compile(rules: readonly Rule[]): Compiled {
  const anchors = new Map<string, Anchor>();
  for (const rule of rules) {
    for (const written of rule.anchors) {
      const atStart = written.startsWith('^');
      const key = (atStart ? written.slice(1) : written).toLowerCase();
      let anchor = anchors.get(key);
      if (!anchor) {
        anchor = { key, anywhere: [], lineStart: [], overlapping: [] };
        anchors.set(key, anchor);
      }
      const list = atStart ? anchor.lineStart : anchor.anywhere;
      if (!list.includes(rule)) list.push(rule);
    }
  }
  // Two literals match at one position only if one starts with the other; the alternation
  // reports just one of them, so each keeps the list of the others to check there.
  const all = [...anchors.values()];
  for (const a of all) for (const b of all) if (a !== b && (a.key.startsWith(b.key) || b.key.startsWith(a.key))) a.overlapping.push(b);
  // Longer anchors first, so the alternation prefers the longest of overlapping ones.
  const sources = all
    .map((a) => a.key)
    .sort((x, y) => y.length - x.length)
    .map(literal);
  return { trigger: new RegExp(sources.join('|'), 'gi'), anchors };
}

/** Whether only blanks (or curl's `< ` prefix) come before `at` on its line. */
function atLineStart(text: string, lineStart: number, at: number): boolean {
  for (let i = lineStart; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 60) return false; // space, tab, '<'
  }
  return true;
}

/** Adds the rules of the anchor found at `at`, and of any other anchor that matches there too. */
function addRules(compiled: Compiled, text: string, found: string, at: number, startOk: boolean, into: Set<Rule>): void {
  const anchor = compiled.anchors.get(found.toLowerCase());
  if (!anchor) return;
  const add = (a: Anchor) => {
    for (const rule of a.anywhere) into.add(rule);
    if (startOk) for (const rule of a.lineStart) into.add(rule);
  };
  add(anchor);
  for (const other of anchor.overlapping) {
    if (other.key.length <= anchor.key.length || text.slice(at, at + other.key.length).toLowerCase() === other.key) add(other);
  }
}

function cut(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_TEXT ? `${trimmed.slice(0, MAX_TEXT - 1)}…` : trimmed;
}

function record(findings: Map<string, RuleFindings>, rule: Rule, segment: string, line: number): void {
  const match = rule.pattern.exec(segment);
  if (!match) return;
  const refined = rule.refine ? rule.refine(match, segment) : {};
  if (refined === null) return;
  let entry = findings.get(rule.id);
  if (!entry) {
    entry = { rule, hits: [], count: 0 };
    findings.set(rule.id, entry);
  }
  entry.count++;
  if (entry.hits.length >= KEEP_PER_RULE) return;
  entry.hits.push({
    rule,
    line,
    text: cut(segment),
    meaning: refined.meaning ?? rule.meaning,
    facts: { ...rule.facts, ...refined.facts },
    // A refinement may clear the layer and vendor (the log shows the status was passed on).
    layer: 'layer' in refined ? refined.layer : rule.layer,
    vendor: 'vendor' in refined ? refined.vendor : rule.vendor,
    responder: refined.responder ?? rule.responder ?? 0,
    weight: refined.weight ?? rule.weight ?? WEIGHT.errorLog,
    clears: rule.clears,
  });
}

/**
 * Scans the text once with the combined anchors. The anchors found on one line (or, for an
 * overlong line, one window of it) are gathered, then the rules behind them are tested on that
 * line once. Line numbers are counted incrementally between matches, so the whole cost is one pass
 * over the text plus the work on the lines that hold an anchor.
 */
export function scan(text: string, compiled: Compiled): Map<string, RuleFindings> {
  const findings = new Map<string, RuleFindings>();
  const re = new RegExp(compiled.trigger.source, compiled.trigger.flags);
  let lineNo = 1;
  let counted = 0; // the newlines before this index are counted in lineNo
  let lineStart = 0;
  let lineEnd = -1; // the current line is [lineStart, lineEnd)
  let segStart = 0;
  let segEnd = -1; // the current segment (the line, or a window of it) is [segStart, segEnd)
  let windows = 0;
  const rules = new Set<Rule>();

  const flush = () => {
    if (rules.size === 0) return;
    const segment = text.slice(segStart, segEnd);
    for (const rule of rules) record(findings, rule, segment, lineNo);
    rules.clear();
  };

  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    if (at >= segEnd) {
      flush();
      if (at >= lineEnd) {
        for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < at; nl = text.indexOf('\n', nl + 1)) lineNo++;
        counted = at;
        lineStart = text.lastIndexOf('\n', at - 1) + 1;
        const nl = text.indexOf('\n', at);
        lineEnd = nl === -1 ? text.length : nl;
        windows = 0;
      }
      if (lineEnd - lineStart <= LONG_LINE) {
        segStart = lineStart;
        segEnd = lineEnd;
      } else if (windows < MAX_WINDOWS_PER_LINE) {
        segStart = Math.max(lineStart, at - WINDOW_BEFORE);
        segEnd = Math.min(lineEnd, at + WINDOW_AFTER);
        windows++;
      } else {
        // Enough of this line: go on after it.
        re.lastIndex = lineEnd;
        continue;
      }
    }
    addRules(compiled, text, m[0], at, atLineStart(text, lineStart, at), rules);
    // One character on, not past the match, so anchors that overlap it are found too.
    re.lastIndex = at + 1;
  }
  flush();
  return findings;
}
