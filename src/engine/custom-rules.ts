import type { RE2JS } from 're2js';
import { checkPattern } from '../policy/pattern';
import { MAX_PATTERN_TEXT, type CustomRule, type Policy } from '../policy/schema';
import type { Field, Finding, Recipient } from './types';
import { briefError } from './error-text';
import { matchAll } from './match-all';

/** At most this many findings per custom rule and field: a pattern matching every character stays readable. */
export const MAX_MATCHES_PER_RULE = 200;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word boundaries for Latin phrases; Japanese has no spaces, so it matches anywhere. */
function pattern(phrase: string): string {
  const e = escape(phrase);
  return /^[A-Za-z0-9]/.test(phrase) && /[A-Za-z0-9]$/.test(phrase) ? `\\b${e}\\b` : e;
}

type Match = { start: number; end: number; replacement: string | undefined };

/** Literal phrases: escaped, so the built-in RegExp cannot backtrack badly on them. */
function phraseMatches(rule: Exclude<CustomRule, { kind: 'pattern' }>, text: string): Match[] {
  const out: Match[] = [];
  const entries: Array<[string, string | undefined]> = rule.kind === 'substitution'
    ? Object.entries(rule.swap)
    : rule.phrases.map((p) => [p, rule.suggestion]);
  for (const [phrase, replacement] of entries) {
    const re = new RegExp(pattern(phrase), rule.ignoreCase ? 'gi' : 'g');
    for (const m of matchAll(text, re)) {
      out.push({ start: m.index, end: m.index + m[0].length, replacement });
      if (out.length >= MAX_MATCHES_PER_RULE) return out;
    }
  }
  return out;
}

/** Longest piece of a line one search sees; a longer line is searched in windows of this size. */
export const PATTERN_WINDOW = 1000;
/** Empty matches (`\b`, `x*`) a pattern may produce per field before it is stopped. */
const MAX_EMPTY_MATCHES = 200;

/** Lines, and windows of long lines, as [start, end) offsets; a window never splits a surrogate pair. */
function* windows(text: string): Generator<[number, number]> {
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    for (let s = lineStart; s < lineEnd || s === lineStart; ) {
      let e = Math.min(lineEnd, s + PATTERN_WINDOW);
      if (e < lineEnd && /[\udc00-\udfff]/.test(text[e]!)) e--;
      yield [s, e];
      if (e >= lineEnd) break;
      s = e;
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
}

/**
 * An admin's pattern on RE2JS, line by line (`^` and `$` anchor to a line), over at most MAX_PATTERN_TEXT
 * characters. RE2 is linear in what one search reads; searching windows of at most PATTERN_WINDOW characters
 * and capping the matches also bounds finding *all* matches, where a match ending far away would otherwise be
 * looked for again after every match. A pattern that does not compile flags nothing (parsePolicy refuses it).
 */
export function patternMatches(regex: RE2JS, text: string, replacement?: string): Match[] {
  const out: Match[] = [];
  let empty = 0;
  const scanned = text.length > MAX_PATTERN_TEXT ? text.slice(0, MAX_PATTERN_TEXT) : text;
  for (const [ws, we] of windows(scanned)) {
    const matcher = regex.matcher(scanned.slice(ws, we));
    while (matcher.find()) {
      const start = matcher.start();
      const end = matcher.end();
      if (end > start) out.push({ start: ws + start, end: ws + end, replacement });
      else if (++empty > MAX_EMPTY_MATCHES) return out;
      if (out.length >= MAX_MATCHES_PER_RULE) return out;
    }
  }
  return out;
}

function matchesOf(rule: CustomRule, text: string, compiled: Map<string, RE2JS | null>): Match[] {
  if (rule.kind !== 'pattern') return phraseMatches(rule, text);
  const key = `${rule.ignoreCase ? 'i' : ''}/${rule.pattern}`;
  if (!compiled.has(key)) {
    const check = checkPattern(rule.pattern, rule.ignoreCase);
    compiled.set(key, check.ok ? check.regex : null);
  }
  const regex = compiled.get(key);
  return regex ? patternMatches(regex, text, rule.suggestion) : [];
}

/**
 * Why `rule` cannot run in this browser, whatever the draft, or null when it can. The schema lets any length of
 * phrase through, but the browser's RegExp refuses a source past its size limit (V8: about 32,000 characters,
 * "Regular expression too large") when it is first used: such a rule throws on every draft. The options page
 * asks this to name the rule before anyone writes a mail; at run time the engine reports it in failedRules.
 */
export function customRuleRunError(rule: CustomRule): string | null {
  try {
    matchesOf(rule, ' ', new Map());
    return null;
  } catch (error) {
    return briefError(error);
  }
}

/**
 * Runs an organisation's own `existence` / `substitution` / `pattern` rules (category `policy`) over one field.
 * A rule that throws is left out and passed to `onFailure`, when given (else the error propagates); the others run.
 */
export function runCustomRules(
  policy: Policy, field: Field, text: string, recipient: Recipient, onFailure?: (ruleId: string, error: unknown) => void,
): Finding[] {
  const out: Finding[] = [];
  // Compiled per call: RE2JS compiles an admin-sized pattern in well under a millisecond.
  const compiled = new Map<string, RE2JS | null>();
  for (const rule of policy.customRules) {
    if (rule.audience && !rule.audience.includes(recipient)) continue;
    const severity = policy.rules[`policy.${rule.id}`] ?? rule.level;
    if (severity === 'off') continue;
    let matches: Match[];
    try {
      matches = matchesOf(rule, text, compiled);
    } catch (error) {
      if (!onFailure) throw error;
      onFailure(`policy.${rule.id}`, error);
      continue;
    }
    for (const { start, end, replacement } of matches) {
      // Never split a surrogate pair: RE2JS reports UTF-16 offsets, and `.` matches a whole code point.
      out.push({
        ruleId: `policy.${rule.id}`,
        category: 'policy',
        severity,
        field,
        start,
        end,
        message: rule.message,
        ...(rule.messageJa ? { messageJa: rule.messageJa } : {}),
        rationale: 'A rule your organisation added.',
        rationaleJa: '組織の管理者が追加したルールです。',
        suggestions: replacement === undefined ? [] : [{ text: replacement, label: `Use “${replacement}”`, labelJa: `「${replacement}」にする` }],
      });
    }
  }
  return out;
}
