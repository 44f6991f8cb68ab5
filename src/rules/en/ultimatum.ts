import { defineRule, divertedTo, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import { englishFacts, type EnFacts } from '../../engine/analysis/en';
import { textFact } from '../../engine/analysis/facts';
import { mayHaveCue } from '../../engine/analysis/en-acts';
import { availabilityOf, clockAsked, hardEdge, leverOf, leverStated } from '../../engine/analysis/en-levers';
import { dreadOf, pressureOf } from '../../engine/analysis/en-pressure';
import { askedByReader, deadlineSet, forfeitOf, frameOf } from '../../engine/analysis/en-forfeit';
import { scarcityRuns } from '../any/lib/availability-runs';
import { askedInField, TIMING_ASK } from '../any/lib/they-asked';
import { MAY_CLOSE_WINDOW, MAY_TELL_OTHERS, nextFarOff, othersFate, windowClosing } from '../../engine/analysis/en-window';
import { isJapaneseName } from './lib/names';
import { priceNewsOnly } from '../../engine/analysis/press-shape';
import { datesAnnotator } from '../../engine/analysis/dates';
import { workedBack } from '../../engine/analysis/en-worked-back';
import { commitPushOf, MAY_PUSH_COMMIT } from '../../engine/analysis/en-commit-push';
import { MAY_THREATEN, threatOf } from '../../engine/analysis/en-threat';
import { decisionPressOf, MAY_PRESS_DECISION } from '../../engine/analysis/en-decision-press';
import { MAY_CUT_SHORT, validityCutShort } from '../../engine/analysis/en-validity-cut';
import { MAY_PROMISE, ourPromise } from '../../engine/analysis/en-promise';
import { MAY_PRESS_MOMENT, momentPressed } from '../../engine/analysis/press-moment';
import { heldTermsPress, MAY_HOLD_TERMS } from '../../engine/analysis/en-held-terms';
import { exemptOnlyByTheirThing, forfeitExempt, isPressure, mayAskClock, mayHaveHardEdge, mayHaveLever, mayStateLever, pressureEased, pressureExempt, wrappedPressure } from './lib/pressure';

/** Deadlines and ultimatums to a prospect: in Japan a decision is a group's, and it takes the time it takes. */
export default defineRule({
  id: 'en.pressure.ultimatum',
  lang: 'en',
  category: 'pressure',
  severity: 'warning',
  // A push told over adjacent sentences (the scarcity, the deadline, what is lost) is one finding (round 20).
  runGroup: 'en-pressure',
  title: { en: 'Deadline pressure on a prospect', ja: '見込み客への期限の押しつけ' },
  rationale: {
    en: 'A Japanese company decides by consensus (ringi), and a new supplier is trusted only over time. “This offer expires Friday” or “sign by the end of the month or the price goes up” early in a relationship reads as manipulative and usually ends the conversation; giving them the time they need builds the trust that wins the order.',
    ja: '日本企業は稟議による合意で意思決定し、新しい取引先は時間をかけて信頼されます。関係の初期に「金曜までの特価です」「月末までに署名しなければ値上がりします」と迫ると、駆け引きと受け取られて話が終わりがちです。必要な検討時間を差し上げることが、受注につながる信頼を生みます。',
  },
  examples: {
    valid: [
      // Round 37: the last day of an event, the moment of a courtesy; a hold with no condition, a revision offered.
      { text: 'This is the last day of the trade show.', context: { recipient: 'prospect' } },
      { text: 'Now is the time to thank you for your support this year.', context: { recipient: 'prospect' } },
      { text: 'We will hold the samples for you until your team is ready to test them.', context: { recipient: 'prospect' } },
      { text: 'If your budget is not approved before March, the pricing can be reviewed then.', context: { recipient: 'prospect' } },
      // Round 36: a day named by what happens on it; our own act made sooner.
      { text: 'Today is the day our new plant in Aichi opens.', context: { recipient: 'prospect' } },
      { text: 'Our plant will ship the samples sooner rather than later.', context: { recipient: 'prospect' } },
      // Round 25: a validity said back by "after which" with no loss; a delivery of ours within a month.
      { text: 'The quote is valid until 30 June, after which prices will be reviewed in line with the metals index.', context: { recipient: 'prospect' } },
      { text: 'We will deliver the drawings within September, as agreed.', context: { recipient: 'prospect' } },
      { text: 'The discount ends on Friday, but the quote itself is valid for 30 days.', context: { recipient: 'prospect' } },
      // Round 24: peers using the same thing (a reference), an event's attendance asked by a date, our act by then.
      { text: 'Other banks have chosen the same core system.', context: { recipient: 'prospect' } },
      { text: 'We need to know by Friday whether you will attend the seminar in Osaka.', context: { recipient: 'prospect' } },
      { text: 'We will send the revised drawings by then.', context: { recipient: 'prospect' } },
      // Round 23 mend: paperwork after an approval asked of nobody, a plan after a dated condition, a notice after a date.
      { text: 'Once you approve, the contract can follow later at your convenience.', context: { recipient: 'prospect' } },
      { text: 'If your PO arrives before Friday, we will ship on Monday.', context: { recipient: 'prospect' } },
      { text: 'After the workshop I will not be able to join the dinner, unfortunately.', context: { recipient: 'prospect' } },
      // Round 23 (en-decision-press.ts): a room held for a visit, a need with no clock, social proof with no rival.
      { text: 'We can keep the meeting room for you until 6 pm, so there is no need to hurry after the plant tour.', context: { recipient: 'prospect' } },
      { text: 'We need your approval of the final drawings before production can start, whenever your team is ready.', context: { recipient: 'prospect' } },
      { text: 'Another customer is also using the same sensor in a similar line, and I could introduce you.', context: { recipient: 'prospect' } },
      // Round 22 (en-threat.ts): a follow-up call or our own room after "or" threatens nothing; others choosing with no span is no pressure.
      { text: 'Please reply by Monday or we will call you on Tuesday.', context: { recipient: 'prospect' } },
      { text: 'Most customers take two or three months to decide, so please take your time.', context: { recipient: 'prospect' } },
      // Round 20: our own logistics handed on, no deadline on the reader.
      { text: 'Our driver will pass the parcel to your reception desk on Monday.', context: { recipient: 'prospect' } },
      { text: "The quote is valid until 30 April, not 31 March as I wrote earlier.", context: { recipient: 'prospect' } },
      { text: "We recommend the X5 model for your line.", context: { recipient: 'prospect' } },
      { text: "Please confirm by Friday whether the 10:00 slot works for your team.", context: { recipient: 'prospect' } },
      { text: "There are only two of us in the Tokyo office, so replies may take a day.", context: { recipient: 'prospect' } },
      { text: "If you decide to go ahead later in the year, we will be glad to help.", context: { recipient: 'prospect' } },
      { text: "Our standard price list is attached for your review.", context: { recipient: 'prospect' } },
      { text: 'This quote is valid for 30 days.', context: { recipient: 'prospect' } },
      { text: 'To meet your production start in April, we would need the order by February 10.', context: { recipient: 'prospect' } },
      { text: 'This price is only good until Friday.', context: { recipient: 'client' } },
      { text: 'We will send the revised proposal by Thursday.', context: { recipient: 'prospect' } },
      // Round 19 forfeits: a refusal of their own request, a meeting room, a validity left open, a client.
      { text: 'Regarding your request to extend the trial to 30 June: we cannot extend it beyond 31 May.', context: { recipient: 'prospect' } },
      { text: 'If you cannot attend on Friday, we cannot hold the meeting room.', context: { recipient: 'prospect' } },
      { text: 'The quote is valid until 30 June. After that date, prices will be reviewed in line with the metals index.', context: { recipient: 'prospect' } },
      { text: 'The offer is valid until 30 June. No extensions, and the offer won\'t be repeated.', context: { recipient: 'client' } },
      // Round 22: social proof with no scarcity, a reader's thing kept with no date, a courtesy way out with no act of ours.
      { text: 'Three of our customers in Kyushu have already signed the same maintenance agreement, and I would be glad to introduce you.', context: { recipient: 'prospect' } },
      { text: 'To keep the configuration you built during the trial, simply export it from the settings page at any time.', context: { recipient: 'prospect' } },
      { text: 'If the proposed time does not suit you, please feel free to decline the invitation and suggest another.', context: { recipient: 'prospect' } },
      { text: 'We will send the revised quote by Friday so that you can review it before your board meeting.', context: { recipient: 'prospect' } },
      // Round 32 (en-promise.ts): our act promised by a date, coordinated objects and an offer among them.
      { text: 'To give your committee enough time, we will send the offer and the agreement by 10 October.', context: { recipient: 'prospect' } },
    ],
    invalid: [
      {
        // Round 25 (O-en2-19): the offer's end said back by a relative pronoun, the worse price after it.
        text: 'The preferential onboarding fee will lapse on Friday, 18 September, upon which the standard tariff shall apply.',
        context: { recipient: 'prospect' },
        flagged: 'The preferential onboarding fee will lapse on Friday, 18 September, upon which the standard tariff shall apply.',
        outputs: ['So that you can plan, the preferential onboarding fee will lapse on Friday, 18 September, upon which the standard tariff shall apply; that said, please take the time you need to review it with your team.', 'The preferential onboarding fee will lapse on Friday, 18 September, upon which the standard tariff shall apply; there is no rush from our side, so please let us know whenever you are ready.'],
      },
      {
        // Round 25: a validity named before a "but" exempts nothing after it.
        text: 'The quote is valid for 30 days, but the discount ends this Friday, so please decide by then.',
        context: { recipient: 'prospect' },
        flagged: 'The quote is valid for 30 days, but the discount ends this Friday, so please decide by then.',
        outputs: ['So that you can plan, the quote is valid for 30 days, but the discount ends this Friday, so please decide by then; that said, please take the time you need to review it with your team.', 'The quote is valid for 30 days, but the discount ends this Friday, so please decide by then; there is no rush from our side, so please let us know whenever you are ready.'],
      },
      {
        // Round 25 (AB's ab-a-040): advice to decide "within" a near month.
        text: 'Honestly, I would recommend you decide within this month.',
        context: { recipient: 'prospect' },
        flagged: 'Honestly, I would recommend you decide within this month.',
        outputs: ['So that you can plan, honestly, I would recommend you decide within this month; that said, please take the time you need to review it with your team.', 'Honestly, I would recommend you decide within this month; there is no rush from our side, so please let us know whenever you are ready.'],
      },
      {
        // Round 23 (en-decision-press.ts): the reader's go-ahead needed in the meeting itself, to hold a thing for them.
        text: 'We need your decision directly in the meeting to reserve the production slots for you.',
        context: { recipient: 'prospect' },
        flagged: 'We need your decision directly in the meeting to reserve the production slots for you.',
        outputs: ['So that you can plan, we need your decision directly in the meeting to reserve the production slots for you; that said, please take the time you need to review it with your team.', 'We need your decision directly in the meeting to reserve the production slots for you; there is no rush from our side, so please let us know whenever you are ready.'],
      },
      {
        // Round 23: another buyer eyeing the same thing.
        text: 'Another regional bank in Kansai is also looking at the same onboarding slot.',
        context: { recipient: 'prospect' },
        flagged: 'Another regional bank in Kansai is also looking at the same onboarding slot.',
        outputs: ['So that you can plan, another regional bank in Kansai is also looking at the same onboarding slot; that said, please take the time you need to review it with your team.', 'Another regional bank in Kansai is also looking at the same onboarding slot; there is no rush from our side, so please let us know whenever you are ready.'],
      },
      {
        // Round 22 (en-threat.ts): a deadline with an act of ours on the reader after "else".
        text: 'Please confirm a slot by tomorrow, else I will call your office directly.',
        context: { recipient: 'prospect' },
        flagged: "Please confirm a slot by tomorrow, else I will call your office directly.",
        outputs: ["So that you can plan, please confirm a slot by tomorrow, else I will call your office directly; that said, please take the time you need to review it with your team.", "Please confirm a slot by tomorrow, else I will call your office directly; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        // Round 22 (en-threat.ts): others said to decide within days.
        text: 'Most customers decide within one week, so I am sure you understand.',
        context: { recipient: 'prospect' },
        flagged: "Most customers decide within one week, so I am sure you understand.",
        outputs: ["So that you can plan, most customers decide within one week, so I am sure you understand; that said, please take the time you need to review it with your team.", "Most customers decide within one week, so I am sure you understand; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        // Round 22: advice whose content is a commitment before a date.
        text: 'My honest advice, as a friend: sign before 15 September.',
        context: { recipient: 'prospect' },
        flagged: 'My honest advice, as a friend: sign before 15 September.',
        outputs: ['So that you can plan, my honest advice, as a friend: sign before 15 September; that said, please take the time you need to review it with your team.', 'My honest advice, as a friend: sign before 15 September; there is no rush from our side, so please let us know whenever you are ready.'],
      },
      {
        // Round 22: others already in line for the same scarce thing.
        text: 'Two other importers are already in line for the same allocation, so it is really now or next year.',
        context: { recipient: 'prospect' },
        flagged: 'Two other importers are already in line for the same allocation, so it is really now or next year.',
        outputs: ['So that you can plan, two other importers are already in line for the same allocation, so it is really now or next year; that said, please take the time you need to review it with your team.', 'Two other importers are already in line for the same allocation, so it is really now or next year; there is no rush from our side, so please let us know whenever you are ready.'],
      },
      {
        // Round 22: the reader's own thing kept only by acting by a date.
        text: 'To keep your dashboards, you need to subscribe before Friday.',
        context: { recipient: 'prospect' },
        flagged: 'To keep your dashboards, you need to subscribe before Friday.',
        outputs: ['So that you can plan, to keep your dashboards, you need to subscribe before Friday; that said, please take the time you need to review it with your team.', 'To keep your dashboards, you need to subscribe before Friday; there is no rush from our side, so please let us know whenever you are ready.'],
      },
      {
        // Round 22: a presumptive close — we act whatever they answer, refusing is left to them.
        text: 'I will send the order form anyway; you can always decline.',
        context: { recipient: 'prospect' },
        flagged: 'I will send the order form anyway; you can always decline.',
        outputs: ['Please let me know if you would like me to go ahead; there is no rush, and I will wait for your reply.'],
      },
      {
        // Round 20: what the reader was offered handed on to another buyer past the date.
        text: 'If we do not have your order by 20 November, the demo machine goes to a customer in Korea.',
        context: { recipient: 'prospect' },
        flagged: "If we do not have your order by 20 November, the demo machine goes to a customer in Korea.",
        outputs: ["So that you can plan, if we do not have your order by 20 November, the demo machine goes to a customer in Korea; that said, please take the time you need to review it with your team.", "If we do not have your order by 20 November, the demo machine goes to a customer in Korea; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        text: "Honestly, the best thing for your team would be to commit before the end of the month.",
        context: { recipient: 'prospect' },
        flagged: "Honestly, the best thing for your team would be to commit before the end of the month.",
        outputs: ["So that you can plan, honestly, the best thing for your team would be to commit before the end of the month; that said, please take the time you need to review it with your team.", "Honestly, the best thing for your team would be to commit before the end of the month; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        text: "Each quarter you hold off means another quarter of manual inspection costs.",
        context: { recipient: 'prospect' },
        flagged: "Each quarter you hold off means another quarter of manual inspection costs.",
        outputs: ["So that you can plan, each quarter you hold off means another quarter of manual inspection costs; that said, please take the time you need to review it with your team.", "Each quarter you hold off means another quarter of manual inspection costs; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        text: "We have just two installation windows left this spring, so an early go-ahead would help you.",
        context: { recipient: 'prospect' },
        flagged: "We have just two installation windows left this spring, so an early go-ahead would help you.",
        outputs: ["So that you can plan, we have just two installation windows left this spring, so an early go-ahead would help you; that said, please take the time you need to review it with your team.", "We have just two installation windows left this spring, so an early go-ahead would help you; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        text: "From July 1 the same licence will be billed at the full list price, so signing this week is the smart move.",
        context: { recipient: 'prospect' },
        flagged: "From July 1 the same licence will be billed at the full list price, so signing this week is the smart move.",
        outputs: ["So that you can plan, from July 1 the same licence will be billed at the full list price, so signing this week is the smart move; that said, please take the time you need to review it with your team.", "From July 1 the same licence will be billed at the full list price, so signing this week is the smart move; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        text: "Could we target having the contract signed by Thursday?",
        context: { recipient: 'prospect' },
        flagged: "Could we target having the contract signed by Thursday?",
        outputs: ["So that you can plan, could we target having the contract signed by Thursday, or whenever suits your team?", "Could we target having the contract signed by Thursday, or at your convenience if your team needs more time?"],
      },
      {
        text: "This price is only good until Friday — after that I can't hold it.",
        context: { recipient: 'prospect' },
        flagged: "This price is only good until Friday — after that I can't hold it.",
        outputs: ["So that you can plan, this price is only good until Friday — after that I can't hold it; that said, please take the time you need to review it with your team.", "This price is only good until Friday — after that I can't hold it; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        text: "Thanks for the demo.\nIf you can sign the order form by noon tomorrow, it's yours; otherwise, the next availability is in September.",
        context: { recipient: 'prospect' },
        flagged: "If you can sign the order form by noon tomorrow, it's yours; otherwise, the next availability is in September.",
        outputs: ["Thanks for the demo.\nSo that you can plan, if you can sign the order form by noon tomorrow, it's yours; otherwise, the next availability is in September; that said, please take the time you need to review it with your team.", "Thanks for the demo.\nIf you can sign the order form by noon tomorrow, it's yours; otherwise, the next availability is in September; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        // Round 19: the consequence of a deadline, in the next sentence, pointing back to it.
        text: "Please confirm by Thursday. After that the pilot price goes up by 20%.",
        context: { recipient: 'prospect' },
        flagged: "After that the pilot price goes up by 20%.",
        outputs: ["Please confirm by Thursday. So that you can plan, after that the pilot price goes up by 20%; that said, please take the time you need to review it with your team.", "Please confirm by Thursday. After that the pilot price goes up by 20%; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        // Round 19: the deadline made final.
        text: "The evaluation ends on May 21. No further extensions will be possible.",
        context: { recipient: 'prospect' },
        flagged: "No further extensions will be possible.",
        outputs: ["The evaluation ends on May 21. So that you can plan, no further extensions will be possible; that said, please take the time you need to review it with your team.", "The evaluation ends on May 21. No further extensions will be possible; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        // Round 19: a condition on their act with a time bound, and a thing of theirs taken back.
        text: "Unless an order is confirmed by then, the demo units will be collected.",
        context: { recipient: 'prospect' },
        flagged: "Unless an order is confirmed by then, the demo units will be collected.",
        outputs: ["So that you can plan, unless an order is confirmed by then, the demo units will be collected; that said, please take the time you need to review it with your team.", "Unless an order is confirmed by then, the demo units will be collected; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        // A validity with a hard edge: the standard validity shut off past its date.
        text: "The price holds till 30 April, not a day longer.",
        context: { recipient: 'prospect' },
        flagged: "The price holds till 30 April, not a day longer.",
        outputs: ["So that you can plan, the price holds till 30 April, not a day longer; that said, please take the time you need to review it with your team.", "The price holds till 30 April, not a day longer; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        // Round 37 (en-held-terms.ts): a thing held for the reader only on their act by our date.
        text: 'Your trial slot is on hold; it can be held only if you sign the agreement by the 20th.',
        context: { recipient: 'prospect' },
        flagged: 'Your trial slot is on hold; it can be held only if you sign the agreement by the 20th.',
        outputs: ['So that you can plan, your trial slot is on hold; it can be held only if you sign the agreement by the 20th; that said, please take the time you need to review it with your team.', 'Your trial slot is on hold; it can be held only if you sign the agreement by the 20th; there is no rush from our side, so please let us know whenever you are ready.'],
      },
      {
        // Round 37 (en-held-terms.ts): our terms undone if their decision does not come by a date.
        text: "If we can't close this before our quarter ends on Friday, the pricing will have to be revisited.",
        context: { recipient: 'prospect' },
        flagged: "If we can't close this before our quarter ends on Friday, the pricing will have to be revisited.",
        outputs: ["So that you can plan, if we can't close this before our quarter ends on Friday, the pricing will have to be revisited; that said, please take the time you need to review it with your team.", "If we can't close this before our quarter ends on Friday, the pricing will have to be revisited; there is no rush from our side, so please let us know whenever you are ready."],
      },
      {
        // Round 36 (press-moment.ts): the moment pressed with no date.
        text: 'Our calendar is almost full, so grab a slot while you still can.',
        context: { recipient: 'prospect' },
        flagged: 'Our calendar is almost full, so grab a slot while you still can.',
        outputs: ['So that you can plan, our calendar is almost full, so grab a slot while you still can; that said, please take the time you need to review it with your team.', 'Our calendar is almost full, so grab a slot while you still can; there is no rush from our side, so please let us know whenever you are ready.'],
      },
      {
        text: 'Last chance: this offer expires Friday.',
        context: { recipient: 'client', firstContact: true },
        flagged: 'Last chance: this offer expires Friday.',
        outputs: ["So that you can plan, last chance: this offer expires Friday; that said, please take the time you need to review it with your team.", "Last chance: this offer expires Friday; there is no rush from our side, so please let us know whenever you are ready."],
      },
    ],
  },
  // Round 33: a deadline worked back from a date of the reader's told in the sentence before (en-worked-back.ts).
  readsPrevious: true,
  sentence(s, ctx, previous) {
    // Pressure on a client of long standing is not this rule's (the guard ledger records what it would have flagged).
    if (!earlyInRelationship(ctx)) {
      const diverted = divertedTo(ctx, 'existing-client');
      if (!diverted) return;
      ctx = diverted;
    }
    if (!(pressing(s, ctx) || windowPressed(s, ctx))) return;
    // Round 33: read only once the sentence presses (a cheap gate: most sentences never get here). A date asked of the
    // reader worked back from a later date of theirs exempts it as their schedule named in words does.
    if (theirDateServed(s, ctx, previous) && !pressing(s, ctx, true) && !windowPressed(s, ctx)) {
      ctx.suppressed('worked-back-from-their-date', s.start, s.end);
      return;
    }
    // A presumptive close keeps its presumption inside any wrapper: the fix asks instead of acting (round 22).
    const presumed = MAY_PUSH_COMMIT.test(s.text) && commitPushOf(ctx.facts.of(englishFacts, s)) === 'presumptive';
    ctx.report({
      start: s.start,
      end: s.end,
      message: MESSAGE.en,
      messageJa: MESSAGE.ja,
      suggestions: presumed ? [ASK_BEFORE_ACTING] : wrappedPressure(s, isJapaneseName),
    });
  },
  /**
   * A lever in one sentence and the clock in the next ("Slots for the spring installation are limited.
   * Please confirm your order by Friday."): neither presses alone, the two together do. Reported over both,
   * from the document (a sentence hook may report only on its own sentence); the suggestion rewrites the
   * second and keeps the first as written.
   */
  document(ctx) {
    if (!earlyInRelationship(ctx)) {
      const diverted = divertedTo(ctx, 'existing-client');
      if (!diverted) return;
      ctx = diverted;
    }
    const english = ctx.sentences.filter((x) => x.lang === 'en');
    availabilityTables(ctx, english);
    forfeitsAfterDeadline(ctx, english);
    windowsOverTwoSentences(ctx, english);
    for (let i = 1; i < english.length; i++) {
      const [lever, ask] = [english[i - 1]!, english[i]!];
      // Cheapest tests first: word gates, then the parse, then the phrase lists.
      if (!ctx.facts.of(MAY_ASK_CLOCK, ask) || !ctx.facts.of(MAY_STATE_LEVER, lever)) continue;
      if (!leverStated(ctx.facts.of(englishFacts, lever)) || !clockAsked(ctx.facts.of(englishFacts, ask))) continue;
      if (pressureEased(ask.text) || pressureEased(lever.text) || pressureExempt(ask.text) || pressureExempt(lever.text)) continue;
      // Either sentence pressing alone is reported by the sentence hook: the ask, which then puts the clock on a
      // lever already reported ("Two of the Q2 spots have already gone." / "Please confirm by Friday."), alone.
      if (pressing(ask, ctx)) continue;
      if (pressing(lever, ctx)) {
        ctx.report({ start: ask.start, end: ask.end, message: MESSAGE.en, messageJa: MESSAGE.ja, suggestions: wrappedPressure(ask, isJapaneseName) });
        continue;
      }
      const gap = ctx.text.slice(lever.end, ask.start);
      const suggestions = wrappedPressure(ask, isJapaneseName).map((g) => ({ ...g, text: lever.text + gap + g.text }));
      ctx.report({ start: lever.start, end: ask.end, message: MESSAGE.en, messageJa: MESSAGE.ja, suggestions });
    }
  },
});

/**
 * A deadline on the reader's decision in one sentence, what they forfeit past it in the next (round 19,
 * analysis/en-forfeit.ts): "Please confirm by Thursday this week." / "After that Dr. Vogel's calendar is closed and
 * the next opportunity will be in 2028."; "… valid until 5 p.m. on June 18." / "No extensions, and the offer won't be
 * repeated." The consequence points back ("after that", "otherwise") or makes the date final; reported on itself.
 */
function forfeitsAfterDeadline(ctx: RuleContext, english: Sentence[]): void {
  for (let i = 1; i < english.length; i++) {
    const [anchor, s] = [english[i - 1]!, english[i]!];
    const facts = ctx.facts.of(englishFacts, s);
    const forfeit = forfeitOf(facts);
    if (!forfeit || askedByReader(facts)) continue;
    const frame = frameOf(facts, forfeit.clause);
    if (frame !== 'anaphor' && !(frame === undefined && forfeit.kind === 'final')) continue;
    if (pressing(s, ctx) || forfeitExempt(s.text) || forfeitExempt(anchor.text) || pressureEased(anchor.text)) continue;
    // Across a paragraph break the date is another matter's.
    if (/\n[ \t]*\n/.test(ctx.text.slice(anchor.end, s.start)) || !deadlineSet(ctx.facts.of(englishFacts, anchor))) continue;
    ctx.report({ start: s.start, end: s.end, message: MESSAGE.en, messageJa: MESSAGE.ja, suggestions: wrappedPressure(s, isJapaneseName) });
  }
}

/**
 * Round 21 (analysis/en-window.ts): a window of ours closing on a date with the next one far off ("our summer cohort
 * closes June 30; after that the next opening is January") presses the prospect's decision with no ask in it; told in
 * answer to their own question about timing ("you asked when the next intake is") it informs.
 */
function windowPressed(s: Sentence, ctx: RuleContext): boolean {
  if (!MAY_CLOSE_WINDOW.test(s.text) || pressureEased(s.text)) return false;
  const facts = ctx.facts.of(englishFacts, s);
  const at = windowClosing(facts);
  return at >= 0 && nextFarOff(facts, at) && !askedByReader(facts) && !askedInField(ctx, TIMING_ASK);
}

/** The window closing in one sentence, the next one far off in the sentence after it ("The next available run is in February."). */
function windowsOverTwoSentences(ctx: RuleContext, english: Sentence[]): void {
  for (let i = 1; i < english.length; i++) {
    const [anchor, s] = [english[i - 1]!, english[i]!];
    if (!MAY_CLOSE_WINDOW.test(anchor.text) || /\n[ \t]*\n/.test(ctx.text.slice(anchor.end, s.start))) continue;
    const first = ctx.facts.of(englishFacts, anchor);
    const at = windowClosing(first);
    if (at < 0 || nextFarOff(first, at) || pressing(anchor, ctx) || pressing(s, ctx) || pressureEased(s.text)) continue;
    const next = ctx.facts.of(englishFacts, s);
    if (!nextFarOff(next) || windowClosing(next) >= 0 || askedByReader(first) || askedByReader(next) || askedInField(ctx, TIMING_ASK)) continue;
    ctx.report({ start: anchor.start, end: s.end, message: MESSAGE.en, messageJa: MESSAGE.ja, suggestions: wrappedPressure(s, isJapaneseName)
      .map((g) => ({ ...g, text: anchor.text + ctx.text.slice(anchor.end, s.start) + g.text })) });
  }
}

/**
 * An availability table that counts down to the last place (round 16, P3): consecutive lines, a period and its
 * status each, with a period full and one scarce ("- July: fully booked", "- September: one slot left"). The
 * table states scarcity as a layout; told in answer to their request ("as requested", or an enquiry of theirs in the
 * quoted history: the shared "they asked" fact, src/rules/any/lib/they-asked.ts) it informs.
 */
function availabilityTables(ctx: RuleContext, english: Sentence[]): void {
  if (askedInField(ctx, TIMING_ASK)) return;
  const runs = scarcityRuns(english, (x) => ctx.facts.of(AVAILABILITY, x), (a, b) => !/\n[ \t]*\n/.test(ctx.text.slice(a.end, b.start)));
  for (const [first, last] of runs) {
    const text = ctx.text.slice(first.start, last.end);
    ctx.report({
      start: first.start,
      end: last.end,
      message: MESSAGE.en,
      messageJa: MESSAGE.ja,
      suggestions: [{ text: `${text}\nThere is no rush from our side; please take the time you need, and we will find a date that suits your team.`, label: 'Give the time they need' }],
    });
  }
}
const AVAILABILITY = textFact('en.pressure.ultimatum/availability', availabilityOf);

// The pair's word gates, cached by sentence text on the engine: a keystroke tests only the edited sentence.
const MAY_ASK_CLOCK = textFact('en.pressure.ultimatum/may-ask-clock', mayAskClock);
const MAY_STATE_LEVER = textFact('en.pressure.ultimatum/may-state-lever', mayStateLever);

const ASK_BEFORE_ACTING = {
  text: 'Please let me know if you would like me to go ahead; there is no rush, and I will wait for your reply.',
  label: 'Ask before acting for them',
  labelJa: '先方の意向を伺ってから進める',
};

const MESSAGE = {
  en: 'A deadline with a threat attached pressures a buyer who decides by consensus. Give them the time they need instead.',
  ja: '期限を切って迫ると、合議で決める相手には重圧になります。検討に必要な時間を差し上げましょう。',
};

/** Early in a relationship only: a prospect, or a first mail to anyone. */
function earlyInRelationship(ctx: RuleContext): boolean {
  return ctx.recipient === 'prospect' || ctx.firstContact;
}

/**
 * Round 33 (en-worked-back.ts): the sentence asks a date that falls before a later date of the reader's, told in it or
 * in the sentence before it in the same paragraph ("You mentioned the office opens on 1 October. Working back, we would
 * need your order by 30 July.").
 */
function theirDateServed(s: Sentence, ctx: RuleContext, previous: Sentence | undefined): boolean {
  const dates = datesAnnotator(ctx.today);
  const read = (x: Sentence) => ({ facts: ctx.facts.of(englishFacts, x), dates: ctx.facts.of(dates, x) });
  // The sentence before counts only in the same paragraph: across a blank line it is another matter's.
  const before = previous && previous.lang === 'en' && ctx.paragraphBefore(s).includes(previous.text) ? read(previous) : undefined;
  return workedBack(read(s), ctx.today, before);
}

/**
 * Whether one sentence presses on its own. `theirDate`: its date is worked back from the reader's own (round 33): a
 * decision or an answer needed by then is no push; an incentive, a loss, a threat or scarcity still is.
 */
function pressing(s: Sentence, ctx: RuleContext, theirDate = false): boolean {
  // "Take your time" in the sentence: the writer gives them time (a threat aside).
  if (pressureEased(s.text)) return false;
  // Round 28: our price rise told as news, with its reason and an apology, nothing asked: informs.
  if (priceNewsOnly(s.text, paragraphOf(ctx.text, s))) return false;
  // Round 32 (en-promise.ts): our own act promised by a date ("we will send the final offer and the agreement by 17
  // September") is no deadline on the reader: the rest of the sentence is judged without that clause.
  if (MAY_PROMISE.test(s.text)) {
    const promise = ourPromise(ctx.facts.of(englishFacts, s));
    if (promise) {
      const rest = s.text.slice(0, promise.start) + ' '.repeat(promise.end - promise.start) + s.text.slice(promise.end);
      return /[A-Za-z]{2}/.test(rest) && pressing({ ...s, text: rest }, ctx, theirDate);
    }
  }
  if (isPressure(s.text, theirDate)) return true;
  // Round 25: "The quote is valid for 30 days, but the discount ends this Friday, so please decide by then": a validity or
  // their schedule named before a "but" exempts nothing after it — the push is read on its own.
  const pushAfterBut = afterBut(s.text);
  if (pushAfterBut !== s.text && /\w/.test(pushAfterBut) && pressureExempt(s.text) && isPressure(pushAfterBut)) return true;
  // "The price holds till 30 April, not a day longer": a validity with a hard edge, exempt or not.
  if (mayHaveHardEdge(s.text) && hardEdge(ctx.facts.of(englishFacts, s))) return true;
  // Round 30: "the quotation is valid only until this Thursday", "valid 48 hours only": a validity cut to days by "only",
  // exempt as a quote's validity or not (en-validity-cut.ts); the client's own schedule still exempts it.
  if (MAY_CUT_SHORT.test(s.text) && !forfeitExempt(s.text) && validityCutShort(ctx.facts.of(englishFacts, s))) return true;
  // Every class of en-pressure.ts needs one of these cues (or a count of what is "left").
  const cued = mayHaveCue(s.text, PRESSURE_CUES) || PARSE_GATE.test(s.text);
  // The levers of en-levers.ts, read only where the client's own schedule or a quote's validity is not
  // what the date is about.
  const gated = mayHaveLever(s.text);
  const lever = gated && !pressureExempt(s.text);
  // "If we don't have your go-ahead by Friday, your installation moves to the spring": their thing named is the
  // consequence, not the schedule the date serves.
  const theirThing = gated && !lever && exemptOnlyByTheirThing(s.text);
  // A consequence tied to a deadline in the sentence itself: "after Friday I cannot hold it", "unless an order is
  // confirmed by then, the pumps will be collected", "sign before the 15th, or the fee rises" (en-forfeit.ts).
  if (FORFEIT_FRAME.test(s.text) && forfeitInSentence(s.text, ctx.facts.of(englishFacts, s))) return true;
  // Round 22 (en-commit-push.ts): advice to commit by a date, others already taking the scarce thing, the reader's own
  // thing kept only by acting by a date, a presumptive close. A date that serves
  // the reader's own schedule exempts it, unless the push comes after a "but" that sets that schedule aside.
  if (MAY_PUSH_COMMIT.test(s.text) && !pressureExempt(afterBut(s.text)) && commitPushOf(ctx.facts.of(englishFacts, s)) !== undefined) return true;
  // Round 21: "OEMs who haven't picked a vendor by this summer usually end up delaying SOP": the reader's delay told as others' fate.
  if (MAY_TELL_OTHERS.test(s.text) && othersFate(ctx.facts.of(englishFacts, s))) return true;
  // Round 22 (en-threat.ts): a deadline with an act of ours after "else/otherwise"; others said to decide within days.
  if (MAY_THREATEN.test(s.text) && threatOf(ctx.facts.of(englishFacts, s))) return true;
  // Round 23 (en-decision-press.ts): a condition put on the reader's decision: their go-ahead needed on a clock or in
  // the meeting itself, an outcome only their act by a date makes possible, others eyeing the same thing, our capacity
  // closing once a time comes, a thing held against a same-day answer, a decision asked around their own process.
  // A date serving their own schedule exempts it, as for the other readers.
  // A go-ahead needed by a date worked back from the reader's own serves their schedule (round 33); the other structures press.
  if (MAY_PRESS_DECISION.test(s.text) && !pressureExempt(s.text) && decisionPressOf(ctx.facts.of(englishFacts, s), theirDate ? 'needed' : undefined) !== undefined) return true;
  // Round 36 (press-moment.ts): the moment pressed with no date ("now is the time", "while you still can", "the price
  // will never be this low again", "once they're gone, they're gone"). A validity or the reader's schedule exempts it.
  if (MAY_PRESS_MOMENT.test(s.text) && !pressureExempt(s.text) && momentPressed(ctx.facts.of(englishFacts, s))) return true;
  // Round 37 (en-held-terms.ts): a thing held for the reader only on their act by our date, our terms undone if their
  // decision does not come by a date. A validity or the reader's schedule exempts it.
  if (MAY_HOLD_TERMS.test(s.text) && !pressureExempt(s.text) && heldTermsPress(ctx.facts.of(englishFacts, s)) !== undefined) return true;
  if (!cued && !lever && !theirThing) return false;
  const facts = ctx.facts.of(englishFacts, s);
  // A decision demanded by a date worked back from the reader's own serves their schedule (round 33): the demand is left out.
  return (cued && (pressureOf(facts) || dreadOf(facts))) || (lever && leverOf(facts, theirDate ? 'demand' : undefined) !== undefined) ||
    (theirThing && PUSHED_BACK.has(leverOf(facts) ?? ''));
}

/** The paragraph the sentence is in (blank lines bound it): where an apology for the news may stand. */
function paragraphOf(text: string, s: Sentence): string {
  const from = text.lastIndexOf('\n\n', s.start);
  const to = text.indexOf('\n\n', s.end);
  return text.slice(from < 0 ? 0 : from, to < 0 ? text.length : to);
}

/** The text after the sentence's last "but" / "however": "I know your board meets in October, but my advice: sign now". */
function afterBut(text: string): string {
  // The last match of a global scan: linear, where a leading ".*" would backtrack from every start.
  let end = 0;
  for (const m of text.matchAll(/\b(?:but|however)\b/gi)) end = m.index + m[0].length;
  return text.slice(end);
}

/** The words a deadline frames a consequence with in one sentence (en-forfeit.ts frameOf): a cheap gate. */
const FORFEIT_FRAME = /\b(?:after|past|beyond|from|unless|if|or|otherwise|until|till|through|by|before|on)\b/i;

function forfeitInSentence(text: string, facts: EnFacts): boolean {
  const forfeit = forfeitOf(facts);
  if (!forfeit || askedByReader(facts)) return false;
  const frame = frameOf(facts, forfeit.clause);
  return (frame === 'dated' || frame === 'conditional' || frame === 'alternative') && !forfeitExempt(text);
}

/** Levers whose consequence falls on the reader's own thing: naming it exempts nothing. */
// Advice not to wait for their own schedule ("not to wait for your budget cycle") presses against that schedule.
const PUSHED_BACK = new Set(['pushedBack', 'capacityTaken', 'dontDelay']);

const PRESSURE_CUES = ['urge', 'wait', 'scarcity', 'loss', 'commit'] as const;
/**
 * What the classes of en-pressure.ts read besides cue words: a count "left", dread ("I'd hate"), "can't afford",
 * a price that won't last, hold or stay.
 */
const PARSE_GATE = /\b(?:left|hate|afford|last|hold|held|stay|remain|kept|keep)\b/i;
