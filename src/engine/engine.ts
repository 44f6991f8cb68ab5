import { firstMatchEnd } from './match-all';
import { DEFAULT_POLICY, type Policy } from '../policy/schema';
import { analysingWith, FactStore } from './analysis/facts';
import { onGraphemes } from './boundaries';
import { LruCache } from './cache';
import { runCustomRules } from './custom-rules';
import { mergeSentenceGroups, type FieldSentences } from './sentence-groups';
import { mergeSentenceRuns } from './sentence-runs';
import { FieldParser, sameEnds, sentenceSuccession, type ParsedField, type ParserWork } from './parse';
import { DEFAULT_AUDIENCE, NO_TRACE, type Report, type Rule, type RuleContext, type Suppression } from './rule';
import type { JapaneseTokenizer } from './tokenizer';
import {
  DraftSchema, FIELD_NAMES, SEVERITY_RANK, type Draft, type DraftInput, type Field, type Finding, type Line, type Recipient, type Sentence,
  type Severity,
} from './types';

export interface EngineOptions {
  rules: readonly Rule[];
  /** kuromoji, when loaded; English checks never wait for it. */
  tokenizer?: JapaneseTokenizer | null;
  /**
   * Keep the guard ledger: every ctx.suppressed call of the rules, returned in Analysis.suppressions. For the CLI's
   * --trace and scripts/guard-ledger.mjs; every sentence and line then runs its rules afresh (no memo), so that a
   * guard is recorded for every draft it stops a candidate in. Off by default (ctx.suppressed is a no-op).
   */
  trace?: boolean;
}

export interface EngineWork extends ParserWork {
  /** Sentence facts computed (FactStore.of on a text it had none for). */
  facts: number;
}

export interface Analysis {
  findings: Finding[];
  /** False when Japanese morphology was unavailable for this run. */
  japaneseReady: boolean;
  /** Rules that needed the Japanese dictionary and were skipped. */
  skippedRules: string[];
  /** Rules that threw in this run: their findings were left out, every other rule's kept (empty when none did). */
  failedRules: RuleFailure[];
  /** With EngineOptions.trace only: the candidates guards stopped in this run (RuleContext.suppressed). */
  suppressions?: Suppression[];
}

/** A rule that threw during an analysis (a bug in it, or in facts it read): reported, never fatal to the run. */
export interface RuleFailure {
  ruleId: string;
  /** How many times it threw in the run: once per sentence, line or document pass it failed on. */
  count: number;
  /** The first error's message. */
  error: string;
}

const FIELDS: readonly Field[] = FIELD_NAMES;

/**
 * What the sentence rules of one rule set reported on one sentence text: the reports of every rule together,
 * relative to the sentence (start, end and suggestion edits), each tagged with its rule's place in the set.
 * Valid for that rule set and context (`key`) and that previous sentence, which are the only things a
 * sentence rule may read besides the sentence.
 */
interface SentenceVariant {
  key: string;
  previous: string;
  reports: TaggedReport[];
  /**
   * Rules (indices into the field's list of sentence or line rules) that threw on this sentence or line, with
   * the error: kept with the variant, so that a text a rule fails on keeps failing it from the memo (and is
   * reported) until the text changes.
   */
  failures: RuleError[] | undefined;
  /** The paragraph before the sentence, when a rule read it (ctx.paragraphBefore): valid only while it is the same. */
  paragraph: string | undefined;
  /**
   * Per rule (by index) that reads the previous sentence and declares Rule.previousKey: that key for `previous`
   * (undefined where its hook threw). Another previous sentence with the same key keeps the rule's reports.
   */
  previousKeys: Array<string | undefined> | undefined;
  /**
   * The rules (indices into the field's list of sentence rules) that read that paragraph, when any did: after an
   * edit above the sentence in its paragraph, only these run again; the others' reports still hold.
   */
  readers: number[] | undefined;
}

interface RuleError {
  /** Index into the field's list of sentence (or line) rules. */
  rule: number;
  error: string;
}

interface TaggedReport {
  /** Index into the field's list of sentence rules. */
  rule: number;
  report: Report;
}

/**
 * A sentence text's variants: usually one; a sentence repeated in the draft after different sentences, or
 * the same text in the subject and the body, keeps a few so that they do not evict each other on every run.
 */
type SentenceMemo = SentenceVariant[];
const VARIANTS = 4;

/** A rule that applies to this field and recipient, with the context it runs in and what it reported. */
interface ActiveRule {
  rule: Rule;
  index: number;
  level: Severity | undefined;
  ctx: RuleContext;
  contextKey: string;
  collected: Report[];
}

/**
 * The rules that run on one field for one recipient and dictionary state, with their contexts, kept from one
 * analysis to the next (the contexts' per-draft properties rewritten, see `refresh`): a keystroke allocates no
 * context per rule. Valid while every rule's level under the policy is what it was when the plan was made.
 */
interface FieldPlan {
  /** Per rule of the engine (by index): its level under the policy the plan was made for. */
  levels: Array<Severity | 'off' | undefined>;
  active: ActiveRule[];
  skipped: string[];
  sentence: RuleRun;
  line: RuleRun;
}

/** Sentence or line rules of a plan: their contexts, whose `report` writes to `sink.reports`. */
interface RuleRun {
  rules: ActiveRule[];
  contexts: RuleContext[];
  sink: { reports: Report[] };
  /** '#' and the rules' indices: with the context key, the memo key of the run. */
  suffix: string;
  /** Per rule of the run: whether it reads the previous sentence (Rule.readsPrevious). */
  readsPrevious: boolean[];
}

