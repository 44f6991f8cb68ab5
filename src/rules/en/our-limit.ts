import { englishFacts, type EnFacts } from '../../engine/analysis/en';
import { clientTurn, ourLimit } from '../../engine/analysis/en-our-limit';
import { refusalMayOwn } from '../../engine/analysis/en-sentence-act';
import { restatesReader } from '../../engine/analysis/en-standing';
import { JA_THEIR_REQUEST } from '../../engine/analysis/asked';
import { QUOTED_LINE } from '../../engine/analysis/quotes';
import { textFact } from '../../engine/analysis/facts';
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import { englishRemedy, remedyIn } from '../any/lib/remedy';
import { answersQuestionAbove } from './lib/asked-above';
import { compromise, cushionedRefusal, mayRefuse } from './lib/refusal';

/** How many sentences back the client's turn may stand (a list's items look back past the list to its heading). */
const LOOK_BACK = 3;
/** A Japanese sentence that ends in a no: …ません, …ない, …かねます (出来ません, 対応しておりません). */
const JA_NO_END = /(?:ません|ない|かねます)[。．.!！]?\s*$/;
/** How many items of a list an item looks back past to the list's heading. */
const LIST_ITEMS = 8;
const LIST_LINE = /^\s*(?:[-•*・]|\d{1,2}[.)])\s/;

/**
 * Round 33 (limits33en, issue 10): our side limits what the client gets, stated flatly as the answer to their ask — a sole
 * way ("We only accept orders through our portal", "our manuals are published in English only"), a limit of scope
 * ("… is not included in our scope"), a cost put back on them ("Any rework will be at your expense"), a thing withheld
 * ("There will be no additional discount on the 2027 price list"). One reader (src/engine/analysis/en-our-limit.ts) says
 * what is limited; this rule says whether it answers the client (their ask named, their message or item taken up, their
 * question quoted above) and whether anything is given with it (a cushion, an alternative, a promise to consult, an offer,
 * in the sentence, the one before or the next: any/lib/remedy.ts). Said of its own accord, a limit is a specification or a
 * price list, and a thing withheld must be the thing they asked for ("no cost to you", "no problem" withhold nothing).
 * The rules that read one shape of it with their own wording report it first (declared below); bad news gives way to it.
 */
