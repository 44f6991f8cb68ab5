import { englishFacts, type EnFacts } from '../../engine/analysis/en';
import { editionScoped } from '../../engine/analysis/en-declines';
import { sentenceAct } from '../../engine/analysis/en-sentence-act';
import { chargeOffered, restatesReader } from '../../engine/analysis/en-standing';
import { defineRule } from '../../engine/rule';
import { remedyIn } from '../any/lib/remedy';
import { JAPANESE_NO_END, mayRefuse, softenedByFacts, wrappedRefusal } from './lib/refusal';
import { cellRewordings, isAnswerLine, verdictInReply, verdictSentences } from './lib/verdict';
import { itemLabel, noInListing, sparedItem } from './lib/listing';

/**
 * Round 22: a verdict of ours stated as the answer to an ask the thread implies but the mail does not name — "Technician
 * visit for the replacement is not included", "Extended support beyond the EOL date is not part of our lifecycle policy",
 * "the soil calibration is your side, not our responsibility", "Saturday desk → not available", "Net 30 applies to all
 * our distributors", "The Q2 price … is fixed for the rest of the year". What the sentence does is read from its parse
 * (en-verdict.ts) and what the mail is from its thread (lib/verdict.ts): a reply, an answer sheet, their ask before it.
 * Clean with a cushion, a promise to consult or an alternative around it, in a specification, or said of our own
 * accord (a first quote, a price list).
 */