/**
 * The analyzer: segment → detect language → tokenize → rules → findings. Pure TypeScript with no browser
 * or Node APIs, so the same object runs in the CLI, the tests and the extension.
 */
export class Engine {
  private parser: FieldParser;
  private sentenceMemos = new LruCache<string, SentenceMemo>(8000);
  private lineMemos = new LruCache<string, SentenceMemo>(4000);
  private readonly facts = new FactStore();
  private readonly keys = new Map<string, string>();
  /** Rules whose findings are never merged with another rule's on the same range (Rule.ownProblem). */
  private readonly ownProblems: ReadonlySet<string>;
  /** Findings reported as an act of their own (Report.ownAct): the give-way keeps them. */
  private readonly ownActs = new WeakSet<Finding>();
  /** Per memo key (a field's rule set and context), the sentence texts of its last run and their variants. */
  private readonly lastRuns = new Map<string, { texts: string[]; variants: SentenceVariant[]; sentencesId?: number }>();
  /** The same for line rules: the texts of the lines that held sentences in the last run, and their variants. */
  private readonly lastLineRuns = new Map<string, { texts: string[]; variants: SentenceVariant[] }>();
  /**
   * While sentence rules run on a sentence, that sentence and the paragraph text they read of it (recorded in
   * its variant); `LINE_RULES` while line rules run (they may not read it); undefined otherwise.
   */
  private running: Sentence | typeof LINE_RULES | undefined;
  private paragraphRead: string | undefined;
  /** Per parse (its lines, new for every parse), the paragraphs' first matches of ctx.paragraphHas patterns. */
  private readonly paragraphMatches: ParagraphMatches = new WeakMap();
  /** Counts ctx.paragraphBefore calls by sentence rules: tells which rule of a sentence read its paragraph. */
  private paragraphReads = 0;
  /** runLineRules' first sentence of each line that holds sentences: one array kept and grown (round 34), not one per run. */
  private firsts = new Int32Array(64);
  /** Per field, recipient and dictionary state, the rules that run and their contexts (FieldPlan). */
  private readonly plans = new Map<string, FieldPlan>();
  /** The rules that threw in the analysis under way, by id (see `fail`); a new map only after one did. */
  private failures = new Map<string, RuleFailure>();
  /** Every rule's level under the policy of the last analysis: the same array while they stay the same (see levelsUnder). */
  private levels: Array<Severity | 'off' | undefined> = [];
  /** The guard ledger of the analysis under way (EngineOptions.trace), else undefined. */
  private ledger: Suppression[] | undefined;
  /** The last draft that parsed: its input less subject and body (a plain copy), and the draft (parseDraft). */
  private lastDraft: { rest: unknown; subject: boolean; draft: Draft } | undefined;

  constructor(private readonly options: EngineOptions) {
    this.parser = new FieldParser(options.tokenizer ?? null);
    this.ownProblems = new Set(options.rules.filter((r) => r.ownProblem).map((r) => r.id));
  }

  get rules(): readonly Rule[] {
    return this.options.rules;
  }

  get japaneseReady(): boolean {
    return this.parser.japaneseReady;
  }

  /**
   * How much analysing this engine has done since it was made: lines split, sentences tokenized or given
   * English words, tokens read at a sentence's new place, sentence facts computed. Tests read it to check that
   * a keystroke's work follows the edit, not the draft's length (no timing involved).
   */
  get work(): EngineWork {
    return { ...this.parser.work, facts: this.facts.computed };
  }

  /** Values the analysis helpers worked out afresh in this engine's memos (FactStore.memo): a new Engine starts at none kept. */
  get memoized(): number {
    return this.facts.memoized;
  }

  /** Plugs in the Japanese tokenizer once its dictionary has loaded. */
  setTokenizer(tokenizer: JapaneseTokenizer | null): void {
    this.parser.setTokenizer(tokenizer);
    this.sentenceMemos.clear();
    this.lineMemos.clear();
    this.lastRuns.clear();
    this.lastLineRuns.clear();
    this.facts.clear();
  }

  analyze(input: DraftInput, policy: Policy = DEFAULT_POLICY): Finding[] {
    return this.analyzeWithStatus(input, policy).findings;
  }

  analyzeWithStatus(input: DraftInput, policy: Policy = DEFAULT_POLICY): Analysis {
    // The analysis helpers' memos (a word's classes, …) are kept in this engine's store, never in a module.
    return analysingWith(this.facts, () => this.analyzeHere(input, policy));
  }

