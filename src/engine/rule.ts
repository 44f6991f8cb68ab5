import type {
  Category, Draft, DraftContext, Field, Lang, Line, Recipient, Sentence, Severity, Suggestion,
} from './types';
import type { Policy } from '../policy/schema';
import type { FactStore } from './analysis/facts';

/** What a rule reports; the engine adds ruleId, category, severity, field and rationale. */
export interface Report {
  start: number;
  end: number;
  message: string;
  messageJa?: string;
  suggestions: Suggestion[];
  /** Overrides the rule's default severity for this one finding (e.g. info for a missing closing). */
  severity?: Severity;
  /**
   * Round 25: this finding reports an act of its own that the rules of another category in its rule's `yieldsTo` do
   * not read (a scarcity pressed in the sentence of a chase), so the give-way to them does not drop it (a rule of its
   * own category still takes the stretch). Declared per finding, where the rule reads the second act; the rule's
   * `yieldsTo` stays its default.
   */
  ownAct?: boolean;
}

export interface RuleContext {
  draft: Draft;
  field: Field;
  /** The text of `field`; every offset is into this string. */
  text: string;
  /**
   * The writer's own part of `text`: up to its quoted history ("-----Original Message-----", "On … wrote:",
   * a From:/差出人: header block). Findings inside quoted history (and in > lines) are dropped by the engine.
   */
  own: string;
  lines: Line[];
  /** Sentences of the own text, quoted lines ("> …", "＞ …") left out. */
  sentences: Sentence[];
  /** Resolved from the draft's context: client when unknown (the extension infers it). */
  recipient: Recipient;
  firstContact: boolean;
  kind: Draft['kind'];
  /** The day the draft is written, YYYY-MM-DD. */
  today: string;
  /** False while kuromoji's dictionary is loading or missing: Japanese sentences have no tokens. */
  japaneseReady: boolean;
  policy: Policy;
  /** Per-sentence facts (annotators), cached by sentence text on the Engine instance. */
  facts: FactStore;
  /**
   * The text of the paragraph holding `s` up to `s` (from the line after the last blank line above it; blank:
   * only spaces, tabs or U+3000, ended by a line feed). A sentence rule may ask it for its own sentence only
   * (any other sentence throws): the engine then keeps the sentence's cached reports only while this text is
   * the same, so an edit elsewhere in the paragraph runs the rules on the sentence again. Line rules may not.
   */
  paragraphBefore(s: Sentence): string;
  /**
   * Whether `pattern` matches in ctx.paragraphBefore(s) — the same answer, read with the same rules (its own
   * sentence only; the cached reports then hold while that paragraph is the same), but from the paragraph's first
   * match, found once per parse: testing the paragraph before every sentence is n² in one giant paragraph. The
   * pattern must be literal alternatives (no anchor, word boundary, look-around, nor g/y flag: a match inside the
   * paragraph before `s` is then exactly a match of the paragraph ending before `s`); any other throws.
   */
  paragraphHas(s: Sentence, pattern: RegExp): boolean;
  report(r: Report): void;
  /**
   * Round 25 guard ledger: "a candidate of this rule was recognised over [start, end) (field offsets), and the guard
   * named `guard` stopped it (or handed it to another rule)". A no-op unless the Engine was made with `trace`
   * (EngineOptions): callers pass numbers they already hold, so the normal path allocates nothing. Name the guard
   * after what it reads (apology-in-mail, client-set-deadline, quoted-history, answers-thread, remedy-offered).
   */
  suppressed(guard: string, start: number, end: number): void;
}

/** One entry of the guard ledger (RuleContext.suppressed), in an Analysis made with `trace`. */
export interface Suppression {
  ruleId: string;
  guard: string;
  field: Field;
  start: number;
  end: number;
}

/** The suppressed hook of an engine without trace: does nothing, allocates nothing. */
export const NO_TRACE = (_guard: string, _start: number, _end: number): void => {};

export interface RuleExample {
  /** The body (or the subject, for a rule that checks only subjects). */
  text: string;
  subject?: string;
  kind?: Draft['kind'];
  /** Defaults: recipient client, firstContact false, now 2025-12-01. */
  context?: DraftContext;
}

export interface InvalidExample extends RuleExample {
  /** The exact phrase the finding must cover, start to end (its first occurrence in `text`). */
  flagged: string;
  /** Which occurrence of `flagged`, when not the first (1-based). */
  occurrence?: number;
  /** The whole text after applying each suggestion, in order; one entry per suggestion. */
  outputs: string[];
}

