import { englishFacts, type EnFacts } from '../../engine/analysis/en';
import { refusalMayOwn } from '../../engine/analysis/en-sentence-act';
import { deadlinesIn } from '../../engine/analysis/en-deadline';
import { noExceptions, restatesReader } from '../../engine/analysis/en-standing';
import { activeStore, textFact, type Annotator } from '../../engine/analysis/facts';
import { JA_THEIR_REQUEST } from '../../engine/analysis/asked';
import { firstMatchEnd } from '../../engine/match-all';
import { remedyIn } from '../any/lib/remedy';
import { answersQuestionAbove } from './lib/asked-above';
import { questionAbove, soleWayAsked } from './lib/sole-way-asked';
import { asksWhatOurWayIs, listLabel, topicLead } from '../../engine/analysis/en-sole-way';
import { subjectNamesTerm, threadOnIt } from './lib/reply-context';
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import { compromise, cushionedRefusal, mayRefuse } from './lib/refusal';

/** How many sentences back the reader's ask may stand: the answer usually follows closely. */
const LOOK_BACK = 3;
/** A list of excluded items between an exclusion and its consequence: up to this many lines. */
const LIST_ITEMS = 8;
const LIST_LINE = /^\s*(?:[-•*・]|\d{1,2}[.)])\s/;

/**
 * Rounds 14–15 (classes R1 and R2 of round 15): a no said without the word no.
 * - M1: our standing rule given in answer to what the reader asked ("Thank you for your request for a half
 *   pallet. We only ship full pallets.", "Our minimum order is 500 units, no exceptions.", "Express shipping is
 *   reserved for our Platinum accounts."). A rule stated with nothing asked (a product described, a rule the
 *   reader asked about) is information.
 * - M2: an exclusion from what they bought with the consequence they bear, in the sentence or the next ("Weekend
 *   support isn't included in your plan, so nobody on our side will be picking up tickets", "… not part of the
 *   maintenance contract. Any visit will be invoiced at our daily rate.").
 * Either is clean with a cushion, a promise to consult, or an alternative offered around it ("Unfortunately …,
 * but we could …"), or when it restates what the reader said ("As you mentioned, …"). Read from the cached
 * per-sentence facts (en-standing.ts), behind a word gate per sentence.
 */