  private analyzeHere(input: DraftInput, policy: Policy): Analysis {
    const draft = this.parseDraft(input);
    const findings: Finding[] = [];
    const skipped = new Set<string>();
    const recipient = draft.context.recipient ?? 'client';
    const grouped: FieldSentences[] = [];
    const levels = this.levelsUnder(policy);
    if (this.failures.size > 0) this.failures = new Map();
    const ledger = this.options.trace ? this.startLedger() : undefined;
    for (const field of FIELDS) {
      const text = fieldText(draft, field);
      if (!text) continue;
      const parsed = this.parser.parse(text, field);
      grouped.push({ field, text, sentences: parsed.sentences });
      const scope = this.scopeOf(draft, field, parsed, policy);
      const plan = this.planFor(field, recipient, levels, scope);
      for (const id of plan.skipped) skipped.add(id);
      // Indexed loops over the rules and sentences on this path: a for…of that V8 has not optimised (this runs once per
      // keystroke) allocates an iterator and a result object per step, a few hundred a keystroke.
      const active = plan.active;
      for (let i = 0; i < active.length; i++) {
        const a = active[i]!;
        refresh(a.ctx, scope.base);
        a.contextKey = scope.contextKey;
        a.collected.length = 0;
      }
      const { contexts: sentenceContexts } = plan.sentence;
      for (let i = 0; i < sentenceContexts.length; i++) refresh(sentenceContexts[i]!, scope.base);
      const { contexts: lineContexts } = plan.line;
      for (let i = 0; i < lineContexts.length; i++) refresh(lineContexts[i]!, scope.base);
      this.runSentenceRules(plan.sentence, parsed);
      this.running = LINE_RULES;
      try {
        this.runLineRules(plan.line, parsed.lines, parsed.sentences);
      } finally {
        this.running = undefined;
      }
      const fieldFindings: Finding[] = [];
      for (let i = 0; i < active.length; i++) {
        const a = active[i]!;
        if (a.rule.document) {
          try {
            a.rule.document(a.ctx);
          } catch (error) {
            this.fail(a.rule.id, errorMessage(error));
          }
        }
        this.emit(a, field, parsed.text.length, fieldFindings);
      }
      const custom = runCustomRules(policy, field, text, recipient, (id, error) => this.fail(id, errorMessage(error)));
      fieldFindings.push(...onGraphemes(custom, text, { strict: true }));
      // Quoted history is the other party's words: nothing in it is flagged, whichever rule found it.
      for (const f of fieldFindings) if (!parsed.quoted.some(([s, e]) => f.start < e && f.end > s)) findings.push(f);
      if (ledger && parsed.quoted.length) {
        const kept = ledger.filter((x) => x.field !== field || !parsed.quoted.some(([s, e]) => x.start < e && x.end > s));
        ledger.length = 0;
        ledger.push(...kept);
      }
    }
    // Round 47: the memos and facts of line and sentence texts that edits replaced a while ago, which no field holds
    // (FieldParser.evictRetired): kept, they grew the heap by every keystroke until the LRUs turned over.
    const retired = this.parser.evictRetired();
    if (retired) {
      for (const t of retired.lines) this.lineMemos.delete(t);
      for (const t of retired.sentences) this.sentenceMemos.delete(t);
      this.facts.forget(retired.sentences);
      this.facts.forget(retired.lines);
    }
    // A rule that threw anywhere in the run loses all its findings (what it reported before failing may be
    // half of a judgement), and only its own: before precedence and merging, so no other rule gives way to it.
    const failures = this.failures;
    const kept = failures.size > 0 ? findings.filter((f) => !failures.has(f.ruleId)) : findings;
    return {
      findings: tidy(mergeSentenceRuns(mergeSentenceGroups(giveWay(kept, this.options.rules, this.ownActs), this.options.rules, grouped), this.options.rules, grouped), draft, policy, this.ownProblems),
      japaneseReady: this.japaneseReady,
      skippedRules: [...skipped],
      failedRules: [...failures.values()],
      ...(ledger ? { suppressions: ledger } : {}),
    };
  }

  /** A new guard ledger, with every memo cleared: each rule runs on each sentence of this draft and records its guards. */
  /**
   * DraftSchema.parse(input), or, when the input is the last parsed one with only its subject and body changed (a
   * keystroke), that draft with the new texts. Round 44: zod's parse of the draft and its context was ~1.7 % of a
   * Japanese keystroke. The rest of the input is compared as plain data (primitives, arrays, plain objects, same keys
   * in the same order) with a copy of the last one's, so that anything else goes through zod as before.
   */
  private parseDraft(input: DraftInput): Draft {
    const last = this.lastDraft;
    if (
      last !== undefined && typeof input === 'object' && input !== null && Object.getPrototypeOf(input) === Object.prototype &&
      typeof input.body === 'string' && (typeof input.subject === 'string' || !('subject' in input)) &&
      'subject' in input === last.subject && samePlain(input, last.rest, true)
    ) {
      return { ...last.draft, subject: input.subject ?? '', body: input.body };
    }
    const draft = DraftSchema.parse(input);
    const rest = plainCopy(input, true);
    this.lastDraft = rest === NOT_PLAIN ? undefined : { rest, subject: 'subject' in input, draft };
    return draft;
  }

  private startLedger(): Suppression[] {
    this.sentenceMemos.clear();
    this.lineMemos.clear();
    this.lastRuns.clear();
    this.lastLineRuns.clear();
    this.ledger = [];
    return this.ledger;
  }

  /** Records that rule `ruleId` threw in the analysis under way (counted; the first message kept). */
  private fail(ruleId: string, error: string): void {
    const known = this.failures.get(ruleId);
    if (known) known.count++;
    else this.failures.set(ruleId, { ruleId, count: 1, error });
  }

