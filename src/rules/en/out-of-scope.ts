import { defineRule } from '../../engine/rule';
import { englishFacts, type EnFacts } from '../../engine/analysis/en';
import { sentenceAct } from '../../engine/analysis/en-sentence-act';
import { restatesReader } from '../../engine/analysis/en-standing';
import { findFirst } from './lib/phrases';
import { compromise, cushionedRefusal, isQuestion, isSoftened, REFUSAL } from './lib/refusal';

/** "That's out of scope" closes a door the buyer expected to be held open. */
export default defineRule({
  id: 'en.blunt-refusal.out-of-scope',
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  title: { en: '“Out of scope” as a flat no', ja: '「対象外です」という突き放した断り' },
  rationale: {
    en: 'In Japan a request outside the contract is a chance to show goodwill. A flat “out of scope” ends the conversation; thanking them, naming the scope gently and promising to consult your manager keeps it going.',
    ja: '日本の取引では、契約範囲外の依頼も関係を深める機会と受け取られます。「対象外」と突き放さず、感謝を述べ、範囲をやんわり伝え、上司と相談すると約束するのが信頼につながります。',
  },
  examples: {
    valid: [
      { text: 'Nothing in your request is outside the scope of the maintenance contract.' },
      { text: 'If anything falls outside the scope, we will tell you before starting any work.' },
      { text: 'To make sure nothing is out of scope, I have listed every deliverable below.' },
      { text: 'Data migration is not out of scope: it is part of phase two.' },
      { text: 'This is outside the scope of the current contract, but let me speak with my manager and see what we can do.' },
      { text: 'The scope of the project is described in section 2.' },
      { text: 'I am sorry, but translation is outside the scope of this contract.' },
    ],
    invalid: [
      {
        text: "Regarding the extra reports: No, that's out of scope.",
        flagged: "Regarding the extra reports: No, that's out of scope.",
        outputs: ["Thank you for asking. This is outside the scope of the current contract, but because we value working with you, let me speak with my manager and see what we can do.", "Regarding the extra reports: I'm afraid that's out of scope. However, because we value working with you, let me speak with my manager and see what we can do."],
      },
      {
        text: "No, that's out of scope.",
        flagged: "No, that's out of scope.",
        outputs: [
          'Thank you for asking. This is outside the scope of the current contract, but because we value working with you, let me speak with my manager and see what we can do.',
          "I'm afraid that's out of scope. However, because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        text: 'Data migration is outside the project scope, but our partner can help.',
        flagged: 'Data migration is outside the project scope, but our partner can help.',
        outputs: [
          'Thank you for asking. This is outside the scope of the current contract, but because we value working with you, let me speak with my manager and see what we can do.',
          "I'm afraid data migration is outside the project scope, but our partner can help. However, because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
    ],
  },
  readsPrevious: true,
  sentence(s, ctx, previous) {
    if (isQuestion(s)) return;
    const hit = findFirst(REFUSAL.outOfScope, s.text);
    if (!hit || !refusesWith(ctx.facts.of(englishFacts, s), hit.index)) return;
    // "As you mentioned, that part is outside our scope, so …": the reader's own scope restated (round 14).
    if (restatesReader(ctx.facts.of(englishFacts, s))) return ctx.suppressed('restates-reader', s.start, s.end);
    // Round 21: a specification owns the sentence (en-sentence-act.ts).
    // (A scope stated is its own act even inside the news of an end: "… is outside the contract, so it will be shut down".)
    if (sentenceAct(ctx.facts.of(englishFacts, s), previous && previous.lang === 'en' ? ctx.facts.of(englishFacts, previous) : undefined) === 'specification') {
      return ctx.suppressed('act-is-spec-or-end', s.start, s.end);
    }
    // An alternative ("but our partner can help") is not a cushion: without one it is still a flat no.
    if (isSoftened(ctx, s, previous)) return ctx.suppressed('softened', s.start, s.end);
    ctx.report({
      start: s.start,
      end: s.end,
      message: '“Out of scope” reads as a flat refusal. Thank them, name the scope gently and offer to consult your manager.',
      messageJa: '「範囲外」は突き放した断りに聞こえます。感謝を述べ、範囲をやんわり伝え、上司と相談すると伝えましょう。',
      // The cushion goes where the refusal starts: after a lead-in ("Regarding the reports: No, that's …").
      suggestions: [compromise('scope'), cushionedRefusal(s.text, refusalStart(s.text))],
    });
  },
});

/** Where the refusal begins: the start of the clause holding the out-of-scope phrase (after ": ", "; ", "—"). */
function refusalStart(text: string): number {
  const m = findFirst(REFUSAL.outOfScope, text);
  if (!m) return 0;
  const before = text.slice(0, m.index);
  let at = 0;
  for (const p of before.matchAll(/[:;—–]\s*/g)) at = p.index + p[0].length;
  return at;
}

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nothing', 'none', 'nobody', 'neither']);
const PURPOSE = new Set(['ensure', 'sure', 'avoid', 'prevent']);

/**
 * Whether the out-of-scope phrase at `at` says no to something: not when it is denied ("nothing in your
 * request is outside the scope", "that is not out of scope"), supposed ("if anything falls outside the
 * scope, we will tell you first") or guarded against ("to make sure nothing is out of scope"). Read from
 * the clause of the parse that holds the phrase.
 */
function refusesWith(facts: EnFacts, at: number): boolean {
  const k = facts.tokens.findIndex((t) => t.end > at);
  const clause = facts.clauses.find((c) => c.from <= k && k < c.to);
  if (!clause) return true;
  if (clause.conditional) return false;
  // Round 37 (KREa clean 080): "The items that are outside the scope of this proposal are listed in section 4": a
  // restrictive relative clause names the items by their scope; the sentence tells where they are, it turns nothing down.
  const t = facts.tokens;
  if (t[k - 1]?.lemma === 'be' && t[k - 2]?.lower === 'that' && /^(?:NOUN|PROPN)$/.test(t[k - 3]?.pos ?? '')) return false;
  for (let i = clause.from; i < k; i++) {
    const t = facts.tokens[i]!;
    if (NEGATORS.has(t.lower) || PURPOSE.has(t.lemma) || PURPOSE.has(t.lower)) return false;
  }
  return true;
}