export default defineRule({
  id: 'en.blunt-refusal.standing-rule',
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  yieldsTo: ['en.blunt-refusal.flat-no', 'en.blunt-refusal.out-of-scope', 'en.blunt-refusal.extra-charge', 'en.blunt-refusal.per-contract',
    'en.blunt-refusal.status-quo', 'en.pressure.ultimatum'],
  title: { en: 'A rule or an exclusion given as the answer', ja: '規定や対象外だけを返す断り' },
  rationale: {
    en: 'Answering a request with a house rule (“we only ship full pallets”) or with what their plan excludes and what it costs them refuses without saying so, and leaves nothing to talk about. A Japanese buyer expects thanks, a cushion and a way forward: what you could do, or that you will ask internally.',
    ja: '依頼に対して「弊社は〜のみです」「対象外のため有償です」と規定だけを返すと、断りの言葉がなくても門前払いに聞こえます。依頼への感謝とクッション言葉を添え、代案や社内での検討を伝えるのが期待される対応です。',
  },
  examples: {
    valid: [
      // Round 35: a way that includes the client's own value grants it.
      { text: 'Thank you for your note about the reports. We only report in English and Japanese.' },
      // Round 34: a way of ours after thanks for an order, a practice under a bare topic, an enquiry about our way
      // answered, a way with an offer after it.
      { text: 'Thank you for your order. We invoice in CHF only.' },
      { text: 'Regarding delivery: we ship on Tuesdays only.' },
      { text: 'You asked which currency we invoice in. We invoice in CHF only.' },
      { text: 'You asked whether we could invoice in JPY. We invoice in CHF only, and we can add the JPY amount on each invoice.' },
      // Round 25: a service open or free to all is no rule against an ask.
      { text: 'Thank you for your message.\nThe seminar is open to all clients. This is free for all our customers.' },
      // Round 23 (mendref): what a release does, named as the scope, is its specification.
      { text: 'In the current version (v8.2), Kaarya Payroll supports one bonus payment per bonus month only.' },
      { text: 'Thank you for your request for a half-pallet delivery. Unfortunately we only ship full pallets, but we could combine your order with next month’s.' },
      { text: 'We only use recycled PET in our bottles.' },
      { text: 'Thank you for your message about the connector. The connector supports SAML 2.0 only.' },
      { text: 'Thank you for your message. No exceptions were found in the audit.' },
      { text: 'Thank you for asking about our terms. We only sell on standard 30-day terms.' },
      { text: 'Weekend support is not included in your Standard plan, but we can add weekend cover for that week at ¥80,000.' },
      { text: 'Thank you for your request for a half-pallet delivery. We only ship full pallets.', context: { recipient: 'internal' } },
    ],
    invalid: [
      {
        // Round 35: "only" before our verb, and words of one thing (invoicing ~ invoice) in their note above.
        text: 'Thanks for your note about invoicing. We only invoice in US dollars.',
        flagged: 'We only invoice in US dollars.',
        outputs: [
          "Thanks for your note about invoicing. I'm afraid we only invoice in US dollars. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thanks for your note about invoicing. Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        // Round 34: a sole way of ours answering the point their lead names; the cushion goes after the lead.
        text: 'Regarding invoicing in euros: we invoice in US dollars only.',
        flagged: 'we invoice in US dollars only.',
        outputs: [
          "Regarding invoicing in euros: I'm afraid we invoice in US dollars only. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Regarding invoicing in euros: Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        // Round 34: a limit per buyer answering their ask for more of the same thing.
        text: 'Thank you for asking for five more samples. Samples are limited to two per customer.',
        flagged: 'Samples are limited to two per customer.',
        outputs: [
          "Thank you for asking for five more samples. I'm afraid samples are limited to two per customer. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking for five more samples. Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        // Round 25: the rule declared for every buyer by pointing back at it ("That is how we do it for every client").
        text: "Thank you for your message.\nWe invoice on delivery, not after your acceptance. That is how we do it for every client.",
        flagged: "That is how we do it for every client.",
        outputs: [
          "Thank you for your message.\nWe invoice on delivery, not after your acceptance. I'm afraid that is how we do it for every client. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for your message.\nWe invoice on delivery, not after your acceptance. Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        // Round 23: "all customers" first, the rule closed by "without exception" after it.
        text: 'These are our terms for all customers in Asia, without exception.',
        flagged: 'These are our terms for all customers in Asia, without exception.',
        outputs: [
          "I'm afraid these are our terms for all customers in Asia, without exception. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        text: 'Thank you for your request for a half-pallet delivery. We only ship full pallets.',
        flagged: 'We only ship full pallets.',
        outputs: [
          "Thank you for your request for a half-pallet delivery. I'm afraid we only ship full pallets. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for your request for a half-pallet delivery. Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        text: 'Weekend support isn’t included in your Standard plan, so nobody on our side will be picking up tickets.',
        flagged: 'Weekend support isn’t included in your Standard plan, so nobody on our side will be picking up tickets.',
        outputs: [
          "I'm afraid weekend support isn’t included in your Standard plan, so nobody on our side will be picking up tickets. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. This is not included in the current plan, but because we value working with you, let me speak with my manager and see what we can offer.',
        ],
      },
    ],
  },
  document(ctx) {
    if (ctx.recipient === 'internal') return;
    const { sentences } = ctx;
    const factsAt = (k: number): EnFacts | undefined => {
      const s = sentences[k];
      return s && s.lang === 'en' ? ctx.facts.of(englishFacts, s) : undefined;
    };
    // The English sentences that may state a rule, kept by position from the field's last check: a keystroke
    // elsewhere in a long mail costs a pointer comparison per sentence.
    const { values } = ctx.facts.ofSentences(MAY_STAND_EN, ctx.field, sentences, Boolean);
    // Round 40 (issue 14): of those, the ones whose parse states a rule, an exclusion or a sole way (the only ones the walk
    // below judges), kept the same way: the walk read the parse of every candidate on every keystroke.
    const { kept } = ctx.facts.ofSentences(STANDS_EN, ctx.field, sentences, Boolean);
    let done = -1;
    let jaAskAt: number | undefined;
    for (const i of kept) {
      if (i <= done) continue;
      const s = sentences[i]!;
      const f = ctx.facts.of(englishFacts, s);
      let to = i;
      // Round 34: where the answer starts after a lead that names their point ("Regarding invoicing in euros: …").
      let led = 0;
      const drop = (guard: string) => ctx.suppressed(guard, s.start, sentences[to]!.end);
      // Round 43 (after the held-out score: we-032): "You asked whether we can supply small quantities. Yes — for restaurants
      // we pack negin saffron in 5 g and 10 g tins, and the minimum order is just 20 tins.": an answer that opens with yes
      // grants what was asked; the terms after it say how.
      if (/^(?:yes|yes,|of course|certainly|sure)\b/i.test(s.text.trim())) {
        drop('opens-with-yes');
        continue;
      }
      if (f.standing !== undefined) {
        // "This pricing is only on the table until March 31 — no exceptions": an offer's deadline (pressure's to
        // judge), not a standing rule: a rule holds on every date.
        if (datedDeadline(f)) {
          drop('dated-deadline');
          continue;
        }
        // M1: the rule answers an ask in this sentence or one of the few before it.
        let asked = f.readerAsk === true || noExceptions(f);
        for (let k = i - 1; !asked && k >= 0 && k >= i - LOOK_BACK; k--) {
          if (sentences[k]!.lang === 'en' && ctx.facts.of(MAY_ASK, sentences[k]!)) asked = factsAt(k)?.readerAsk === true;
        }
        // Round 25: in a bilingual mail the ask may be named only in its Japanese half (ご依頼の件, ご要望の…), above.
        if (!asked && (jaAskAt ??= firstMatchEnd(ctx.text, JA_THEIR_REQUEST)) <= s.start) asked = true;
        // Round 32 (r31 ca1-022: "> 3) Could you supply 5 kg tins …?" then "No — we only sell in 25 kg drums."): their question
        // quoted or put right above the answer (lib/asked-above.ts), or the rule given as the reason of a "No" that opens it.
        // Round 34: not a question of what our way is ("> Which currency do you invoice in?"), which the rule informs.
        if (!asked && (answersQuestionAbove(ctx, i) && !asksWhatOurWayIs(questionAbove(ctx, i) ?? '') || opensWithNo(f))) asked = true;
        // Round 34: or an ask of the same thing named by a lead, a label or a sentence above (lib/sole-way-asked.ts).
        if (!asked && soleWayAsked(ctx, i)) {
          asked = true;
          led = answerAfterLead(s);
        }
        // Round 36 (issue 10): an ask is implied by a reply whose subject names the thing (lib/reply-context.ts
        // threadOnIt; a thanks before it is not enough here: "Thank you for your note about the reports. We only report in
        // English" informs): "Re: KV-316 inspection documents … material certificates are issued in English and German only."
        // Our side's rule or an act of ours in the passive — not a thing's own property ("The sensor only draws 2 W").
        // The subject names the thing itself (reply-context.ts subjectNamesTerm): "Re: RFP questions" … "Dashboard
        // language: English only in the current version" answers a question, it turns no wish down.
        if (!asked && ourAct(f, f.standing) && threadOnIt(ctx, s) && subjectNamesTerm(ctx, f.tokens, 0, f.tokens.length)) asked = true;
        if (!asked) {
          drop('no-ask-before');
          continue;
        }
      } else if (f.exclusion !== undefined) {
        // M2: the consequence after the exclusion, in its sentence or the next.
        if (f.consequence !== undefined && f.consequence > f.exclusion) {
          // in this sentence
        } else {
          // The next sentence, or the first after a list of what is excluded ("excluded from the scope:\n- …\n- …").
          let k = i + 1;
          while (k < sentences.length && k <= i + LIST_ITEMS && LIST_LINE.test(sentences[k]!.text)) k++;
          const next = sentences[k];
          if (!next || !values[k] || factsAt(k)?.consequence === undefined) {
            drop('no-consequence');
            continue;
          }
          // After a list, the finding stays on the heading line ("… excluded from the scope:"); the consequence
          // line may be a refusal of its own that the other rules report.
          if (k === i + 1) to = k;
          else if (softened(factsAt(k)!)) {
            drop('softened');
            continue;
          }
        }
      } else if (f.soleWay !== undefined) {
        // Round 34 (issue 10): a sole way or a per-buyer limit of ours ("Payment is in USD only", "Samples are limited to
        // two per customer") is a refusal only as the answer to the client's ask of the same thing (lib/sole-way-asked.ts).
        // Round 36: or in a reply on the same thing (threadOnIt) — not a figure measured after "only" ("only draws 2 W": a spec).
        // Nor one that goes on after the way ("…, so both versions are attached", "…, which suits your team").
        const sole = f.clauses.findIndex((c) => f.soleWay! >= c.from && f.soleWay! < c.to);
        const measured = f.tokens.some((x) => x.pos === 'NUM') || f.clauses.some((c, k) => k > sole && c.verb !== undefined) ||
          /[:;]/.test(s.text.slice(f.tokens[f.soleWay]!.end));
        if (!soleWayAsked(ctx, i) && (measured || !threadOnIt(ctx, s))) {
          drop('sole-way-unasked');
          continue;
        }
        led = answerAfterLead(s);
      } else continue; // (none of the three: STANDS_EN keeps no such sentence)
      // Round 34: "We invoice in CHF only, and we can add the JPY amount on each invoice": a way offered after the rule.
      if (softened(ctx.facts.of(englishFacts, s)) || (to > i && softened(factsAt(to)!)) || offerAfter(f, f.standing ?? f.soleWay) ||
        inTheirFavourAfter(f, f.standing ?? f.soleWay ?? f.exclusion)) {
        drop('softened');
        continue;
      }
      const before = factsAt(i - 1);
      if (before && (before.cues.cushion || before.cues.consult)) {
        drop('cushion-before');
        continue;
      }
      // Round 21: a specification or a thing ended for good owns the sentence (en-sentence-act.ts).
      if (!refusalMayOwn(f, before)) {
        drop('act-is-spec-or-end');
        continue;
      }
      // "Won't do custom colours under 1,000 units. The minimum batch is 1,000.": the rule right after a refusal
      // is its reason; the refusal rules judge the refusal, once.
      // Items of a list are terms of their own: "- Split shipments: not available\n- Payment: 30 days, no exceptions".
      if (before && before.refusal !== undefined && mayRefuse(sentences[i - 1]!.text) &&
        !(LIST_LINE.test(sentences[i - 1]!.text) && LIST_LINE.test(s.text))) {
        drop('reason-after-refusal');
        continue;
      }
      // Round 30: the shared remedy reader (any/lib/remedy.ts): an apology alone after the rule is no way forward.
      if (remedyIn(ctx, sentences[to + 1]) !== undefined) {
        drop('remedy-in-next');
        continue;
      }
      report(ctx, s, sentences[to]!, f.standing !== undefined || f.exclusion === undefined ? 'difficult' : 'not-included', s.start + led);
      done = to;
    }
  },
});

/**
 * A limit tied to a date of the calendar: "until March 31", "from July", "by then", "before Friday", "until the end of
 * this month" — the shared deadline reader (src/engine/analysis/en-deadline.ts) over the parse's words. A date set by
 * "by", "until", "from" (and their kin), or "then" said back; not "on Friday" (when a thing happens) nor "within 48
 * hours" (a span from now), which no standing rule turns into an offer's deadline.
 */
function datedDeadline(f: EnFacts): boolean {
  const words = f.tokens.map((t) => t.lower);
  return deadlinesIn(words, { bareThat: true }).some((d) => (d.sense === 'by' || d.sense === 'until' || d.sense === 'from') &&
    !clockTime(words, d.date));
}

/**
 * "Only orders placed before 3 pm ship the same day", "after noon", "by the end of the day": an hour of every day is part
 * of a standing rule, not an offer's date on the calendar.
 */
/** Days of the calendar: "today", "Friday", "March". */
const DAY_NAMES = /^(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
function clockTime(words: readonly string[], at: number): boolean {
  let k = at;
  while (k < words.length && k < at + 4 && /^(?:the|this|end|of|close)$/.test(words[k]!)) k++;
  const w = words[k] ?? '';
  // "until 3pm London time today": a day named after the hour dates it after all.
  if (words.slice(k + 1, k + 6).some((x) => DAY_NAMES.test(x))) return false;
  if (/^(?:noon|midnight|eod|cob|day)$/.test(w) || /^\d{1,2}(?:am|pm)$/.test(w)) return true;
  return /^\d{1,4}$/.test(w) && /^(?:am|pm|a\.m\.|p\.m\.|:)$/.test(words[k + 1] ?? '');
}

/**
 * Round 34: the offset in `s` where the answer starts after a lead naming the client's point ("Regarding invoicing in
 * euros: we invoice …", "- Invoicing in JPY: we invoice …"), so that the cushion goes before our answer, not the lead; 0
 * when there is no lead.
 */
function answerAfterLead(s: Sentence): number {
  const lead = topicLead(s.text) ?? listLabel(s.text);
  if (!lead) return 0;
  const rest = lead.rest.trimStart();
  return rest.length > 0 ? s.text.length - rest.length : 0;
}

/** A clause of ours after token `at` that offers what we can do: "…, and we can add the JPY amount", "; we could split it". */
function offerAfter(f: EnFacts, at: number | undefined): boolean {
  if (at === undefined) return false;
  return f.clauses.some((c) => c.from > at && c.subject?.side === 'we' && (c.modal === 'can' || c.modal === 'could') &&
    c.negation === undefined && !c.conditional && c.verb !== undefined);
}

/**
 * Round 37 (KREa clean 084, 091): the rule applied in the reader's favour after it — "Our policy is to recalibrate free of
 * charge for the first two years, so this visit will be covered"; "The minimum for free delivery is 10 drums, so your
 * order qualifies"; "Only Chrome and Edge are supported, and your browser is among them"; "Our minimum is 10 pallets, and
 * we are glad to combine your two orders": a result after "so" / "and" that covers them, finds them inside the rule or
 * offers, with no negation of it.
 */
/** The reader's case inside the rule, or our offer after it: covered, qualifies, passed, fits, among them, glad to. */
const FAVOUR = /^(?:cover|qualify|pass|fit|meet|among|within|eligible|free|glad|happy|pleased)$/;

function inTheirFavourAfter(f: EnFacts, at: number | undefined): boolean {
  if (at === undefined) return false;
  return f.tokens.some((t, so) => {
    if (so <= at || !/^(?:so|and)$/.test(t.lower) || f.tokens[so + 1]?.lower === 'that') return false;
    const rest = f.tokens.slice(so + 1, so + 10);
    const favour = rest.findIndex((x) => FAVOUR.test(x.lemma) || FAVOUR.test(x.lower));
    return favour >= 0 && !rest.slice(0, favour).some((x) => /^(?:not|n't|n’t|never|no|only)$/.test(x.lower));
  });
}

/** Round 36: the clause at token `at` is ours (we / I) or in the passive (an act of ours, "are issued … only"). */
function ourAct(f: EnFacts, at: number): boolean {
  const c = f.clauses.find((x) => at >= x.from && at < x.to);
  return c !== undefined && (c.subject?.side === 'we' || c.passive);
}

/** A cushion, a promise to consult, an alternative, or the reader's own words restated. */
function softened(f: EnFacts): boolean {
  return f.cues.cushion !== undefined || f.cues.consult !== undefined || f.cues.alternative !== undefined || f.cues.agreed !== undefined ||
    restatesReader(f);
}

function report(ctx: RuleContext, first: Sentence, last: Sentence, fallback: 'difficult' | 'not-included', from = first.start): void {
  const text = ctx.text.slice(from, last.end);
  ctx.report({
    start: from,
    end: last.end,
    message: 'A house rule or an exclusion given as the whole answer reads as a flat no. Thank them, cushion it and offer a way forward or to consult your manager.',
    messageJa: '規定や対象外だけを返すと、突き放した断りに聞こえます。感謝とクッション言葉を添え、代案や上司への相談を伝えましょう。',
    suggestions: [cushionedRefusal(text), compromise(fallback)],
  });
}

/** Cheap gates before the parse, cached by the sentence's text. */
const mayStand = (text: string) =>
  /\b(?:only|exclusively|solely|minimum|moq|reserved|restricted|limited|exclusive|polic(?:y|ies)|rules?|exceptions?|any|all|every|each|includ\w*|cover\w*|part|one|outside|beyond|exclud\w*|within|bill\w*|charg\w*|invoic\w*|quot\w*|pa(?:y|id)|surcharge|appl(?:y|ies)|nobody|no one|not|n['’]t|stay|remain|wait|sit|ex-works|expense|cost)\b/i.test(text);
const MAY_STAND_EN: Annotator<boolean> = { id: 'en.standing-rule/may-stand-en', analyze: (x) => x.lang === 'en' && mayStand(x.text) };
/** A sentence that may stand (MAY_STAND_EN) whose parse states a rule, an exclusion or a sole way of ours. */
const STANDS_EN: Annotator<boolean> = {
  id: 'en.standing-rule/stands-en',
  analyze: (x) => {
    if (x.lang !== 'en' || !mayStand(x.text)) return false;
    const f = activeStore().of(englishFacts, x);
    return f.standing !== undefined || f.exclusion !== undefined || f.soleWay !== undefined;
  },
};
const MAY_ASK = textFact('en.standing-rule/may-ask', (text) =>
  /\b(?:thanks?|about|regarding|requests?|requested|proposals?|suggest(?:ed|ion)?|idea|wish|requirement|ask(?:ed|ing)?|want(?:ed)?|like|need|prefer|hope)\b/i.test(text));

/** "No — we only sell in 25 kg drums", "No, we ship full pallets only": a no that answers, then the rule as its reason. */
function opensWithNo(f: EnFacts): boolean {
  // After a dash that sets the answer off its question on the same line ("… tins? — No, we only …").
  const at = /^[—–-]$/.test(f.tokens[0]?.text ?? '') ? 1 : 0;
  return f.tokens[at]?.lower === 'no' && /^[,;:—–-]$/.test(f.tokens[at + 1]?.text ?? '');
}