  /**
   * The plan of `field` for `recipient` (FieldPlan): the one kept, when every rule's level under `policy` is
   * the same as when it was made (a policy is often a new object per request, seldom a different one), else a
   * new one, its contexts made from `scope`.
   */
  private planFor(field: Field, recipient: Recipient, levels: Array<Severity | 'off' | undefined>, scope: SharedContext): FieldPlan {
    const key = `${field}|${recipient}|${this.japaneseReady}`;
    const rules = this.options.rules;
    const kept = this.plans.get(key);
    if (kept && (kept.levels === levels || sameLevels(kept.levels, levels))) return kept;
    const active: ActiveRule[] = [];
    const skipped: string[] = [];
    rules.forEach((rule, index) => {
      if (!(rule.fields ?? ['body']).includes(field)) return;
      if (!(rule.audience ?? DEFAULT_AUDIENCE).includes(recipient)) return;
      const level = levels[index];
      if (level === 'off') return;
      if (rule.requiresTokens && !this.japaneseReady) {
        skipped.push(rule.id);
        return;
      }
      active.push(activate(rule, index, level, scope, this.options.trace ? this.recorder(rule.id, field) : NO_TRACE));
    });
    const run = (which: ActiveRule[]): RuleRun => {
      const sink = { reports: [] as Report[] };
      // One context per rule for every run: a sentence's (or line's) reports go to `sink`, reset for each.
      const contexts = which.map((a): RuleContext => ({ ...a.ctx, report: (r) => sink.reports.push(r) }));
      return {
        rules: which, contexts, sink, suffix: '#' + which.map((a) => a.index).join(','),
        readsPrevious: which.map((a) => a.rule.readsPrevious === true),
      };
    };
    const plan: FieldPlan = {
      levels, active, skipped, sentence: run(active.filter((a) => a.rule.sentence)), line: run(active.filter((a) => a.rule.line)),
    };
    if (this.plans.size >= 16) this.plans.clear();
    this.plans.set(key, plan);
    return plan;
  }

  /** ctx.suppressed of `ruleId` with trace on: writes to the ledger of the analysis under way, with the field it runs on. */
  private recorder(ruleId: string, field: Field): RuleContext['suppressed'] {
    // A plan serves one field: its contexts record that field.
    return (guard, start, end) => void this.ledger?.push({ ruleId, guard, field, start, end });
  }

  /**
   * Every rule's level under `policy`, read once per analysis rather than once per field (each field's plan is
   * checked against them): the array of the last analysis when every level is the same, so that a kept plan is
   * recognised by identity.
   */
  private levelsUnder(policy: Policy): Array<Severity | 'off' | undefined> {
    const rules = this.options.rules;
    const last = this.levels;
    let same = last.length === rules.length;
    // Round 34: a policy that sets no rule's and no category's level (the default, most requests) gives every rule
    // undefined: compared without a look-up of each rule's id and category in the policy.
    if (isEmpty(policy.rules) && isEmpty(policy.categories)) {
      for (let i = 0; i < rules.length && same; i++) same = last[i] === undefined;
      if (same) return last;
      this.levels = rules.map(() => undefined);
      return this.levels;
    }
    for (let i = 0; i < rules.length && same; i++) same = levelFor(rules[i]!, policy) === last[i];
    if (same) return last;
    this.levels = rules.map((rule) => levelFor(rule, policy));
    return this.levels;
  }

  /** What every rule's context on this field shares, and the key of that context (worked out once per field). */
  private scopeOf(draft: Draft, field: Field, parsed: ParsedField, policy: Policy): SharedContext {
    const recipient = draft.context.recipient ?? 'client';
    const firstContact = draft.context.firstContact ?? false;
    const today = (draft.context.now ?? new Date().toISOString()).slice(0, 10);
    return {
      base: {
        draft,
        field,
        text: parsed.text,
        own: parsed.own,
        lines: parsed.lines,
        sentences: parsed.sentences,
        recipient,
        firstContact,
        kind: draft.kind,
        today,
        japaneseReady: this.japaneseReady,
        policy,
        facts: this.facts,
        paragraphBefore: (s) => this.readParagraph(parsed, s),
        paragraphHas: (s, pattern) => this.readParagraphHas(parsed, s, pattern),
      },
      contextKey: [field, recipient, firstContact, draft.kind, today].join('|'),
    };
  }