export interface Rule {
  /** `lang.category.name`, e.g. ja.honorific.gosha-in-writing; the file is named after the last part. */
  id: string;
  /** Which sentences the rule reads; 'any' for rules on both (calendar, policy). */
  lang: Lang | 'any';
  category: Category;
  severity: Severity;
  title: { en: string; ja: string };
  rationale: { en: string; ja: string };
  /** Who the rule protects; internal mail is exempt from client etiquette by default. */
  audience?: Recipient[];
  /** Fields the rule reads; body by default. */
  fields?: Field[];
  /**
   * Rules this one gives way to: a finding of this rule is dropped when an enabled rule listed here reports
   * an overlapping range in the same field (one of another category not when the finding is an `ownAct`). Disabled rules report
   * nothing, so they never silence this one.
   */
  yieldsTo?: string[];
  /**
   * Rules of one group judge one thing (the register of a Japanese sentence): their findings in one sentence
   * become one, the lowest rank's finding over the whole stretch with every slip's fix (sentence-groups.ts).
   */
  sentenceGroup?: { group: string; rank: number };
  /**
   * Round 20: rules whose findings in consecutive sentences are one move of the writer (a push for the order: the
   * scarcity, then the deadline, then what is lost; a chase: the reminder, then the demand for an answer). A
   * reader names the move once; their findings in a run of adjacent sentences become one over the whole run,
   * with every sentence's fix (sentence-runs.ts).
   */
  runGroup?: string;
  /**
   * Round 21: this rule's finding is a problem of its own even where another rule of its category flags the same
   * range (who attends a first meeting, beside the holiday it falls on): the engine keeps both, where it otherwise
   * keeps one finding per range and category (two readers of the same words).
   */
  ownProblem?: boolean;
  /** Needs kuromoji tokens: skipped (with a notice) while the dictionary is missing. */
  requiresTokens?: boolean;
  examples: { valid: RuleExample[]; invalid: InvalidExample[] };
  /**
   * The sentence hook reads its third argument, the previous sentence. Declared, not inferred: the engine
   * passes `previous` only to rules that declare it (others get undefined), and keeps the reports of the
   * others when only the previous sentence changed (the sentence after an edit). A test runs every rule's
   * examples with the previous sentence watched and fails when an undeclared rule reads it.
   */
  readsPrevious?: boolean;
  /**
   * Round 34: with `readsPrevious`, all that the sentence hook reads of the previous sentence (given its own
   * sentence and context), as a short string: after an edit of the previous sentence that leaves this key as
   * it was, the rule's reports on its sentence are kept instead of running it again (the sentence after an
   * edit is otherwise read again by every rule that reads the previous one). It must capture every read —
   * equal keys mean equal reports — and be cheap (a test or two on `previous.text`, facts already cached).
   * `tests/unit/engine/previous-key-r34.test.ts` checks it over every rule's examples.
   */
  previousKey?(sentence: Sentence, previous: Sentence | undefined, ctx: RuleContext): string;
  /**
   * Called once per sentence of the rule's language. May read only `sentence` and, with `readsPrevious`,
   * `previous`: results are cached on those two texts and the context, so re-checking after an edit is cheap.
   */
  sentence?(sentence: Sentence, ctx: RuleContext, previous: Sentence | undefined): void;
  /**
   * Called once per line of the writer's own text that holds sentences, with those sentences. May read only
   * `line.text` and `sentences` (whose offsets, like the reports, are into the field): results are cached
   * on the line's text and the context and moved with the line, so a keystroke re-runs it on one line.
   * For what a sentence rule cannot see but needs no more than its line (a run of emoji across sentences).
   */
  line?(line: Line, sentences: Sentence[], ctx: RuleContext): void;
  /**
   * Called once per field, for what needs the whole mail (salutation, opening, closing, structure). It runs
   * on every keystroke: read per-sentence facts through `ctx.facts` (cached by sentence text) rather than
   * scanning `ctx.text`, or use `line` when a line is enough.
   */
  document?(ctx: RuleContext): void;
}

export const DEFAULT_AUDIENCE: Recipient[] = ['client', 'prospect'];

/** Identity helper that gives rule files a checked shape (textlint/LanguageTool style). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Whether the engine keeps a guard ledger: a rule may then go on past a whole-mail guard to record what it stops. */
export function tracing(ctx: RuleContext): boolean {
  return ctx.suppressed !== NO_TRACE;
}

/**
 * For a whole-mail guard (the recipient, an apology anywhere in the mail) that returns before any candidate is read:
 * with a guard ledger, a context whose reports are recorded as stopped by `guard` (the rule then runs on, and each
 * finding it would have made is a ledger entry); without one, undefined (the rule returns, as it always did).
 */
export function divertedTo(ctx: RuleContext, guard: string): RuleContext | undefined {
  if (!tracing(ctx)) return undefined;
  return Object.create(ctx, { report: { value: (r: Report) => ctx.suppressed(guard, r.start, r.end) } }) as RuleContext;
}