export default defineRule({
  id: 'en.blunt-refusal.reply-verdict',
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  yieldsTo: ['en.blunt-refusal.flat-no', 'en.blunt-refusal.out-of-scope', 'en.blunt-refusal.extra-charge', 'en.blunt-refusal.per-contract',
    'en.blunt-refusal.status-quo', 'en.blunt-refusal.standing-rule', 'en.blunt-refusal.bare-no'],
  title: { en: 'A policy or a limit given as the whole answer', ja: '方針や制限だけを返す回答' },
  rationale: {
    en: 'Answering what the client asked with a bare verdict — “not included”, “not our responsibility”, “applies to all our distributors” — turns them down without saying so and leaves nothing to discuss. A Japanese buyer expects thanks for asking, a cushion, the reason, and a way forward or a promise to consult internally.',
    ja: '依頼への回答を「対象外」「弊社の責任ではありません」「全代理店共通です」といった結論だけで返すと、断りの言葉がなくても門前払いに聞こえます。依頼への感謝とクッション言葉、理由を添え、代案や社内での検討を伝えるのが期待される対応です。',
  },
  examples: {
    valid: [
      // Round 37 (fp37): how often a price is set is a mechanism, not a no to moving it.
      { text: 'The yen price will be fixed each quarter using the rate on the first business day of the quarter.', subject: 'Re: Invoice currency' },
      // Round 34: an item nobody asked for, in what a package includes (lib/listing.ts).
      { text: 'What the package includes:\n- Installation: Yes\n- Training: Yes\n- Extended warranty: No (not requested)', subject: 'Re: scope' },
      { text: 'Thank you for your email.\nOur terms are 30 days net, and this applies to every account; however, I will ask my manager whether we can make an exception for this order.' },
      { text: 'Your team said that 60 days is not acceptable for them.', subject: 'Re: Payment terms' },
      { text: 'Please find attached our quote for the FY27 licences. Net 30 applies to all our accounts.' },
      { text: 'Thank you for your email.\nTechnician visit for the replacement is included at no cost.' },
      { text: "Thank you for your email.\nI'm afraid the technician visit is not included, but let me check with my manager whether we can cover it this time." },
      { text: 'Thank you for your email.\nExtended support is not part of our lifecycle policy. We could, however, offer a migration workshop free of charge.' },
      { text: 'The site preparation is our responsibility, not yours.', subject: 'Re: Installation' },
      { text: 'Our new price list applies to all accounts from April 1.', subject: 'Re: Price list' },
      { text: 'Thanks for your questions.\nOIDC is not supported in the current version (v7.2).' },
      // Round 23 (mendref): a release named as the scope of what is withheld: its specification.
      { text: 'Thank you for your email.\nCSV output for internet banking is not available in the current version.' },
      // A bare "no change" may be good news (no rise): a no only against what was granted before it ("But …").
      { text: 'Thank you for your email.\nPrice for 2027: no change.' },
      // Round 24: a charge waived is good news; a cost put on the reader from a date on is news (the bad-news rules').
      { text: 'Samples are free of charge.', subject: 'Re: Samples' },
      { text: 'From next month, delivery to your DC is on your side.', subject: 'Re: Delivery' },
    ],
    invalid: [
      {
        // Round 35: a charge pointed back to the contract gives its authority, not another way.
        text: "Thank you for asking about a second training day. Extra training days are charged at JPY 180,000, it's in the contract.",
        flagged: "Extra training days are charged at JPY 180,000, it's in the contract.",
        outputs: [
          "Thank you for asking about a second training day. I'm afraid extra training days are charged at JPY 180,000, it's in the contract. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking about a second training day. Unfortunately, extra training days are charged at JPY 180,000, it's in the contract, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      // Round 24: a participle of turning down as the whole verdict on their item; the thing asked for charged.
      { text: 'Your redlines — declined.', subject: 'Re: NDA redlines', flagged: 'Your redlines — declined.',
        outputs: ['Your redlines — I\'m afraid we are unable to accept that. However, because we value working with you, let me speak with my manager and see what we can do.', 'Thank you for asking. Your redlines — unfortunately, we are unable to accept that, but we would be glad to suggest an alternative that works for you.'] },
      { text: 'Samples are invoiced at list price plus courier.', subject: 'Re: Samples', flagged: 'Samples are invoiced at list price plus courier.',
        outputs: ['I\'m afraid samples are invoiced at list price plus courier. However, because we value working with you, let me speak with my manager and see what we can do.', 'Thank you for asking. Unfortunately, samples are invoiced at list price plus courier, but we would be glad to suggest an alternative that works for you.'] },
      {
        // Round 22 (r22-menden): a clause pointing back to the verdict widens it ("and this applies to every account").
        text: 'Our terms are 30 days net, and this applies to every account in APAC.',
        subject: 'Re: Payment terms for order 27-0112',
        flagged: "Our terms are 30 days net, and this applies to every account in APAC.",
        outputs: ["I'm afraid our terms are 30 days net, and this applies to every account in APAC. However, because we value working with you, let me speak with my manager and see what we can do.", "Thank you for asking. Unfortunately, our terms are 30 days net, and this applies to every account in APAC, but we would be glad to suggest an alternative that works for you."],
      },
      {
        text: 'Technician visit for the replacement is not included.',
        subject: 'Re: Battery failure',
        flagged: 'Technician visit for the replacement is not included.',
        outputs: [
          "I'm afraid technician visit for the replacement is not included. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. Unfortunately, technician visit for the replacement is not included, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // (Round 25: "to ALL our distributors" is a rule for every buyer, en.blunt-refusal.standing-rule's; this one names them.)
        text: 'Thank you for your email.\nNet 30 applies to our distributors in Japan and everywhere.',
        flagged: 'Net 30 applies to our distributors in Japan and everywhere.',
        outputs: [
          "Thank you for your email.\nI'm afraid Net 30 applies to our distributors in Japan and everywhere. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for your email.\nUnfortunately, Net 30 applies to our distributors in Japan and everywhere, but we would be glad to suggest an alternative that works for you.',
        ],
      },
    ],
  },
  document(ctx) {
    const { sentences } = ctx;
    for (const i of verdictSentences(ctx)) {
      const verdict = verdictInReply(ctx, i);
      if (verdict === undefined) continue;
      const s = sentences[i]!;
      const f = ctx.facts.of(englishFacts, s);
      const previous = sentences[i - 1];
      const before = previous?.lang === 'en' ? ctx.facts.of(englishFacts, previous) : undefined;
      const drop = (guard: string) => ctx.suppressed(guard, s.start, s.end);
      if (softenedByFacts(f, before, previous?.text)) {
        drop('softened');
        continue;
      }
      // Round 34: "What the package includes: … - Extended warranty: No (not requested)": an item nobody asked for.
      const no = /\bno\b/i.exec(s.text);
      if (no && noInListing(ctx, s, s.text.slice(no.index + 2))) {
        drop('listing-not-asked');
        continue;
      }
      // Round 36: "Hazardous goods: no", "Surcharge for the split shipment: no": a no that spares the client (lib/listing.ts).
      const label = no ? itemLabel(s.text, no.index + 2) : undefined;
      if (label !== undefined && sparedItem(label, s.text.slice(no!.index))) {
        drop('spared-item');
        continue;
      }
      if (f.cues.alternative !== undefined) {
        drop('remedy-offered');
        continue;
      }
      if (restatesReader(f)) {
        drop('restates-reader');
        continue;
      }
      // A clause after the verdict offers another way or a prospect: "…; we can send a kit instead", "…; it is on our
      // roadmap for 2027", "…; z/OS logs can be imported" — not one that puts the work on the reader ("…, your team can
      // swap them").
      // (After "No," the clause that follows is the verdict itself; "…, including enterprise" is a participle, no clause.)
      // A term or a price stated as the whole answer ends the sentence: "… is fixed for this year, so you are protected"
      // goes on to what the reader gains.
      const own = verdict.kind === 'scope' || verdict.kind === 'fixed';
      if (verdict.kind !== 'no' && f.clauses.some((c, k) => k > verdict.clause && c.negation === undefined && c.verb !== undefined &&
        c.subject !== undefined && (c.subject.side !== 'you' || own) && !c.conditional && !(c.verb === c.from && /ing$/.test(f.tokens[c.verb]!.lower)) &&
        !restatesScope(f, c))) {
        drop('clause-after-verdict');
        continue;
      }
      // "To confirm your question: data migration is not included": a question of theirs answered informs.
      if (answersQuestion(f) || (before !== undefined && answersQuestion(before))) {
        drop('answers-question');
        continue;
      }
      const next = sentences[i + 1];
      // The next point of an answer sheet is an answer of its own, not a way forward offered for this one.
      // Round 29: nor a new matter after it ("Also, could I drop by your office on Wednesday?", at-047): a question that asks
      // leave for ourselves, or a sentence opened as another topic, offers nothing for this point.
      // Round 30: a remedy, read by the shared reader (any/lib/remedy.ts) — an alternative, a promise to consult, an offer
      // of ours or the no said again softened, in English or Japanese; an apology alone after it is not one (r29 au1-027).
      // Round 32 (r31 ca2-003: "| Exclusive 10-year bottling for your chain | No |" then "| Menu co-branding | Happy to discuss |"):
      // the next row of a table is another point, whatever its answer says.
      const nextCounts = next !== undefined && !isAnswerLine(next.text) && !NEW_MATTER.test(next.text) && !/^\s*[|｜]/.test(next.text);
      const after = nextCounts && next.lang === 'en' ? ctx.facts.of(englishFacts, next) : undefined;
      if (nextCounts && remedyIn(ctx, next) !== undefined) {
        drop('remedy-in-next');
        continue;
      }
      if (sentenceAct(f, before) === 'specification') {
        drop('act-is-spec-or-end');
        continue;
      }
      // "CSV output … is not available in the current version": a thing withheld by a release, no side of ours named, is
      // that release's specification (en-declines.ts editionScoped).
      if (verdict.kind === 'withheld' && editionScoped(f, 0, f.tokens.length) && !f.tokens.some((t) => /^(?:we|us|our|i|me|my)$/.test(t.lower))) {
        drop('edition-scoped');
        continue;
      }
      // "… are not included in the fee and can be quoted separately if you wish": a charge offered is a way forward.
      if (chargeOffered(f)) {
        drop('charge-offered');
        continue;
      }
      // "… validated with those sets, so other sets are not covered by the approval": the verdict concluded from a
      // reason the sentence gives explains; a bare verdict gives none.
      if (reasoned(f, verdict.clause)) {
        drop('reason-in-sentence');
        continue;
      }
      // "Source access isn't included below Enterprise. Not negotiable.": the refusal right after is the answer, flagged once.
      if (after?.refusal !== undefined && mayRefuse(next!.text)) {
        drop('refusal-in-next');
        continue;
      }
      // The reason after a refusal said just before (in English or in Japanese) is flagged once, on the refusal.
      // (Each point of an answer sheet is an answer of its own.)
      // (A charge or a turn-down of a second thing is a no of its own: "Factory visits are not offered. Samples are invoiced at
      // list price." — not of the same thing: "We do not offer free samples. Samples are charged at USD 45".)
      if (before?.refusal !== undefined && mayRefuse(previous!.text) && !(LIST_LINE.test(previous!.text) && LIST_LINE.test(s.text)) &&
        ((verdict.kind !== 'charged' && verdict.kind !== 'declined') || sameThing(f, verdict.clause, before))) {
        drop('reason-after-refusal');
        continue;
      }
      if (previous?.lang === 'ja' && JAPANESE_NO_END.test(previous.text)) {
        drop('reason-after-japanese-no');
        continue;
      }
      const asRefusal: EnFacts = { ...f, refusal: verdict.clause };
      ctx.report({
        start: s.start,
        end: s.end,
        message: 'A bare verdict on what they asked for reads as a closed door. Thank them, cushion it, give the reason, and offer a way forward or to consult your manager.',
        messageJa: '依頼への結論だけを返すと門前払いに聞こえます。感謝とクッション言葉、理由を添え、代案や上司への相談を伝えましょう。',
        suggestions: cellRewordings(s) ?? wrappedRefusal(s, asRefusal, before?.cues.thanks !== undefined),
      });
    }
  },
});

/** "your question", "your enquiry": the reader asked to know, not to be given. */
function answersQuestion(f: EnFacts): boolean {
  return f.tokens.some((t, i) => /^(?:question|questions|enquiry|enquiries|inquiry|inquiries|query|queries)$/.test(t.lower) &&
    f.tokens.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'your'));
}

/** The verdict's subject names a noun the sentence before named too: the same thing, answered once. */
function sameThing(f: EnFacts, at: number, before: EnFacts): boolean {
  const cl = f.clauses[at]!;
  const named = new Set(before.tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.lemma));
  const end = cl.verb ?? cl.to;
  return f.tokens.slice(cl.from, end).some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && named.has(t.lemma));
}