  /**
   * Sentence rules, sentence by sentence. One cache look-up per sentence serves every rule; a sentence whose
   * text, previous sentence, rule set and context are unchanged costs that look-up and the copy of its
   * reports to its current place (no rule runs, nothing else is allocated), so a keystroke's cost follows
   * the sentences it changed, not the length of the draft.
   */
  private runSentenceRules(run: RuleRun, parsed: ParsedField): void {
    const sentences = parsed.sentences;
    const { rules, contexts, sink, readsPrevious } = run;
    if (rules.length === 0) return;
    const key = this.interned(rules[0]!.contextKey + run.suffix);
    // Sentences before and after the edited stretch have the texts (the very strings the parser kept) they
    // had in this field's last run: their variants are taken from that run, with no look-up by text.
    const last = this.lastRuns.get(key);
    const { head, tail } = unchangedEnds(last?.texts ?? [], sentences, last?.sentencesId);
    // As many sentences as in the last run (most keystrokes): its arrays are written over in place, each position
    // read before it is written; otherwise new ones.
    const inPlace = last !== undefined && last.texts.length === sentences.length;
    const texts: string[] = inPlace ? last.texts : new Array(sentences.length);
    const variants: SentenceVariant[] = inPlace ? last.variants : new Array(sentences.length);
    // Half written (a throw below), they must not be read as a run: remembered again at the end.
    if (inPlace) this.lastRuns.delete(key);
    let previous: Sentence | undefined;
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      let variant = k < head ? last!.variants[k] : k >= sentences.length - tail
        ? last!.variants[k - sentences.length + last!.texts.length]
        : undefined;
      if (variant === undefined || (variant.paragraph !== undefined && variant.paragraph !== paragraphBefore(parsed, s))) {
        variant = this.sentenceVariant(s, previous, key, rules, readsPrevious, contexts, (r) => (sink.reports = r), parsed);
      }
      texts[k] = s.text;
      variants[k] = variant;
      if (variant.failures !== undefined) for (const f of variant.failures) this.fail(rules[f.rule]!.rule.id, f.error);
      const reports = variant.reports;
      for (let r = 0; r < reports.length; r++) rules[reports[r]!.rule]!.collected.push(moved(reports[r]!.report, s.start));
      previous = s;
    }
    remember(this.lastRuns, key, { texts, variants, sentencesId: sentenceSuccession(sentences)?.id });
  }

  /** What the sentence rules report on `s` after `previous`: from the memo, or by running them. */
  private sentenceVariant(
    s: Sentence, previous: Sentence | undefined, key: string, rules: ActiveRule[], readsPrevious: boolean[],
    contexts: RuleContext[], setSink: (sink: Report[]) => Report[], parsed: ParsedField,
  ): SentenceVariant {
    const previousText = previous?.text ?? '';
    let memo = this.sentenceMemos.get(s.text);
    // A variant made after a rule read the paragraph before the sentence holds only while it is the same.
    let paragraph: string | undefined;
    const holds = (v: SentenceVariant) => v.paragraph === undefined || v.paragraph === (paragraph ??= paragraphBefore(parsed, s));
    // Same sentence after another previous one (the sentence after an edit): rules that cannot read the
    // previous sentence keep what they reported, only those that may read it run again. Same sentence under
    // another paragraph (an edit above it in its paragraph): only the rules that read the paragraph run again.
    let other: SentenceVariant | undefined;
    let stale = false;
    if (memo) {
      for (const v of memo) {
        if (v.key !== key) continue;
        if (!holds(v)) {
          if (!other) {
            other = v;
            stale = true;
          }
          continue;
        }
        if (v.previous === previousText) return v;
        other = v;
        stale = false;
      }
    }
    const previousChanged = other !== undefined && other.previous !== previousText;
    const reports: TaggedReport[] = [];
    let readers: number[] | undefined;
    let failures: RuleError[] | undefined;
    let previousKeys: Array<string | undefined> | undefined;
    this.running = s;
    // Rules whose reports are copied from `other` read its paragraph (when any read it) only if it still holds.
    this.paragraphRead = stale ? undefined : other?.paragraph;
    try {
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i]!.rule;
        if (rule.lang !== 'any' && s.lang !== rule.lang) continue;
        const readParagraph = other?.readers?.includes(i) === true;
        // Round 34: a rule that says what it reads of the previous sentence (Rule.previousKey) keeps its reports
        // after another previous sentence with the same key.
        let previousKey: string | undefined;
        if (readsPrevious[i] && rule.previousKey) {
          previousKey = keyOfPrevious(rule, s, previous, contexts[i]!);
          (previousKeys ??= [])[i] = previousKey;
        }
        const previousHolds = !previousChanged || !readsPrevious[i] || (previousKey !== undefined && other!.previousKeys?.[i] === previousKey);
        if (other && previousHolds && !(stale && readParagraph)) {
          const kept = other.reports;
          for (let r = 0; r < kept.length; r++) if (kept[r]!.rule === i) reports.push(kept[r]!);
          if (other.failures) for (const f of other.failures) if (f.rule === i) (failures ??= []).push(f);
          if (readParagraph) (readers ??= []).push(i);
          continue;
        }
        const sink = setSink([]);
        const reads = this.paragraphReads;
        // Only a rule that declares it sees the previous sentence: its reports are kept on that text too.
        // A rule that throws keeps none of its reports on this sentence (and, through `failures`, in the run).
        let threw = false;
        try {
          rule.sentence!(s, contexts[i]!, readsPrevious[i] ? previous : undefined);
        } catch (error) {
          threw = true;
          (failures ??= []).push({ rule: i, error: errorMessage(error) });
        }
        if (this.paragraphReads !== reads) (readers ??= []).push(i);
        if (!threw) for (const r of sink) reports.push({ rule: i, report: moved(r, -s.start) });
      }
    } finally {
      this.running = undefined;
    }
    const variant: SentenceVariant = { key, previous: previousText, reports, failures, paragraph: this.paragraphRead, readers, previousKeys };
    if (!memo) {
      memo = [];
      this.sentenceMemos.set(s.text, memo);
    }
    if (memo.length >= VARIANTS) memo.shift();
    memo.push(variant);
    return variant;
  }

  /**
   * One string object per distinct memo key, so that comparing a memo's key with this run's is a pointer
   * comparison rather than a comparison of two equal strings, once per sentence and line.
   */
  private interned(key: string): string {
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    if (this.keys.size >= 256) this.keys.clear();
    this.keys.set(key, key);
    return key;
  }

  /**
   * Line rules, line by line over the lines that hold sentences: like sentence rules, cached by the line's
   * text (with the rule set and context) and moved with the line, so only an edited line runs them again.
   */
  private runLineRules(run: RuleRun, lines: Line[], sentences: Sentence[]): void {
    const { rules, contexts, sink } = run;
    if (rules.length === 0) return;
    const key = this.interned(rules[0]!.contextKey + run.suffix);
    // The lines that hold sentences (held), line h's sentences being [firsts[h], firsts[h + 1]): one typed array,
    // not an object per line on every keystroke.
    if (this.firsts.length < sentences.length + 1) this.firsts = new Int32Array(Math.max(sentences.length + 1, this.firsts.length * 2));
    const firsts = this.firsts;
    const held: Line[] = [];
    for (let i = 0; i < sentences.length; ) {
      const line = lines[sentences[i]!.line]!;
      let j = i + 1;
      while (j < sentences.length && sentences[j]!.line === line.index) j++;
      firsts[held.length] = i;
      held.push(line);
      i = j;
    }
    firsts[held.length] = sentences.length;
    // Lines before and after the edited stretch keep the texts they had in the field's last run: their
    // variants are taken from it, with no look-up by text.
    const last = this.lastLineRuns.get(key);
    const before = last?.texts ?? [];
    const most = Math.min(before.length, held.length);
    let head = 0;
    while (head < most && held[head]!.text === before[head]) head++;
    let tail = 0;
    while (tail < most - head && held[held.length - 1 - tail]!.text === before[before.length - 1 - tail]) tail++;
    // As many lines as in the last run: its arrays written over in place (see runSentenceRules).
    const inPlace = last !== undefined && before.length === held.length;
    const texts: string[] = inPlace ? last.texts : new Array(held.length);
    const variants: SentenceVariant[] = inPlace ? last.variants : new Array(held.length);
    if (inPlace) this.lastLineRuns.delete(key);
    for (let h = 0; h < held.length; h++) {
      const line = held[h]!;
      const from = firsts[h]!;
      const to = firsts[h + 1]!;
      let variant: SentenceVariant | undefined = h < head ? last!.variants[h] : h >= held.length - tail
        ? last!.variants[h - held.length + before.length]
        : undefined;
      if (!variant) {
        let memo = this.lineMemos.get(line.text);
        variant = memo?.find((v) => v.key === key);
        if (!variant) {
          const own = sentences.slice(from, to);
          const reports: TaggedReport[] = [];
          let failures: RuleError[] | undefined;
          for (let k = 0; k < rules.length; k++) {
            sink.reports = [];
            try {
              rules[k]!.rule.line!(line, own, contexts[k]!);
            } catch (error) {
              (failures ??= []).push({ rule: k, error: errorMessage(error) });
              continue;
            }
            for (const r of sink.reports) reports.push({ rule: k, report: moved(r, -line.start) });
          }
          variant = { key, previous: '', reports, failures, paragraph: undefined, readers: undefined, previousKeys: undefined };
          if (!memo) {
            memo = [];
            this.lineMemos.set(line.text, memo);
          }
          if (memo.length >= VARIANTS) memo.shift();
          memo.push(variant);
        }
      }
      texts[h] = line.text;
      variants[h] = variant;
      if (variant.failures !== undefined) for (const f of variant.failures) this.fail(rules[f.rule]!.rule.id, f.error);
      const reports = variant.reports;
      for (let r = 0; r < reports.length; r++) rules[reports[r]!.rule]!.collected.push(moved(reports[r]!.report, line.start));
    }
    remember(this.lastLineRuns, key, { texts, variants });
  }

  /** ctx.paragraphBefore: the paragraph's text up to `s`, recorded when a sentence rule reads it (see RuleContext). */
  private readParagraph(parsed: ParsedField, s: Sentence): string {
    if (this.running === LINE_RULES) throw new Error('a line rule may not read the paragraph before a sentence');
    if (this.running !== undefined && s !== this.running) {
      throw new Error('a sentence rule may read the paragraph before its own sentence only');
    }
    const text = paragraphBefore(parsed, s);
    if (this.running !== undefined) {
      this.paragraphRead = text;
      this.paragraphReads++;
    }
    return text;
  }

  /**
   * ctx.paragraphHas: recorded as a read of the paragraph (ctx.paragraphBefore, whose slice costs no copy), and
   * answered from the first match of the pattern in the sentence's paragraph, found once per parse.
   */
  private readParagraphHas(parsed: ParsedField, s: Sentence, pattern: RegExp): boolean {
    this.readParagraph(parsed, s);
    return paragraphMatchEnd(this.paragraphMatches, parsed, s.line, pattern) <= s.start;
  }

  private emit(a: ActiveRule, field: Field, length: number, out: Finding[]): void {
    const { rule, level } = a;
    for (const r of onGraphemes(a.collected, a.ctx.text)) {
      if (!(r.start >= 0 && r.start < r.end && r.end <= length)) continue;
      const finding: Finding = {
        ruleId: rule.id,
        category: rule.category,
        severity: level ?? r.severity ?? rule.severity,
        field,
        start: r.start,
        end: r.end,
        message: r.message,
        ...(r.messageJa ? { messageJa: r.messageJa } : {}),
        rationale: rule.rationale.en,
        rationaleJa: rule.rationale.ja,
        suggestions: r.suggestions,
      };
      if (r.ownAct) this.ownActs.add(finding);
      out.push(finding);
    }
  }
}

