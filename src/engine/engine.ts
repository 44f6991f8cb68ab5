import { DEFAULT_POLICY, type Policy } from '../policy/schema';
import { LruCache } from './cache';
import { runCustomRules } from './custom-rules';
import { FieldParser, type ParsedField } from './parse';
import { DEFAULT_AUDIENCE, type Report, type Rule, type RuleContext } from './rule';
import type { JapaneseTokenizer } from './tokenizer';
import {
  DraftSchema, SEVERITY_RANK, type Draft, type DraftInput, type Field, type Finding, type Sentence, type Severity,
} from './types';

export interface EngineOptions {
  rules: readonly Rule[];
  /** kuromoji, when loaded; English checks never wait for it. */
  tokenizer?: JapaneseTokenizer | null;
}

export interface Analysis {
  findings: Finding[];
  /** False when Japanese morphology was unavailable for this run. */
  japaneseReady: boolean;
  /** Rules that needed the Japanese dictionary and were skipped. */
  skippedRules: string[];
}

const FIELDS: Field[] = ['subject', 'body'];

/**
 * The analyzer: segment → detect language → tokenize → rules → findings. Pure TypeScript with no browser
 * or Node APIs, so the same object runs in the CLI, the tests and the extension.
 */
export class Engine {
  private parser: FieldParser;
  private sentenceReports = new LruCache<string, Report[]>(20000);

  constructor(private readonly options: EngineOptions) {
    this.parser = new FieldParser(options.tokenizer ?? null);
  }

  get rules(): readonly Rule[] {
    return this.options.rules;
  }

  get japaneseReady(): boolean {
    return this.parser.japaneseReady;
  }

  /** Plugs in the Japanese tokenizer once its dictionary has loaded. */
  setTokenizer(tokenizer: JapaneseTokenizer | null): void {
    this.parser.setTokenizer(tokenizer);
    this.sentenceReports.clear();
  }

  analyze(input: DraftInput, policy: Policy = DEFAULT_POLICY): Finding[] {
    return this.analyzeWithStatus(input, policy).findings;
  }

  analyzeWithStatus(input: DraftInput, policy: Policy = DEFAULT_POLICY): Analysis {
    const draft = DraftSchema.parse(input);
    const findings: Finding[] = [];
    const skipped = new Set<string>();
    const recipient = draft.context.recipient ?? 'client';
    for (const field of FIELDS) {
      const text = field === 'body' ? draft.body : draft.subject;
      if (!text) continue;
      const parsed = this.parser.parse(text);
      for (const rule of this.options.rules) {
        if (!(rule.fields ?? ['body']).includes(field)) continue;
        if (!(rule.audience ?? DEFAULT_AUDIENCE).includes(recipient)) continue;
        const level = levelFor(rule, policy);
        if (level === 'off') continue;
        if (rule.requiresTokens && !this.japaneseReady) {
          skipped.add(rule.id);
          continue;
        }
        this.runRule(rule, draft, field, parsed, policy, findings, level);
      }
      findings.push(...runCustomRules(policy, field, text, recipient));
    }
    return {
      findings: tidy(findings, draft, policy),
      japaneseReady: this.japaneseReady,
      skippedRules: [...skipped],
    };
  }

  private runRule(
    rule: Rule, draft: Draft, field: Field, parsed: ParsedField, policy: Policy, out: Finding[], level: Severity | undefined,
  ): void {
    const collected: Report[] = [];
    const ctx: RuleContext = {
      draft,
      field,
      text: parsed.text,
      lines: parsed.lines,
      sentences: parsed.sentences,
      recipient: draft.context.recipient ?? 'client',
      firstContact: draft.context.firstContact ?? false,
      kind: draft.kind,
      today: (draft.context.now ?? new Date().toISOString()).slice(0, 10),
      japaneseReady: this.japaneseReady,
      policy,
      report: (r) => collected.push(r),
    };
    if (rule.sentence) {
      const contextKey = [rule.id, field, ctx.recipient, ctx.firstContact, ctx.kind, ctx.today].join('|');
      let previous: Sentence | undefined;
      for (const s of parsed.sentences) {
        if (rule.lang === 'any' || s.lang === rule.lang) this.runSentence(rule, s, previous, ctx, contextKey, collected);
        previous = s;
      }
    }
    rule.document?.(ctx);
    for (const r of collected) {
      if (!(r.start >= 0 && r.start < r.end && r.end <= parsed.text.length)) continue;
      out.push({
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
      });
    }
  }

  /** Sentence rules are cached on (rule, context, previous text, text): reports are kept relative. */
  private runSentence(
    rule: Rule, s: Sentence, previous: Sentence | undefined, ctx: RuleContext, contextKey: string, out: Report[],
  ): void {
    const key = `${contextKey}\u0000${previous?.text ?? ''}\u0000${s.text}`;
    let rel = this.sentenceReports.get(key);
    if (!rel) {
      const local: Report[] = [];
      rule.sentence!(s, { ...ctx, report: (r) => local.push(r) }, previous);
      rel = local.map((r) => ({ ...r, start: r.start - s.start, end: r.end - s.start }));
      this.sentenceReports.set(key, rel);
    }
    for (const r of rel) out.push({ ...r, start: r.start + s.start, end: r.end + s.start });
  }
}

/** A policy's level for a rule: its own override, else its category's; undefined keeps the rule's. */
function levelFor(rule: Rule, policy: Policy): Severity | 'off' | undefined {
  return policy.rules[rule.id] ?? policy.categories[rule.category];
}

/** Drops allowed phrases and duplicates (same range and category: the most severe wins), then sorts. */
function tidy(findings: Finding[], draft: Draft, policy: Policy): Finding[] {
  const kept = findings.filter((f) => !allowed(f, draft, policy.allow));
  const best = new Map<string, Finding>();
  for (const f of kept) {
    const key = `${f.field}:${f.start}:${f.end}:${f.category}`;
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
  const text = f.field === 'body' ? draft.body : draft.subject;
  for (const phrase of allow) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      if (i <= f.start && f.end <= i + phrase.length) return true;
    }
  }
  return false;
}