/** A sentence opening another matter ("Also, …", "By the way, …", "Separately, …") or asking leave ("Could I drop by …?"). */
const NEW_MATTER = /^\s*(?:(?:also|separately|by the way|btw|on another (?:note|topic)|one more thing|in addition)\b|(?:could|can|may) (?:i|we) [^?]*\?\s*$)/i;

/** An item of a list: a bullet or a number. */
const LIST_LINE = /^\s*(?:[-•*・]|\d{1,2}[.)])\s/;

/** Words that give a reason: before the verdict "so", "therefore", "hence", "thus"; around it "because", "since". */
const THEREFORE = new Set(['so', 'therefore', 'hence', 'thus', 'consequently']);
const BECAUSE = new Set(['because', 'since']);

/** Whether the sentence gives the verdict's reason: a conclusion after "…, so" or a clause of "because" / "since" around it. */
function reasoned(f: EnFacts, at: number): boolean {
  const cl = f.clauses[at]!;
  if (at > 0 && f.tokens.slice(cl.from, Math.min(cl.to, cl.from + 2)).some((t) => THEREFORE.has(t.lower))) return true;
  return f.clauses.some((c, k) => k !== at && c.subordinate && BECAUSE.has(f.tokens[c.from]?.lower ?? '') && (k > at || c.verb !== undefined));
}

/**
 * Round 22 (r22-menden): "Our terms are 30 days net, and this applies to every account in APAC": a clause whose subject
 * points back to the verdict ("this", "that", "it", "which") and whose verb only binds it ("applies", "holds", "stands")
 * widens the verdict's scope; it offers no other way.
 */
function restatesScope(f: EnFacts, c: EnFacts['clauses'][number]): boolean {
  const subject = f.tokens[c.subject!.index]!.lower;
  if (!/^(?:this|that|it|which|these)$/.test(subject) || c.modal !== undefined || c.negation !== undefined) return false;
  if (/^(?:apply|hold|stand|remain)$/.test(f.tokens[c.verb!]!.lemma)) return true;
  // Round 35 (r34 fc-028: "Extra training days are charged at JPY 180,000, it's in the contract."): the verdict pointed
  // back to the written terms — "it's in the contract", "that is per our terms", "this is under the agreement" — gives
  // its authority, not another way.
  return f.tokens[c.verb!]!.lemma === 'be' && /^(?:in|per|under)$/.test(f.tokens[c.verb! + 1]?.lower ?? '') &&
    (f.cues.written ?? []).some((k) => k > c.verb! && k < c.to);
}