/** What plainCopy gives for a value that is not plain data. */
const NOT_PLAIN = Symbol('not plain');

/** A deep copy of plain data (primitives, arrays, plain objects); NOT_PLAIN for anything else. `top`: less subject and body. */
function plainCopy(v: unknown, top = false): unknown {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return typeof v === 'symbol' || typeof v === 'bigint' ? NOT_PLAIN : v;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return NOT_PLAIN;
      const c = plainCopy(v[i]);
      if (c === NOT_PLAIN) return NOT_PLAIN;
      out.push(c);
    }
    return out;
  }
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype || Object.getOwnPropertySymbols(v).length > 0) return NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    if (top && (k === 'subject' || k === 'body')) continue;
    const c = plainCopy((v as Record<string, unknown>)[k]);
    if (c === NOT_PLAIN) return NOT_PLAIN;
    out[k] = c;
  }
  return out;
}

/** Whether `a` is plain data equal to `b` (a plainCopy): the same values, keys in the same order. `top`: less subject and body. */
function samePlain(a: unknown, b: unknown, top = false): boolean {
  if (a === null || typeof a !== 'object') return Object.is(a, b);
  if (b === null || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!(i in a) || !samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getOwnPropertySymbols(a).length > 0) return false;
  const keys = Object.keys(b);
  let k = 0;
  for (const key of Object.keys(a)) {
    if (top && (key === 'subject' || key === 'body')) continue;
    if (keys[k] !== key || !samePlain((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    k++;
  }
  return k === keys.length;
}

/** A rule's context on a field but its `report`, and the key of that context (scopeOf). */
interface SharedContext {
  base: Omit<RuleContext, 'report' | 'suppressed'>;
  contextKey: string;
}

function activate(rule: Rule, index: number, level: Severity | undefined, scope: SharedContext, suppressed: RuleContext['suppressed']): ActiveRule {
  const collected: Report[] = [];
  const b = scope.base;
  // One object literal with every property (not a spread of the base): the same shape for every rule's context.
  const ctx: RuleContext = {
    draft: b.draft, field: b.field, text: b.text, own: b.own, lines: b.lines, sentences: b.sentences,
    recipient: b.recipient, firstContact: b.firstContact, kind: b.kind, today: b.today,
    japaneseReady: b.japaneseReady, policy: b.policy, facts: b.facts, paragraphBefore: b.paragraphBefore,
    paragraphHas: b.paragraphHas,
    report: (r) => collected.push(r),
    suppressed,
  };
  return { rule, index, level, ctx, contextKey: scope.contextKey, collected };
}

/** Rule.previousKey of `rule` for `s` after `previous`; undefined when it throws (the rule then runs as before). */
function keyOfPrevious(rule: Rule, s: Sentence, previous: Sentence | undefined, ctx: RuleContext): string | undefined {
  try {
    return rule.previousKey!(s, previous, ctx);
  } catch {
    return undefined;
  }
}

/** Writes this analysis's draft, field text and parse into a kept context (everything but its rule's `report`). */
function refresh(ctx: RuleContext, b: SharedContext['base']): void {
  ctx.draft = b.draft;
  ctx.field = b.field;
  ctx.text = b.text;
  ctx.own = b.own;
  ctx.lines = b.lines;
  ctx.sentences = b.sentences;
  ctx.recipient = b.recipient;
  ctx.firstContact = b.firstContact;
  ctx.kind = b.kind;
  ctx.today = b.today;
  ctx.japaneseReady = b.japaneseReady;
  ctx.policy = b.policy;
  ctx.facts = b.facts;
  ctx.paragraphBefore = b.paragraphBefore;
  ctx.paragraphHas = b.paragraphHas;
}

/** Marks the line rules' run (Engine.running). */
const LINE_RULES = Symbol('line rules');

/** A blank line: what ends a paragraph (with the line feed after it). */
const BLANK_LINE = /^[ \t\u3000]*$/;

/**
 * The text of the paragraph holding `s`, up to `s`: from the line after the last blank line above `s`'s line
 * (a line of only spaces, tabs or U+3000 after a line feed and ended by one, as /\n[ \t\u3000]*\n/ finds it),
 * else from the field's start. Where each line's paragraph starts is read once per parse (paragraphStarts), not
 * by walking back over the paragraph for every sentence (n² over a paragraph of n lines).
 */
export function paragraphBefore(parsed: Pick<ParsedField, 'text' | 'lines'>, s: Sentence): string {
  return parsed.text.slice(paragraphStarts(parsed.lines)[s.line] ?? 0, s.start);
}

/** Per parse (keyed by its array of lines, made afresh by every parse): each line's paragraph start offset. */
const PARAGRAPH_STARTS = new WeakMap<readonly Line[], Int32Array>();

/**
 * For each line, the offset its paragraph starts at: the start of the line after the last blank line above it
 * (never the first line of the field: a paragraph starts after a blank line that has a line above it), else 0.
 */
function paragraphStarts(lines: readonly Line[]): Int32Array {
  let starts = PARAGRAPH_STARTS.get(lines);
  if (starts) return starts;
  starts = new Int32Array(lines.length);
  for (let i = 2; i < lines.length; i++) {
    const above = lines[i - 1]!;
    starts[i] = above.end + 1 === lines[i]!.start && BLANK_LINE.test(above.text) ? lines[i]!.start : starts[i - 1]!;
  }
  PARAGRAPH_STARTS.set(lines, starts);
  return starts;
}

/** Per parse (keyed by its lines) and pattern: where the first match of each paragraph (by its start) ends. */
export type ParagraphMatches = WeakMap<readonly Line[], Map<RegExp, Map<number, number>>>;

/**
 * Whether a pattern's source has none of what makes a match inside a prefix differ from a match of the text
 * ending inside it: anchors (^ $, in a class too: kept simple), word boundaries, look-around. Escapes are skipped.
 */
function literalAlternatives(source: string): boolean {
  for (const m of source.matchAll(/\\.|[\^$]|\(\?<?[=!]/gs)) if (m[0][0] !== '\\' || m[0] === '\\b' || m[0] === '\\B') return false;
  return true;
}

/**
 * The least offset k such that `pattern` matches parsed.text between the start of the paragraph of line `line`
 * and k (Infinity when none): `pattern` matches in paragraphBefore(parsed, s) exactly when this is ≤ s.start.
 * Each paragraph is searched once per parse and pattern, and only up to its own end: linear in the text.
 */
export function paragraphMatchEnd(cache: ParagraphMatches, parsed: Pick<ParsedField, 'text' | 'lines'>, line: number, pattern: RegExp): number {
  let byPattern = cache.get(parsed.lines);
  if (!byPattern) {
    byPattern = new Map();
    cache.set(parsed.lines, byPattern);
  }
  let ends = byPattern.get(pattern);
  if (!ends) {
    if (pattern.global || pattern.sticky || !literalAlternatives(pattern.source) || pattern.test('')) {
      throw new Error(`ctx.paragraphHas needs literal alternatives, not /${pattern.source}/${pattern.flags}`);
    }
    ends = new Map();
    byPattern.set(pattern, ends);
  }
  const starts = paragraphStarts(parsed.lines);
  const from = starts[line] ?? 0;
  let end = ends.get(from);
  if (end === undefined) {
    let next = line + 1;
    while (next < parsed.lines.length && starts[next] === from) next++;
    const to = next < parsed.lines.length ? parsed.lines[next]!.start : parsed.text.length;
    end = from + firstMatchEnd(parsed.text.slice(from, to), pattern);
    ends.set(from, end);
  }
  return end;
}

/** Contexts (field, recipient, day…) whose last run is kept: a CLI batch with many days must not keep them all. */
const LAST_RUNS = 16;

function remember<V>(runs: Map<string, V>, key: string, run: V): void {
  if (!runs.has(key) && runs.size >= LAST_RUNS) runs.clear();
  runs.set(key, run);
}

/**
 * How many sentences at the start (`head`) and at the end (`tail`) of `now` have the texts they had in the
 * last run (`before`), each after the same previous text, without overlapping. Compared by identity first:
 * the parser hands out the same string for an unchanged line's sentences, so this is a pointer comparison
 * per sentence until the edited stretch.
 */
export function unchangedEnds(before: readonly string[], now: readonly Sentence[], beforeId?: number): { head: number; tail: number } {
  // Round 30: when `before` holds the texts of the parse right before `now`, the parser's counts of the sentences
  // its unchanged lines hold are taken as they stand (sameEnds), and only the sentences past them compared.
  const { head, tail: same } = sameEnds(before, now, beforeId);
  let tail = same;
  // The first sentence of the tail must follow the same text as before, or its sentence-pair rules differ.
  if (tail > 0) {
    const k = now.length - tail;
    const previousNow = k > 0 ? now[k - 1]!.text : '';
    const previousBefore = before.length - tail > 0 ? before[before.length - tail - 1]! : '';
    if (previousNow !== previousBefore) tail--;
  }
  return { head, tail };
}

/** A policy's level for a rule: its own override, else its category's; undefined keeps the rule's. */
function sameLevels(a: ReadonlyArray<Severity | 'off' | undefined>, b: ReadonlyArray<Severity | 'off' | undefined>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** An object with no enumerable property whose value is set (a policy's rules or categories left empty). */
function isEmpty(o: Record<string, unknown>): boolean {
  for (const k in o) if (o[k] !== undefined) return false;
  return true;
}

function levelFor(rule: Rule, policy: Policy): Severity | 'off' | undefined {
  return policy.rules[rule.id] ?? policy.categories[rule.category];
}

/**
 * Resolves declared precedence: a finding of a rule with `yieldsTo` is dropped when a listed rule reported an
 * overlapping range in the same field — of another category only when it was not reported as an act of its own
 * (Report.ownAct). Only enabled rules reach this point, so switching one rule off in the
 * policy never silences another.
 */
function giveWay(findings: Finding[], rules: readonly Rule[], ownActs: WeakSet<Finding>): Finding[] {
  let yields = YIELDS.get(rules);
  if (!yields) {
    yields = new Map();
    for (const r of rules) if (r.yieldsTo?.length) yields.set(r.id, r.yieldsTo);
    YIELDS.set(rules, yields);
  }
  if (yields.size === 0) return findings;
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    list ? list.push(f) : byRule.set(f.ruleId, [f]);
  }
  return findings.filter((f) => {
    const over = yields.get(f.ruleId);
    if (!over) return true;
    // An act of its own stands beside another category's finding; within its category one finding per stretch still holds.
    const own = ownActs.has(f);
    return !over.some((id) => byRule.get(id)?.some((g) => g.field === f.field && g.start < f.end && f.start < g.end && !(own && g.category !== f.category)));
  });
}

/** Per list of rules (an Engine's), the rules that give way and to which: read once, not on every keystroke. */
const YIELDS = new WeakMap<readonly Rule[], Map<string, string[]>>();

/**
 * Drops allowed phrases and duplicates (same range and category: the most severe wins; a rule in `ownProblems`
 * reports a problem of its own, kept beside the others), then sorts.
 */
function tidy(findings: Finding[], draft: Draft, policy: Policy, ownProblems: ReadonlySet<string>): Finding[] {
  const kept = findings.filter((f) => !allowed(f, draft, policy.allow));
  const best = new Map<string, Finding>();
  for (const f of kept) {
    const key = `${f.field}:${f.start}:${f.end}:${f.category}${ownProblems.has(f.ruleId) ? `:${f.ruleId}` : ''}`;
    const prev = best.get(key);
    if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) best.set(key, f);
  }
  return [...best.values()].sort(
    (a, b) =>
      FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId),
  );
}

/** A finding is allowed when an allow-listed phrase's occurrence covers its whole range. */
function allowed(f: Finding, draft: Draft, allow: string[]): boolean {
  if (allow.length === 0) return false;
  const text = fieldText(draft, f.field);
  for (const phrase of allow) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      if (i <= f.start && f.end <= i + phrase.length) return true;
    }
  }
  return false;
}

function fieldText(draft: Draft, field: Field): string {
  return field === 'body' ? draft.body : field === 'subject' ? draft.subject : (draft.when ?? '');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A report moved by `by` code units: its range and its suggestions' explicit edits. */
function moved(r: Report, by: number): Report {
  if (by === 0) return r;
  const suggestions = r.suggestions.some((x) => x.edits)
    ? r.suggestions.map((x) => (x.edits ? { ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) } : x))
    : r.suggestions;
  return { ...r, start: r.start + by, end: r.end + by, suggestions };
}