export default defineRule({
  id: 'en.blunt-refusal.our-limit',
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  yieldsTo: ['en.blunt-refusal.standing-rule', 'en.blunt-refusal.flat-no', 'en.blunt-refusal.out-of-scope', 'en.blunt-refusal.extra-charge',
    'en.blunt-refusal.reply-verdict', 'en.blunt-refusal.status-quo', 'en.blunt-refusal.per-contract', 'en.pressure.ultimatum'],
  title: { en: 'A limit of ours given as the whole answer', ja: '制限だけを返す断り' },
  rationale: {
    en: 'Answering a request with what your side limits — “we only accept orders through our portal”, “not included in our scope”, “at your expense”, “no additional discount” — refuses without saying so and leaves nothing to talk about. A Japanese buyer expects thanks, a cushion and a way forward: what you could do, or that you will ask internally.',
    ja: '依頼に対して「弊社は〜のみです」「範囲外です」「貴社負担です」「追加値引きはありません」と制限だけを返すと、断りの言葉がなくても門前払いに聞こえます。依頼への感謝とクッション言葉を添え、代案や社内での検討を伝えるのが期待される対応です。',
  },
  examples: {
    valid: [
      { text: 'The relief valve is rated to 16 bar only, so please keep the supply pressure below that.' },
      { text: 'Thank you for your order. Reprinting the labels only takes two days.' },
      { text: 'Thank you for your request for a volume discount. There is no cost to you for the replacement units.' },
      { text: 'Thank you for your request for a loan unit. Unfortunately we provide no loan units during repairs; however, we could lend you a demo unit for two weeks.' },
      { text: 'Thank you for your question about what the package includes. Site visits are not included in our package.' },
      { text: 'Our test reports are issued in English only.' },
    ],
    invalid: [
      {
        text: 'We received your order for the hygrometers by fax. We only accept orders through our online ordering desk.',
        flagged: 'We only accept orders through our online ordering desk.',
        outputs: [
          "We received your order for the hygrometers by fax. I'm afraid we only accept orders through our online ordering desk. However, because we value working with you, let me speak with my manager and see what we can do.",
          "We received your order for the hygrometers by fax. Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        text: 'Thank you for your request to change the connector type. Retooling for the new connector will be charged to your account.',
        flagged: 'Retooling for the new connector will be charged to your account.',
        outputs: [
          "Thank you for your request to change the connector type. I'm afraid retooling for the new connector will be charged to your account. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for your request to change the connector type. Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
    ],
  },
  document(ctx) {
    if (ctx.recipient === 'internal') return;
    const { sentences } = ctx;
    const en = (k: number): EnFacts | undefined => {
      const s = sentences[k];
      return s && s.lang === 'en' ? ctx.facts.of(englishFacts, s) : undefined;
    };
    let jaAskAt: number | undefined;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.lang !== 'en' || !ctx.facts.of(MAY_LIMIT, s)) continue;
      const f = ctx.facts.of(englishFacts, s);
      const limit = ourLimit(f);
      if (!limit) continue;
      const drop = (guard: string) => ctx.suppressed(guard, s.start, s.end);
      // What they asked: a sentence of theirs taken up in this one or a few before (past a list to its heading), their
      // question quoted right above, their ask named in the Japanese half of the mail.
      const turns = asksBefore(ctx, i);
      const quoted = answersQuestionAbove(ctx, i);
      const jaAsked = (jaAskAt ??= firstAt(ctx.text, JA_THEIR_REQUEST)) <= s.start;
      const next = en(i + 1);
      if (turns.length === 0 && !quoted && !jaAsked && !(next && next.readerAsk)) {
        drop('no-ask-before');
        continue;
      }
      // A thing withheld limits them only when it is the thing they asked for.
      if (limit.kind === 'withheld' && !withheldAsked(ctx, f.tokens[limit.thing!]!.lemma, turns, i)) {
        drop('not-what-they-asked');
        continue;
      }
      const before = en(i - 1);
      // The limit right after a no is its reason, the one answer judged once on the no: "フレコン荷姿には対応しておりません。 We
      // ship flakes in 25 kg bags on pallets only.", "We can't split the invoice. Our invoices go to one entity only."
      const prev = sentences[i - 1];
      if (prev && ((prev.lang === 'ja' && JA_NO_END.test(prev.text)) || (before?.refusal !== undefined && mayRefuse(prev.text)))) {
        drop('reason-after-refusal');
        continue;
      }
      if (restatesReader(f)) {
        drop('restates-reader');
        continue;
      }
      if (f.cues.cushion !== undefined || f.cues.consult !== undefined || f.cues.alternative !== undefined || f.cues.agreed !== undefined ||
        englishRemedy(f) !== undefined || (before && (before.cues.cushion !== undefined || before.cues.consult !== undefined))) {
        drop('softened');
        continue;
      }
      // An offer in the next sentence gives a way forward when it takes up the thing limited (a noun of the limit's sentence):
      // "Happy to review the revised lobby layout with you on Monday", "Let me know how you want to proceed" offer nothing for it.
      const remedy = remedyIn(ctx, sentences[i + 1]);
      if (remedy !== undefined && (remedy !== 'offer' || sharesNoun(f, en(i + 1)))) {
        drop('remedy-in-next');
        continue;
      }
      if (!refusalMayOwn(f, before)) {
        drop('act-is-spec-or-end');
        continue;
      }
      report(ctx, s);
    }
  },
});

/** The sentences (indexes) at most LOOK_BACK before `i` — past the items of a list to its heading — that take up the client's turn. */
function asksBefore(ctx: RuleContext, i: number): number[] {
  const { sentences } = ctx;
  let from = i - LOOK_BACK;
  // An item of a list answers the list's heading ("Our answers to your points:").
  let k = i;
  // (At most LIST_ITEMS items back: a long list costs each item a fixed look, not the whole list.)
  while (k > 0 && k > i - LIST_ITEMS && LIST_LINE.test(ctx.lines[sentences[k]!.line]?.text ?? '')) k--;
  from = Math.min(from, k - 1);
  const out: number[] = [];
  for (let j = i; j >= 0 && j >= from; j--) {
    const x = sentences[j]!;
    if (x.lang !== 'en' || !ctx.facts.of(MAY_TURN, x)) continue;
    const f = ctx.facts.of(englishFacts, x);
    // The limit's own sentence names their ask outright, not in a condition ("… if you would like").
    if (j === i ? !f.conditional && clientTurn(f) : clientTurn(f)) out.push(j);
  }
  return out;
}

/** The thing withheld is named (by its lemma) in a sentence of their turn or in their quoted question above. */
function withheldAsked(ctx: RuleContext, lemma: string, turns: number[], i: number): boolean {
  const named = (j: number) => ctx.facts.of(englishFacts, ctx.sentences[j]!).tokens.some((t) => t.lemma === lemma);
  if (turns.some((j) => j !== i && named(j))) return true;
  // Their question quoted above the answer ("> Can we get free freight?").
  const s = ctx.sentences[i]!;
  for (let k = s.line - 1; k >= 0 && k >= s.line - 2; k--) {
    const line = ctx.lines[k]!.text;
    if (QUOTED_LINE.test(line) && new RegExp(`\\b${lemma}`, 'i').test(line)) return true;
  }
  return false;
}

/** Whether the two sentences name a common noun (by lemma). */
function sharesNoun(a: EnFacts, b: EnFacts | undefined): boolean {
  if (!b) return true;
  const nouns = new Set(a.tokens.filter((t) => t.pos === 'NOUN').map((t) => t.lemma));
  return b.tokens.some((t) => t.pos === 'NOUN' && nouns.has(t.lemma));
}

function firstAt(text: string, re: RegExp): number {
  const m = re.exec(text);
  return m ? m.index : Number.MAX_SAFE_INTEGER;
}

function report(ctx: RuleContext, s: Sentence): void {
  ctx.report({
    start: s.start,
    end: s.end,
    message: 'A limit of your side given as the whole answer reads as a flat no. Thank them, cushion it and offer a way forward or to consult your manager.',
    messageJa: '制限だけを返すと、突き放した断りに聞こえます。感謝とクッション言葉を添え、代案や上司への相談を伝えましょう。',
    suggestions: [cushionedRefusal(s.text), compromise('difficult')],
  });
}

/** Cheap gates before the parse, cached by the sentence's text: a word of a limit (only, not, no, your, borne, charged). */
const SOLE_OR_NOT = /\b(?:only|solely|exclusively|not|n['’]t|no|your|borne)\b/i;
/** The words of our standing rule and of an exclusion without a "not" (en-standing.ts). */
const RULE_WORDS = /\b(?:minimum|reserved|limited|outside|beyond|excluded)\b/i;
const MAY_LIMIT = textFact('en.our-limit/may-limit', (text) => SOLE_OR_NOT.test(text) || RULE_WORDS.test(text));
const MAY_TURN = textFact('en.our-limit/may-turn', (text) =>
  /\b(?:thanks?|regarding|concerning|re|about|received?|answers?|your|you)\b/i.test(text));
