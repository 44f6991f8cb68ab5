import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import { activeStore, type Annotator } from '../../engine/analysis/facts';
import { ownCompanyWordsOf } from '../../engine/analysis/en-own-company';
import { clauseOf, englishFacts, type EnClause, type EnFacts } from '../../engine/analysis/en';
import { holdAsked, priceGivenUp } from '../../engine/analysis/en-news';
import { enAskNamed } from '../../engine/analysis/asked';
import { confirmsAgreement, forClassOfCustomers, overOurReach, refusalClause } from '../../engine/analysis/en-acts';
import { capabilityDenied, outrightNo, refusalMayOwn } from '../../engine/analysis/en-sentence-act';
import { closedVerdict, deniedByUs } from '../../engine/analysis/en-declines';
import { planDeniedClause } from '../../engine/analysis/en-plan-denied';
import { STATED_NO_WORDS, statedNo, type StatedNo } from '../../engine/analysis/en-stated-no';
import { answersReply, keptAsGoodNews, subjectNamesTerm } from './lib/reply-context';
import { compromise } from './lib/refusal';
import { ownPractice } from './lib/own-practice';
import { englishRemedy, remedyIn } from '../any/lib/remedy';
import { isAnswerLine } from './lib/verdict';
import { enConventionCost, REPLY_SUBJECT } from '../../engine/analysis/convention-cost';
import { advisesAgainst, answersNo, concludesFromRule, duringClosure, foundNothingWrong, honoursTheirNo, refusalQuoted, withholdsOwnLot, constraintThenProposal, LIST_MARKER, endsOwnPractice, JAPANESE_NO_END, mayRefuse, oursAfterScope, reassuresRatherThanRefuses, refusesAnotherThing, softenedByFacts, unwillingAfterAsk, wrappedRefusal } from './lib/refusal';

/**
 * A door shut on a client, read from the parse (src/engine/analysis/en.ts) in any verb: our side with a
 * negated modal, future or present ("we can't", "we won't", "we are not going to", "we don't build …"),
 * "that is not something we do", "we'll have to decline", a negated passive ("is not covered by the
 * warranty"). Not a refusal: eager negatives, the writer's own difficulty, questions, conditions, reports.
 * Precedence is declared: a charge, a shortage or a deadline is reported by its own rule. Round 25: an option denied
 * outright (en-sentence-act.ts outrightNo) is reported as an act of its own beside a notice (Report.ownAct): a notice's
 * finding runs over several sentences and used to swallow the no inside it.
 */
export default defineRule({
  id: 'en.blunt-refusal.flat-no',
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  yieldsTo: ['en.blunt-refusal.extra-charge', 'en.blunt-refusal.per-contract', 'en.blunt-refusal.out-of-scope', 'en.bad-news.blunt-notice', 'en.pressure.ultimatum'],
  title: { en: 'A flat “no” to a client', ja: 'お客様への素っ気ない断り' },
  rationale: {
    en: 'A Japanese buyer hears a flat “we can’t” or “we don’t do that” as the end of the relationship, even when a reason follows. A cushion (“I’m afraid…”), thanks for the request and a promise to consult your manager keep the door open, which is what the buyer expects from a partner.',
    ja: '「できません」「対応していません」と言い切る断りは、理由が添えてあっても関係を断つように聞こえます。「恐れ入りますが」などのクッション言葉、依頼への感謝、上司と相談する旨を添えると、取引先として期待される姿勢が伝わります。',
  },
  examples: {
    valid: [
      // Round 37 (fp37): a third party's words quoted, the reader's own no carried out, a hyphenated adjective of make, what
      // stops during a closure, a search that found nothing wrong, a lot of ours held back for quality.
      { text: 'Here is the answer from our factory:\n"Our production line does not handle nuts or sesame."' },
      { text: 'The mill confirmed in writing: "We will not use recycled fibre in your grade."' },
      { text: 'You mentioned that the natural-process lot did not suit your blend. That is completely understandable, and we will not include it in future offers.' },
      { text: 'Our standard automotive range is not chrome-free; it is chrome-tanned with a closed-loop water system.' },
      { text: 'Our factory will be closed from April 13 to April 15.\nPlease note that shipments will not be loaded during this period.' },
      { text: 'We have checked the requirements and cannot see any points where our standard documents would not comply.' },
      { text: 'Our X-ray inspection found voids in 3 of 50 samples. We will not ship this lot. Instead, we have secured 8,000 pcs from the authorised distributor.' },
      // Round 35: a firm we hire that cannot, nothing needed, their figure against our reach with what we can do instead.
      { text: "Our freight forwarder can't get space on Friday's flight, so the parcel leaves on Monday." },
      { text: 'No changes to the tooling are needed.' },
      { text: 'The sixteen pairs you asked for are more than we can send, but we can lend you ten pairs from the Osaka stock.' },
      // Round 34: the reader's own decision, a third party's application, praise, a fall in orders.
      { text: 'I understand your board declined our proposal.' },
      { text: "Our competitor's patent application was refused by the JPO, so the design is free to use." },
      { text: 'It is not possible to be happier with how the trial went.' },
      { text: 'The decline in orders last quarter was due to the strike.' },
      // Round 25: bad news whose negation reports a state or a loss as a change is the notice's alone (en-sentence-act.ts).
      { text: "Go-live is pushed to May 10, the data migration isn't done." },
      { text: 'As of January, I will no longer handle your account.' },
      // Round 28: a plan denied with no ask in sight informs; one that spares the reader a change reassures.
      { text: 'Offline mode is not in the current roadmap.' },
      { text: 'Thanks for your question. There are no plans to raise your price this year.' },
      // Round 25: a grant in the next list item; the reason in English after a Japanese no; cushioned in both languages.
      { text: 'Our answers:\n1) Weekend support is not offered, I am sorry to say.\n2) Japanese test reports: yes, we can provide them.' },
      { text: '恐れ入りますが、保証期間の延長はいたしかねます。\nOur warranty terms do not allow an extension after delivery.' },
      { text: '恐れ入りますが、保証期間の延長はいたしかねます。\nUnfortunately we cannot extend the warranty, but we can offer a discounted service plan.' },
      // Round 22: a choice put to the reader; a remedy we cannot give for a loss we report; the reason after a Japanese no.
      { text: 'I put a tentative hold on your calendar for Monday at 11:00 JST — just accept or decline.' },
      { text: 'Bad part: the data from 9 of your 25 probes between 18 and 24 May is lost, we cannot recover.' },
      { text: "請求書の再発行はしません。\nOur accounting rules don't allow changes to the date once an invoice has been issued." },
      { text: 'In the meantime, we can lend you a spare unit so that your production is not interrupted.' },
      { text: 'There is of course no obligation attached.' },
      { text: 'The old model will not be affected by the recall.' },
      { text: "While we can't move to 90-day terms at this stage, we would be happy to offer 60 days for this order." },
      { text: 'Although we are unable to send an engineer on Sunday, we could arrange remote support that day.' },
      { text: "Nothing is impossible for our team." },
      { text: "Mr. Kimura is not available on Monday, so we suggest Tuesday." },
      { text: "Parking is not available at the venue, but the station is a short walk away." },
      { text: "The test results are not available yet; I will send them on Friday." },
      { text: "We will ship the spare parts, provided you confirm the quantity by Friday." },
      { text: "If we cannot ship by Friday, we will not charge the express fee." },
      { text: "Unless you need the printed manual, we will not send it." },
      { text: "We can't wait to visit your plant next month." },
      { text: "No problem at all, we'll ship tomorrow." },
      { text: "For the update, we won't need remote access to your server." },
      { text: 'Regrettably, a Japanese UI is not on our roadmap, so we are unable to commit to a date at this stage.' },
      { text: "I'm afraid we cannot accept returns after 30 days, but let me see what we can do for this order." },
      { text: 'Thank you for asking.\nUnfortunately, we do not offer on-site training in Okinawa.' },
      { text: "We won't make any changes without your approval." },
      { text: "Can't we move the meeting to Thursday?" },
      { text: "We don't expect any delay, and there is no charge for the replacement." },
      { text: 'If the damage is not covered by the warranty, we will send you a quote first.' },
      { text: 'After Friday, the standard price will apply and we cannot guarantee the slot.' },
      { text: "No, we can't do that.", context: { recipient: 'internal' } },
      { text: "I can't thank you enough for hosting us in Nagoya." },
      { text: "I couldn't open the drawing you sent; could you resend it as a PDF?" },
      { text: 'We have not received the signed order form yet.' },
      { text: "We don't anticipate any change to the delivery schedule." },
      { text: 'We will never share your data with third parties.' },
      { text: "Couldn't we move the review to Thursday instead?" },
      { text: "If you don't need the spare parts, we can remove them from the quote." },
      { text: 'Unfortunately we cannot ship on Saturday, but we could deliver on Monday morning.' },
      { text: 'We are sorry, but we will not be able to attend the trade show this year.' },
      { text: 'Let me check with our factory; we may not be able to ship all 500 units, and I will get back to you tomorrow.' },
      { text: 'As agreed in the meeting, we will not change the colour of the housing.' },
      { text: 'Your order has not shipped yet because the customs papers are pending.' },
      { text: "Don't hesitate to call me if anything is unclear." },
      { text: 'No problem, the drawings are not due until next week.' },
      { text: 'Nobody on our side minds moving the call to 3 pm.' },
      { text: 'We will not raise prices this year.' },
      { text: 'Opened reels can return to us within 30 days.' },
      { text: 'You wrote: "we cannot accept the new terms". Thank you for being so clear.' },
      { text: 'Thank you for explaining that weekday deliveries are not possible in July.' },
      { text: 'The carrier will not accept lithium batteries on this route.\n\nBest regards,\nJohan Berg\nNordvalve Flow Systems AB' },
      { text: "Single sign-on isn't supported at the moment; it is on the roadmap for Q3." },
      { text: 'Your order has not been shipped yet; it leaves our warehouse on Thursday.' },
      { text: 'No change to the delivery date.' },
      // Round 20: a form's blank, a feature list, a bank's verdict, an indirect question with no answer of ours.
      { text: 'Dangerous goods: not applicable.' },
      { text: 'Features of the new model:\n- Bluetooth: not supported\n- Wi-Fi: 2.4 GHz' },
      { text: 'We tried to charge the deposit, but the card payment on 3 May was declined by the bank; could you check it with your bank?' },
      { text: 'We cannot say for sure whether the port will reopen on Monday, and will update you at noon.' },
      { text: 'VAT is not applicable for exports to Japan.' },
      // Round 23: a negated capability scoped to an edition of the product is its specification (en-declines.ts).
      { text: 'PROFINET is not supported in the current version (firmware 3.x).' },
      { text: 'The KBZ 600 is supplied with SINUMERIK ONE control only; a FANUC control is not available for this series.' },
      { text: 'Ticket 4411 was closed on Friday after your confirmation that the fix works.' },
      { text: 'Doors closed.' },
      // Round 21: a specification, and a thing of ours ended for good (en-sentence-act.ts).
      { text: 'The current release supports CAN and CAN FD only; LIN and FlexRay traffic is not analysed in this version.' },
      { text: "One change: the Coonawarra Cabernet Sauvignon 2021 is finished and won't be replaced." },
      // Round 25: advice against a choice that stays the reader's; our negated handling of stored information.
      { text: 'On glossy laminated board the foil does not adhere reliably, so we do not recommend it.' },
      { text: 'Yes. All your data is stored in our Tokyo region. We do not copy customer data outside Japan.' },
    ],
    invalid: [
      {
        // Round 35: their figure measured against our reach (en-acts.ts overOurReach).
        text: 'Thank you for your request. The sixteen pairs you asked for are more than we can send.',
        flagged: 'The sixteen pairs you asked for are more than we can send.',
        outputs: [
          "Thank you for your request. I'm afraid the sixteen pairs you asked for are more than we can send. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for your request. Unfortunately, the sixteen pairs you asked for are more than we can send, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // Round 35: a gerund subject with an infinitive inside it, the tagger's noun reading of the gerund (en.ts gerundLead).
        text: 'Thank you for your mail.\nSplitting the order to put part of it on the June 26 vessel is not possible.',
        flagged: 'Splitting the order to put part of it on the June 26 vessel is not possible.',
        outputs: [
          "Thank you for your mail.\nI'm afraid splitting the order to put part of it on the June 26 vessel is not possible. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for your mail.\nUnfortunately, splitting the order to put part of it on the June 26 vessel is not possible, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // Round 34: a body of ours decided against the ask (en-acts.ts institutionWithheld, approvalNotObtained), a passive
        // decline whatever the parse made of the possessive.
        text: 'Head office did not approve the 60-day terms.',
        flagged: 'Head office did not approve the 60-day terms.',
        outputs: [
          "I'm afraid head office did not approve the 60-day terms. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. Unfortunately, head office did not approve the 60-day terms, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        text: 'Your proposal for a custom colour did not get approval from headquarters.',
        flagged: 'Your proposal for a custom colour did not get approval from headquarters.',
        outputs: [
          "I'm afraid your proposal for a custom colour did not get approval from headquarters. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. Unfortunately, your proposal for a custom colour did not get approval from headquarters, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        text: 'Your application for extended credit was refused.',
        flagged: 'Your application for extended credit was refused.',
        outputs: [
          "I'm afraid your application for extended credit was refused. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. Unfortunately, your application for extended credit was refused, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // Round 25: news that also says no outright — two acts, the no reported beside the notice.
        text: 'Your shipment is delayed to 20 May. Splitting it into two deliveries is not possible.',
        flagged: 'Splitting it into two deliveries is not possible.',
        outputs: [
          "Your shipment is delayed to 20 May. I'm afraid splitting it into two deliveries is not possible. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Your shipment is delayed to 20 May. Thank you for asking. Unfortunately, splitting it into two deliveries is not possible, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // Round 25 (guard ledger): each item of an answer sheet is an answer of its own, the second no as much as the first.
        text: 'Our answers:\n1) Weekend support is not offered.\n2) We do not accept returns of opened packs.',
        flagged: '2) We do not accept returns of opened packs.',
        outputs: [
          "Our answers:\n1) Weekend support is not offered.\n2) I'm afraid we do not accept returns of opened packs. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Our answers:\n1) Weekend support is not offered.\n2) Thank you for asking. Unfortunately, we do not accept returns of opened packs, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // Round 25: a second item of a list of answers refused is a second refusal, not the first restated; its marker stays.
        text: "Our answers:\n- Weekend support is not offered.\n- A liability cap of 200% – this is not something we do.",
        flagged: "- A liability cap of 200% – this is not something we do.",
        outputs: [
          "Our answers:\n- Weekend support is not offered.\n- A liability cap of 200% – I'm afraid this is not something we do. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Our answers:\n- Weekend support is not offered.\n- Thank you for asking. A liability cap of 200% – unfortunately, this is not something we do, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        // Round 25: a cushioned Japanese no said again flat in English: the English reader gets no cushion.
        text: "恐れ入りますが、保証期間の延長はいたしかねます。\nWe cannot extend the warranty.",
        flagged: "We cannot extend the warranty.",
        outputs: [
          "恐れ入りますが、保証期間の延長はいたしかねます。\nI'm afraid we cannot extend the warranty. However, because we value working with you, let me speak with my manager and see what we can do.",
          "恐れ入りますが、保証期間の延長はいたしかねます。\nThank you for asking. Unfortunately, we cannot extend the warranty, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        // A requirement put to the reader does not soften the no in the main clause.
        text: "Unless the order is at least 4 sets, we won't quote them.",
        flagged: "Unless the order is at least 4 sets, we won't quote them.",
        outputs: ["Unless the order is at least 4 sets, I'm afraid we won't quote them. However, because we value working with you, let me speak with my manager and see what we can do.", "Thank you for asking. Unless the order is at least 4 sets, unfortunately, we won't quote them, but we would be glad to suggest an alternative that works for you."],
      },
      {
        text: "Company policy does not allow any discount on maintenance renewals.",
        flagged: "Company policy does not allow any discount on maintenance renewals.",
        outputs: ["I'm afraid company policy does not allow any discount on maintenance renewals. However, because we value working with you, let me speak with my manager and see what we can do.", "Thank you for asking. Unfortunately, company policy does not allow any discount on maintenance renewals, but we would be glad to suggest an alternative that works for you."],
      },
      {
        text: "Changing the delivery address at this point is impossible.",
        flagged: "Changing the delivery address at this point is impossible.",
        outputs: ["I'm afraid changing the delivery address at this point is impossible. However, because we value working with you, let me speak with my manager and see what we can do.", "Thank you for asking. Unfortunately, changing the delivery address at this point is impossible, but we would be glad to suggest an alternative that works for you."],
      },
      {
        text: "Weekend delivery is not available.",
        flagged: "Weekend delivery is not available.",
        outputs: ["I'm afraid weekend delivery is not available. However, because we value working with you, let me speak with my manager and see what we can do.", "Thank you for asking. Unfortunately, weekend delivery is not available, but we would be glad to suggest an alternative that works for you."],
      },
      {
        text: "Regarding the extra dashboards: No, we can't build them this quarter.",
        flagged: "Regarding the extra dashboards: No, we can't build them this quarter.",
        outputs: ["Regarding the extra dashboards: I'm afraid we can't build them this quarter. However, because we value working with you, let me speak with my manager and see what we can do.", "Thank you for asking. Regarding the extra dashboards: unfortunately, we can't build them this quarter, but we would be glad to suggest an alternative that works for you."],
      },
      {
        text: "Japanese translation of the slides is not in the contract, so we will not be providing it.",
        flagged: "Japanese translation of the slides is not in the contract, so we will not be providing it.",
        outputs: ["Japanese translation of the slides is not in the contract, so I'm afraid we will not be providing it. However, because we value working with you, let me speak with my manager and see what we can do.", "Thank you for asking. Japanese translation of the slides is not in the contract, so unfortunately, we will not be providing it, but we would be glad to suggest an alternative that works for you."],
      },
      {
        text: "No, we can't do that.",
        flagged: "No, we can't do that.",
        outputs: [
          "I'm afraid we can't do that. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, we can't do that, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "Many thanks for the documentation.\nWe don’t build custom integrations for individual customers.\nOur REST API is documented online.",
        flagged: "We don’t build custom integrations for individual customers.",
        outputs: [
          "Many thanks for the documentation.\nI'm afraid we don’t build custom integrations for individual customers. However, because we value working with you, let me speak with my manager and see what we can do.\nOur REST API is documented online.",
          "Many thanks for the documentation.\nUnfortunately, we don’t build custom integrations for individual customers, but we would be glad to suggest an alternative that works for you.\nOur REST API is documented online.",
        ],
      },
      {
        text: "Thank you for the photos.\nDamage from a fall during installation is not covered by the warranty.",
        flagged: "Damage from a fall during installation is not covered by the warranty.",
        outputs: [
          "Thank you for the photos.\nI'm afraid damage from a fall during installation is not covered by the warranty. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for the photos.\nUnfortunately, damage from a fall during installation is not covered by the warranty, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "Regarding consignment stock: that isn’t something we do for any customer.",
        flagged: "Regarding consignment stock: that isn’t something we do for any customer.",
        outputs: [
          "Regarding consignment stock: I'm afraid that isn’t something we do for any customer. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Regarding consignment stock: unfortunately, that isn’t something we do for any customer, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "That is not possible before March.",
        flagged: "That is not possible before March.",
        outputs: [
          "I'm afraid that is not possible before March. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, that is not possible before March, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "We do not sign customer NDA templates; only our standard NDA can be used.",
        flagged: "We do not sign customer NDA templates; only our standard NDA can be used.",
        outputs: [
          "I'm afraid we do not sign customer NDA templates; only our standard NDA can be used. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, we do not sign customer NDA templates; only our standard NDA can be used, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "We'll have to decline your request for a site visit in May.",
        flagged: "We'll have to decline your request for a site visit in May.",
        outputs: [
          "I'm afraid we'll have to decline your request for a site visit in May. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, we'll have to decline your request for a site visit in May, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "Our team is not going to support the v2 API after March.",
        flagged: "Our team is not going to support the v2 API after March.",
        outputs: [
          "I'm afraid our team is not going to support the v2 API after March. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, our team is not going to support the v2 API after March, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "Thank you for asking, but we cannot extend the warranty to five years.",
        flagged: "Thank you for asking, but we cannot extend the warranty to five years.",
        outputs: [
          "Thank you for asking, but I'm afraid we cannot extend the warranty to five years. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking, but unfortunately, we cannot extend the warranty to five years. We would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "We are not in a position to lower the unit price any further.",
        flagged: "We are not in a position to lower the unit price any further.",
        outputs: [
          "I'm afraid we are not in a position to lower the unit price any further. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, we are not in a position to lower the unit price any further, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "Your request for a second free audit cannot be accommodated.",
        flagged: "Your request for a second free audit cannot be accommodated.",
        outputs: [
          "I'm afraid your request for a second free audit cannot be accommodated. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, your request for a second free audit cannot be accommodated, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "I will not be sending the source files of the firmware.",
        flagged: "I will not be sending the source files of the firmware.",
        outputs: [
          "I'm afraid I will not be sending the source files of the firmware. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, I will not be sending the source files of the firmware, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "There is no way we can finish the custom housing by June.",
        flagged: "There is no way we can finish the custom housing by June.",
        outputs: [
          "I'm afraid there is no way we can finish the custom housing by June. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, there is no way we can finish the custom housing by June, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "We have decided not to renew the distribution agreement.",
        flagged: "We have decided not to renew the distribution agreement.",
        outputs: [
          "I'm afraid we have decided not to renew the distribution agreement. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, we have decided not to renew the distribution agreement, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "Our company does not accept payment by credit card.",
        flagged: "Our company does not accept payment by credit card.",
        outputs: [
          "I'm afraid our company does not accept payment by credit card. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, our company does not accept payment by credit card, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        text: "we wont be able to join the factory tour on the 12th",
        flagged: "we wont be able to join the factory tour on the 12th",
        outputs: [
          "I'm afraid we wont be able to join the factory tour on the 12th. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, we wont be able to join the factory tour on the 12th, but we would be glad to suggest an alternative that works for you.",
        ],
      },

      {
        text: "Opened reels cannot return to us.",
        flagged: "Opened reels cannot return to us.",
        outputs: [
          "I'm afraid opened reels cannot return to us. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, opened reels cannot return to us, but we would be glad to suggest an alternative that works for you."
        ],
      },
      {
        text: "The undersigned will not be available for a call this week.",
        flagged: "The undersigned will not be available for a call this week.",
        outputs: [
          "I'm afraid the undersigned will not be available for a call this week. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. Unfortunately, the undersigned will not be available for a call this week, but we would be glad to suggest an alternative that works for you."
        ],
      },
      {
        text: "Thank you for your message.\n\nNordvalve will not extend the warranty beyond 24 months.\n\nBest regards,\nJohan Berg\nKey Account Manager Japan\nNordvalve Flow Systems AB",
        flagged: "Nordvalve will not extend the warranty beyond 24 months.",
        outputs: [
          "Thank you for your message.\n\nI'm afraid Nordvalve will not extend the warranty beyond 24 months. However, because we value working with you, let me speak with my manager and see what we can do.\n\nBest regards,\nJohan Berg\nKey Account Manager Japan\nNordvalve Flow Systems AB",
          "Thank you for your message.\n\nUnfortunately, Nordvalve will not extend the warranty beyond 24 months, but we would be glad to suggest an alternative that works for you.\n\nBest regards,\nJohan Berg\nKey Account Manager Japan\nNordvalve Flow Systems AB"
        ],
      },
      {
        // Round 21: what a thing of ours does not do, in answer to their request.
        text: 'Regarding your request for LIN support: the current release does not analyse LIN traffic.',
        flagged: 'Regarding your request for LIN support: the current release does not analyse LIN traffic.',
        outputs: [
          "Regarding your request for LIN support: I'm afraid the current release does not analyse LIN traffic. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. Regarding your request for LIN support: unfortunately, the current release does not analyse LIN traffic, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // Round 28: what they asked about left out of our plans, answering their question (en-plan-denied.ts).
        text: 'Thanks for your question on offline mode.\nOffline mode is not in the current roadmap.',
        flagged: 'Offline mode is not in the current roadmap.',
        outputs: [
          "Thanks for your question on offline mode.\nI'm afraid offline mode is not in the current roadmap. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thanks for your question on offline mode.\nUnfortunately, offline mode is not in the current roadmap, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // Round 23: our act denied in the passive with us as its agent.
        text: 'Overhauls of machines older than 15 years are not carried out by our service team.',
        flagged: 'Overhauls of machines older than 15 years are not carried out by our service team.',
        outputs: [
          "I'm afraid overhauls of machines older than 15 years are not carried out by our service team. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. Unfortunately, overhauls of machines older than 15 years are not carried out by our service team, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // Round 23: a case shut as a verdict, no verb of ours to cushion.
        text: 'No defect. Claim closed.',
        flagged: 'Claim closed.',
        outputs: ["No defect. Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do."],
      },
      {
        // Round 20: an elliptical verdict after the topic it answers.
        text: 'Service credit for the downtime of machine 3: not applicable.',
        flagged: 'Service credit for the downtime of machine 3: not applicable.',
        outputs: [
          "Service credit for the downtime of machine 3: I'm afraid that is not applicable. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. Service credit for the downtime of machine 3: unfortunately, that is not applicable, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // Round 20: a gerund subject's verdict, parsed into its subordinate clause.
        text: 'Taking back pallets once they have left our warehouse is not something we do.',
        flagged: 'Taking back pallets once they have left our warehouse is not something we do.',
        outputs: [
          "I'm afraid taking back pallets once they have left our warehouse is not something we do. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. Unfortunately, taking back pallets once they have left our warehouse is not something we do, but we would be glad to suggest an alternative that works for you.',
        ],
      },
    ],
  },
  readsPrevious: true,
  sentence(s, ctx, previous) {
    // Round 36: "only" too, for a sole way of ours in a relative clause ("the only port we use", en-stated-no.ts).
    if (!mayRefuse(s.text) && !ONLY.test(s.text)) return;
    // Round 32: a table row is judged by the document hook, which sees the sentence after it (a remedy there clears it).
    if (tableRow(s)) return;
    // Round 36: a no stated as a fact is judged by the document hook, which sees the sentence after it (a way forward
    // there clears it, as it does for a table row and for the other readers: any/lib/remedy.ts).
    judge(s, ctx, previous, ctx.facts.of(englishFacts, s), undefined, undefined, 'defer-stated');
  },
  /**
   * Our company named as the subject ("Nordvalve will not extend the warranty", "Please note that Caredia cannot
   * offer …"): the name is read from the signature, which a sentence hook may not read, so the sentences whose
   * subject is that name are judged here, as if the subject were "we".
   */
  document(ctx) {
    const names = ownCompanyWordsOf(ctx.lines, ctx.own.length);
    // The sentences that may refuse, kept by position from the field's last check: a keystroke elsewhere in a
    // long mail costs a pointer comparison per sentence, not the refusal test again.
    const { kept } = ctx.facts.ofSentences(MAY_REFUSE_EN, ctx.field, ctx.sentences, Boolean);
    for (const at of kept) {
      const s = ctx.sentences[at]!;
      const row = tableRow(s);
      if (names.size === 0 && !row) continue;
      const facts = ctx.facts.of(englishFacts, s);
      const ours = facts.refusal !== undefined || names.size === 0 ? undefined : asOurSide(facts, names);
      if (!ours && !row) continue;
      // A table row's previous sentence is the one before it, whatever its language (as the sentence hook reads it).
      let before = at - 1;
      if (!row) while (before >= 0 && ctx.sentences[before]!.lang !== 'en') before--;
      // The name keeps its capital in the rewrite: "I'm afraid Nordvalve will not …".
      judge(s, ctx, ctx.sentences[before], ours ?? facts, ours ? (w) => names.has(w.toLowerCase()) : undefined, row ? nextOfRow(ctx, at) : undefined,
        row ? undefined : 'defer-stated');
    }
    // Round 36: the no stated as a fact (en-stated-no.ts), with the sentence after it in sight.
    // Round 37: no word gate — a limit, a policy or a verdict stated as a fact ("Three percent is the maximum discount,
    // full stop") need no word of refusal. Round 40 (issue 14): which sentences state one is kept by position from the
    // field's last check, as MAY_REFUSE_EN is: reading it afresh for every sentence was a tenth of an English keystroke.
    const { kept: stated } = ctx.facts.ofSentences(STATES_NO_EN, ctx.field, ctx.sentences, Boolean);
    for (const at of stated) {
      const s = ctx.sentences[at]!;
      judge(s, ctx, ctx.sentences[at - 1], ctx.facts.of(englishFacts, s), undefined, ctx.sentences[at + 1] ?? null, 'stated-only');
    }
  },
});

const ONLY = /\bonly\b/i;

/** Round 37: the kinds of a no stated as a fact that a specification or an end does not own (see judge). */
const OVER_SPEC = new Set(['stopped', 'limit-outside']);

/** Verbs of the client's wish: "which is what your auditors asked for", "… what you wanted". */
const WISHED = /^(?:ask|want|request|require|need|expect)$/;

/**
 * Round 37 (KREa clean drafts): a no that serves them or explains, not their ask turned down — said to be what they
 * wished ("entries cannot be deleted by anyone, which is what your auditors asked for"), or given as the reason of a
 * practice after it ("We never compromise on cold-chain integrity, which is why every pallet travels with a logger").
 */
function noServesThem(facts: EnFacts): boolean {
  const { tokens } = facts;
  const from = facts.refusal === undefined ? 0 : facts.clauses[facts.refusal]!.from;
  for (let k = from + 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.lemma !== 'be' || !/^(?:which|that|this)$/.test(tokens[k - 1]!.lower)) continue;
    if (tokens[k + 1]!.lower === 'why') return true;
    if (tokens[k + 1]!.lower !== 'what') continue;
    const rest = tokens.slice(k + 2, k + 8);
    if (rest.some((t) => /^(?:you|your)$/.test(t.lower)) && rest.some((t) => WISHED.test(t.lemma))) return true;
  }
  return false;
}

/** Acts whose omission spares the client (dictionaries/en/stated-no.json sparedActs): "decided not to delay your shipment", "… not to charge the freight". */
const SPARED = new Set(STATED_NO_WORDS.sparedActs);

/**
 * Round 36: a decision of ours not to do what would cost the client ("The committee decided not to delay your shipment"),
 * or about our own internal affairs ("decided not to hold the internal offsite"): no ask of theirs turned down.
 */
function decidedInTheirFavour(facts: EnFacts): boolean {
  const t = facts.tokens;
  for (let k = 0; k + 3 < t.length; k++) {
    if (t[k]!.lemma !== 'decide' || t[k + 1]!.lower !== 'not' || t[k + 2]!.lower !== 'to') continue;
    if (SPARED.has(t[k + 3]!.lemma)) return true;
    return t.slice(k + 4).some((w) => w.lower === 'internal');
  }
  return false;
}

/**
 * Round 36: a decision against the ask reported, in the passive or by a body of ours ("has been declined by our risk
 * committee", "was turned down"): a decline word in the refusing clause, passive or with an institution of ours named.
 */
function reportedDecision(facts: EnFacts): boolean {
  const cl = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!cl) return false;
  const inClause = (k: number) => k >= cl.from && k < cl.to;
  return (facts.cues.decline ?? []).some((k) => inClause(k) && facts.tokens[k]!.pos === 'VERB' && (cl.passive || (facts.cues.institution ?? []).length > 0));
}

/**
 * Round 36: what softens a final no: a promise to consult, an agreement confirmed, or a cushion (here or just before)
 * together with a way forward — an alternative or a consult here or in the next sentence, an offer conceded. A reason
 * or a lone "unfortunately" is not enough (spec: a refusal with a reason but no cushion and no alternative is blunt).
 */
function softenedFinal(facts: EnFacts, before: EnFacts | undefined): boolean {
  if (facts.cues.consult || confirmsAgreement(facts)) return true;
  if (!facts.cues.cushion && !before?.cues.cushion && !facts.cues.apology) return false;
  if (facts.cues.alternative || (facts.cues.offer ?? []).length > 0) return true;
  // A way forward in the next sentence (an alternative, a promise to consult, an offer, the no said again softened) clears
  // the no with or without a cushion, as for the other readers (any/lib/remedy.ts remedyIn, read below as 'remedy-in-next').
  return false;
}

const MAY_REFUSE_EN: Annotator<boolean> = { id: 'en.blunt-refusal.flat-no/may-refuse', analyze: (s) => s.lang === 'en' && mayRefuse(s.text) };

/** An English sentence, not a table row, that states a no as a fact (en-stated-no.ts): read from its parse, kept per sentence. */
const STATES_NO_EN: Annotator<boolean> = {
  id: 'en.blunt-refusal.flat-no/states-no',
  analyze: (s) => s.lang === 'en' && !tableRow(s) && statedNo(activeStore().of(englishFacts, s)) !== undefined,
};

/** A sentence that is a table row ("| Free samples | We do not provide free samples |"): its cells are clauses (en.ts). */
function tableRow(s: Sentence): boolean {
  const t = s.text.trimStart();
  return t[0] === '|' || t[0] === '｜';
}

/**
 * Round 32 (refusal31en's revert: r30-remedy): the sentence after a table row, where a way forward for its no may stand
 * ("| Free re-dyeing … | Not possible |" then "We can offer a 10% credit on your next order instead."). Another row or
 * another point of an answer sheet answers a point of its own: no remedy for this one. Absent: a remedy is not looked for.
 */
function nextOfRow(ctx: RuleContext, at: number): Sentence | null {
  const next = ctx.sentences[at + 1];
  if (next === undefined || tableRow(next) || isAnswerLine(next.text)) return null;
  return next;
}

/**
 * A way forward in the cells after the refusing one, in the same row ("| Exclusive bottling | No | A 3-year term is
 * possible instead |"): the shared remedy reader (any/lib/remedy.ts) on the clauses after the no.
 */
function remedyLaterInRow(facts: EnFacts): boolean {
  if (facts.refusal === undefined) return false;
  const end = facts.clauses[facts.refusal]!.to;
  if (end >= facts.tokens.length) return false;
  // Round 48 (dev set y8yb-048): "… is not something | we can discuss": the clause after a placeholder describes it — the
  // verdict itself, no way forward.
  if (/^(?:something|anything|nothing|one|thing)$/.test(facts.tokens[end - 1]?.lower ?? '')) return false;
  const clauses = facts.clauses.filter((c) => c.from >= end);
  const after = (k: number) => k >= end;
  const cues = Object.fromEntries(Object.entries(facts.cues).map(([kind, at]) => [kind, (at as number[] | undefined)?.filter(after)]).filter(([, at]) => (at as number[]).length > 0));
  return englishRemedy({ ...facts, clauses, cues, refusal: undefined, acts: [] }) !== undefined;
}


/** A negated verb of changing whose object is our price, with no wish of theirs to change it named here or just before. */
function priceKept(facts: EnFacts, before: EnFacts | undefined): boolean {
  if (facts.refusal === undefined || facts.changeAsked || enAskNamed(facts) !== undefined) return false;
  if (before && (before.changeAsked || enAskNamed(before) !== undefined)) return false;
  const c = facts.clauses[facts.refusal]!;
  if (c.negation === undefined || c.verb === undefined || c.modal === 'can' || !PRICE_CHANGE_VERBS.test(facts.tokens[c.verb]!.lemma)) return false;
  // The verb's own object is our price ("not to change the list"), not the reader's order at a price.
  let k = c.verb + 1;
  while (k < c.to && /^(?:the|our|this|these|its)$/.test(facts.tokens[k]!.lower)) k++;
  return PRICE_OBJECTS.test(facts.tokens[k]?.lower ?? '');
}
const PRICE_CHANGE_VERBS = /^(?:change|raise|increase|adjust|revise|touch)$/;
const PRICE_OBJECTS = /^(?:price|prices|list|pricelist|rates?|tariffs?)$/;

/** Nouns by which the sentence before names their question. */
const QUESTION_NOUNS = /^(?:question|query|enquiry|inquiry)$/;
/** Verbs of granting: their denial turns a wish down even in answer to a question ("No, we do not offer samples"). */
const GRANTING = new Set([...STATED_NO_WORDS.grantVerbs, 'give', 'sell', 'ship', 'supply', 'make', 'extend', 'discount']);

/**
 * "No," then a negated present with no modal, its verb no verb of granting, right after the sentence that names their
 * question: the answer says what a thing of ours is or does. "No, we cannot …" or "No, we do not offer …" still refuses.
 */
function answersQuestionOfFact(facts: EnFacts, before: EnFacts | undefined): boolean {
  if (!before || facts.refusal === undefined || facts.tokens[0]?.lower !== 'no' || !/^[,;:—–-]$/.test(facts.tokens[1]?.text ?? '')) return false;
  if (!before.tokens.some((t) => QUESTION_NOUNS.test(t.lemma))) return false;
  const c = facts.clauses[facts.refusal]!;
  if (c.modal !== undefined || c.tense !== 'present' || c.verb === undefined) return false;
  return !GRANTING.has(facts.tokens[c.verb]!.lemma);
}

/** The judgement of one sentence, from its facts (as parsed, or with our company's name read as "we"). */
/**
 * `mode`: 'defer-stated' leaves a no stated as a fact to the document hook; 'stated-only' judges nothing else (the sentence
 * hook has judged the rest).
 */
function judge(s: Sentence, ctx: RuleContext, previous: Sentence | undefined, facts: EnFacts, isName?: (w: string) => boolean, next?: Sentence | null,
  mode?: 'defer-stated' | 'stated-only'): void {
  const before = previous && previous.lang === 'en' ? ctx.facts.of(englishFacts, previous) : undefined;
  // Guard ledger (Engine trace): a recognised refusal that a guard below stops.
  const drop = (guard: string) => ctx.suppressed(guard, s.start, s.end);
  // Round 37 (fp37): a sentence wholly in quotation marks reports someone else's words (a factory's answer passed on).
  if (refusalQuoted(facts, s.text)) return drop('quoted-words');
  // Round 21: a product's specification or the end of a thing of ours owns the sentence (en-sentence-act.ts).
  // Round 37: a practice of ours stopped, said in answer to their wish ("We stopped making custom blends years ago"), is
  // the end of a thing and a no to their ask at once: the stated-no pass judges it as a no (en-stated-no.ts).
  // A limit of ours with the client's case outside it, told in the present as a thing's property ("Special widths require
  // a minimum of 1,000 metres; shorter runs cannot be produced"): in answer to their wish it is a no; the stated-no pass
  // judges it as one. (Not our act denied in the passive: "not supported in this version" is a specification.)
  const overSpec = mode === 'stated-only' && !refusalMayOwn(facts, before) ? statedNo(facts) : undefined;
  const overrides = overSpec !== undefined && OVER_SPEC.has(overSpec.kind);
  if (!refusalMayOwn(facts, before) && !overrides) {
    if (facts.refusal !== undefined) drop('act-is-spec-or-end');
    return;
  }
  if (overrides) facts = { ...facts, refusal: undefined };
  // Round 21: what a thing of ours does not do, in answer to their request ("Regarding your request for LIN support: the
  // current release does not analyse LIN traffic."), refuses it.
  const denied = capabilityDenied(facts, before);
  if (denied !== undefined) facts = { ...facts, refusal: denied };
  // Round 23: our act denied in the passive with us as agent ("… are not carried out by Kessler service"), and a case
  // shut as a verdict with no verb of ours ("Claim closed.", "Complaint rejected."): en-declines.ts.
  let verdict = false;
  // Round 28: what they asked for left out of our plans ("X is not in the current roadmap", "There are no plans for a
  // Linux client"), with their ask in sight: named here or just before (a question counts: the plan answers it), a topic
  // lead, or a reply (en-plan-denied.ts).
  if (facts.refusal === undefined) {
    const plan = planDeniedClause(facts);
    if (plan !== undefined && (answersTheirAsk(facts) || (before !== undefined && (enAskNamed(before) !== undefined || before.changeAsked)) ||
      REPLY_SUBJECT.test(ctx.draft.subject ?? ''))) facts = { ...facts, refusal: plan };
  }
  if (facts.refusal === undefined) {
    const byUs = deniedByUs(facts);
    const closed = byUs === undefined ? closedVerdict(facts) : undefined;
    verdict = closed !== undefined;
    if (byUs !== undefined || closed !== undefined) facts = { ...facts, refusal: byUs ?? closed };
  }
  // Round 36 (issue 10): a no stated as a fact about us or our thing (en-stated-no.ts: "X is not something we take on",
  // "the desk is not eligible for replacement", "not included in the contract", "the only port we use", "decided that it
  // stays at 24 months"), in answer to the client's wish: a reply, their ask or thanks for what they sent just before
  // (lib/reply-context.ts) — or a concession at our cost left out of our terms, which only the client would want.
  let stated: StatedNo | undefined;
  if (facts.refusal === undefined) {
    stated = statedNo(facts);
    const atOurCost = stated?.kind === 'excluded' && (facts.cues['own-cost'] ?? []).some((k) => k < stated!.at);
    // A term kept or no change is a refusal only against the client's wish to change that term: their ask named, or a
    // reply whose subject names it — not our proposal, a confirmation, a consequence or a change of theirs granted.
    const kept = stated?.kind === 'no-change' || stated?.kind === 'decided-kept';
    const keptFrom = stated?.kind === 'decided-kept' && facts.kept !== undefined ? facts.clauses[facts.kept]!.from : stated?.at ?? 0;
    const from = facts.tokens[keptFrom]?.lower === 'that' ? keptFrom + 1 : keptFrom;
    // "…, and the approval lists them by number, so other sets are not covered by the approval or the warranty": left out
    // of our terms as the consequence of facts told before it — an answer to a question of fact (r34 ren2-032, clean).
    if (stated?.kind === 'excluded' && facts.tokens.slice(0, stated.at).some((t) => t.lower === 'so')) stated = undefined;
    // "To confirm your question: data migration is not included in the quotation": an answer to their question of fact (r15).
    if (stated?.kind === 'excluded' && facts.tokens.some((t) => t.lemma === 'question')) stated = undefined;
    // "Shipping is not included in the quote because you will collect the goods": left out by the client's own choice.
    if (stated?.kind === 'excluded' && facts.tokens.some((t, k) => k > stated!.at && /^(?:because|as|since)$/.test(t.lower) &&
      facts.tokens[k + 1]?.lower === 'you')) stated = undefined;
    if (kept && (keptAsGoodNews(facts, stated!.at, before) || !(facts.changeAsked || enAskNamed(facts) !== undefined ||
      subjectNamesTerm(ctx, facts.tokens, from, keptThingEnd(facts, from), true)))) stated = undefined;
    if (stated !== undefined && (atOurCost || answersReply(ctx, s, previous))) {
      if (mode === 'defer-stated') return;
      const c = facts.clauses.indexOf(clauseOf(facts, stated.at)!);
      facts = { ...facts, refusal: c >= 0 ? c : 0 };
    } else stated = undefined;
  }
  if (mode === 'stated-only' && stated === undefined) return;
  if (facts.refusal === undefined) {
    // "Thank you for your proposal to include the spare parts. We don't want to open the contract again for this."
    if (!unwillingAfterAsk(facts, before)) return;
    if (softenedByFacts(facts, before, previous?.text)) return drop('softened');
  } else if (statedNo(facts)?.kind !== 'none-included' && reassuresRatherThanRefuses(facts)) return drop('reassures');
  else if (decidedInTheirFavour(facts)) return drop('decided-in-their-favour');
  // Round 48 (dev set y8yb-014, -029): "Thank you for your question about the piston rods. No, the rods are not plated with
  // hexavalent chromium." — "No," answering their question with what a thing of ours is or does: a fact, no ask turned down.
  else if (answersQuestionOfFact(facts, before)) return drop('answers-question-of-fact');
  // Round 48 (dev set y8yc-047): "… so we decided not to change the list" — our price not raised, in nobody's answer to a wish
  // for a change: good news.
  // (Not in a reply: "Re: price … We are not going to change the price" answers them.)
  else if (priceKept(facts, before) && !REPLY_SUBJECT.test(ctx.draft.subject ?? '')) return drop('price-kept');
  else if (advisesAgainst(facts)) return drop('advises-against');
  // Round 37 (fp37): their own no reported just before, carried out on the thing they turned down ("we will not include it").
  else if (honoursTheirNo(facts, before)) return drop('honours-their-no');
  // Round 43 (ye-009): "Our price list is not included, since you mentioned you would first like to check the flavour": the
  // no follows the reader's own wish, given as its reason — their choice carried out.
  else if (theirWishAsReason(facts)) return drop('their-wish-as-reason');
  // Round 43 (tf-053): "Ms. Arai stops representing us on 31 March. We are not replacing her.": no successor, said right
  // after a person of ours leaves, is the rest of that notice (the bad-news rule's), not an ask of theirs turned down.
  else if (before?.news === 'contact-change' && facts.tokens.some((t) => /^(?:replace|hire|appoint|recruit|name)$/.test(t.lemma) && t.pos === 'VERB')) return drop('no-successor');
  // Round 37 (fp37): a lot of ours held back ("We will not ship this lot.") protects the reader; no ask is turned down.
  else if (withholdsOwnLot(facts) && !answersTheirAsk(facts)) return drop('withholds-own-lot');
  // Round 37 (fp37): our search that found nothing wrong ("cannot see any points where … would not comply") assures.
  else if (foundNothingWrong(facts)) return drop('found-nothing-wrong');
  // Round 37 (fp37): what stops during a closure, in its notice ("… will not be loaded during this period"): not in a reply,
  // nor with their ask named (then it turns the ask down).
  else if (duringClosure(facts) && !answersTheirAsk(facts) && !(before !== undefined && enAskNamed(before) !== undefined) &&
    !REPLY_SUBJECT.test(ctx.draft.subject ?? '')) return drop('during-closure');
  else if (noServesThem(facts)) return drop('serves-them');
  // Round 31: a quality gate, a supply assured, the writer's whereabouts, our practice told as a fact (lib/own-practice.ts).
  const practice = facts.refusal === undefined ? undefined : ownPractice(facts, before);
  if (practice !== undefined) return drop(practice);
  // "We have absorbed these costs, but we are not able to continue": our own practice ended, not a request refused.
  if (endsOwnPractice(facts)) return drop('own-practice-ended');
  // Round 29: "Our engineers cannot travel in June, so we propose live remote support": our constraint, then another way
  // proposed in the same sentence — the sentence offers; the no is its premise (lib/refusal.ts).
  if (constraintThenProposal(facts) || reachThenOffer(facts)) return drop('alternative-proposed');
  // Round 26: "Import duties and local taxes are the buyer's responsibility": a cost every buyer bears by convention is a
  // term of payment, not a request turned down (convention-cost.ts) — unless their ask is named in the sentence.
  // Our side refusing an act beside it ("…; our forwarder will not handle it for you") is still a no.
  if (enConventionCost(s.text) && !answersTheirAsk(facts) && !oursRefuses(facts) && !REPLY_SUBJECT.test(ctx.draft.subject ?? '')) return drop('convention-cost');
  // "… it is not possible anymore to keep the current price": a price given up is the notice's news (judged by
  // en.bad-news.blunt-notice), unless the reader asked us to keep it ("Thank you for asking us to hold the price.").
  // Round 28: "Re: Phase 2 inspection fee … We are not able to hold the Phase 1 rate for Phase 2": in a reply, our side
  // saying it cannot hold a price answers what the thread asked about; the rise it implies is news as well, and both
  // findings stand (ownAct below) rather than the notice swallowing the no.
  const heldInReply = priceGivenUp(facts) && holdRefusedInReply(facts, ctx.draft.subject ?? '');
  // Round 46: "And no, we can't hold the old pricing on the quote you have open": a bare answer word says they asked.
  if (priceGivenUp(facts) && !holdAsked(facts, before) && !answersNo(facts) && !forClassOfCustomers(facts) && !heldInReply) return drop('price-given-up');
  // "… reaches its end of life on that date, and we will not be able to provide security updates afterwards": what
  // we will no longer supply, said in the news of an end we announce, is the notice's content (judged by
  // en.bad-news.blunt-notice with the mail's apology, reason and offer), not a request of theirs turned down.
  if (stated?.kind !== 'stopped' && facts.news === 'discontinuation' && !holdAsked(facts, before) && !answersTheirAsk(facts)) return drop('discontinuation-news');
  // Round 25: a Japanese no said whole before it (恐れ入りますが、…いたしかねます。) cushions the Japanese reader's copy; the
  // English said again after it is read by its own reader without that cushion.
  // Round 36: a no stated as a fact or a decision reported ("… has been declined by our risk committee") is final; a lone
  // "unfortunately" before it is no cushion — it takes a way forward (an alternative, a promise to consult) as well.
  if (stated !== undefined || reportedDecision(facts)) {
    if (softenedFinal(facts, before)) return drop('softened');
  } else if (softenedByFacts(facts, before, previous?.lang === 'ja' && JAPANESE_NO_END.test(previous.text) ? undefined : previous?.text)) return drop('softened');
  // Round 22: "the data from 9 probes is lost, we cannot recover": a remedy we cannot give for a loss the sentence reports
  // is part of the bad news, nothing the reader asked for turned down.
  if (unrecoverableLoss(facts)) return drop('unrecoverable-loss');
  // Round 22: "請求書の再発行はしません。Our accounting rules don't allow changes to the date …": the reason after a Japanese no.
  // Round 25: only when the English gives the reason; "We cannot extend the warranty." under 恐れ入りますが…いたしかねます is
  // the same no said again flat for the English reader of a bilingual mail, and blunt in its own right.
  if (previous?.lang === 'ja' && JAPANESE_NO_END.test(previous.text) && givesReason(facts, s.text)) return drop('reason-after-japanese-no');
  // "That won't be possible. Our finance team will not make exceptions.": a refusal right after a refusal
  // restates it, and the one answer is flagged (and rewritten) once, at its first sentence.
  // A second thing refused is a second refusal: "The cap cannot be changed. Payment terms of 60 days are also
  // rejected by our finance department." (an additive word, or a thing of its own as the passive's subject).
  // Round 25: an item of its own in a list of answers ("1) Weekend support is not offered. / 2) Liability cap of 200% –
  // this is not something we do.") answers another point of theirs: a second refusal, never the first one restated.
  if (before?.refusal !== undefined && !before.news && !reassuresRatherThanRefuses(before) && mayRefuse(previous!.text) &&
    !refusesAnotherThing(facts) && !concludesFromRule(facts, before) && !oursAfterScope(facts, before) && !bareVerdict(facts) &&
    !(ANSWER_ITEM.test(previous!.text) && ANSWER_ITEM.test(s.text)) && !startsListItem(ctx, s, previous!)) return drop('restates-previous-refusal');
  // Round 32: a table row's no with a way forward in its later cells or in the sentence after the table — an alternative,
  // a promise to consult, an offer of ours, the no said again softened (any/lib/remedy.ts, read as reply-verdict reads it).
  if (next !== undefined && (remedyLaterInRow(facts) || (next !== null && remedyIn(ctx, next) !== undefined))) return drop('remedy-in-next');
  ctx.report({
    start: s.start,
    end: s.end,
    // Round 25: an option denied outright ("A partial delivery is not possible") is a no beside any notice that reads
    // the sentence as news: an act of its own (Report.ownAct), kept where this rule otherwise gives way to the notice.
    // Round 36: so is a no stated as a fact in answer to their wish (en-stated-no.ts): the refusal wins over the notice.
    // Round 46: so is a no given as a bare answer word ("And no, we can't hold the old pricing"): it answers their ask.
    ...(outrightNo(facts) || heldInReply || answersNo(facts) || stated !== undefined ? { ownAct: true } : {}),
    message: 'This reads as a flat refusal. Cushion it, thank them for asking, and offer to consult your manager.',
    messageJa: '素っ気ない断りに聞こえます。クッション言葉と依頼への感謝を添え、上司と相談すると伝えましょう。',
    // A verdict with no verb of ours ("Claim closed.") has nothing to wrap a cushion around: a whole compromise sentence.
    suggestions: verdict ? [compromise('difficult')] : wrappedRefusal(s, facts, before?.cues.thanks !== undefined, isName),
  });
}

/** "since you mentioned", "because you prefer": the reader's own word or wish as the reason. */
const THEY_SAID = /^(?:mention|say|tell|write|note|indicate|suggest|ask|request)$/;
const THEY_WANT = /^(?:prefer|want|like|wish|decide|choose)$/;
function theirWishAsReason(facts: EnFacts): boolean {
  const t = facts.tokens;
  // After the no: "Keeping the surcharge at 9%, as you asked, is not possible" names their ask before it — the thing refused.
  const no = t.findIndex((x) => /^(?:not|n't|cannot|no|never)$/.test(x.lower));
  // "since" / "because" only: "We cannot offer the discount as you requested" names the ask refused, not a reason.
  return no >= 0 && t.some((x, k) => k > no && /^(?:since|because)$/.test(x.lower) && t[k + 1]?.lower === 'you' &&
    t.slice(k + 2, k + 5).some((y) => THEY_SAID.test(y.lemma) || THEY_WANT.test(y.lemma)));
}

/**
 * Round 43 (ve-031): where the kept thing's own words end — "There is no change to our process | since last year's audit":
 * a thread named in what comes after (a time, a reason, the next clause) is not the term kept.
 */
function keptThingEnd(facts: EnFacts, from: number): number {
  const k = facts.tokens.findIndex((t, i) => i > from + 2 && /^(?:since|from|until|after|before|because|as|;|,|\.|and|but|—|–)$/.test(t.lower));
  return k < 0 ? facts.tokens.length : k;
}

/**
 * Round 28: a price we cannot hold, said by our side in a reply ("Re: …"): the clause that refuses has "we" / "I" as its
 * subject and states an inability now — not a change ("no longer", "anymore": a notice of our own), not after a limit
 * ("After that I cannot hold the price": the deadline is pressure's), and not cushioned (judged later, as for any no).
 */
function holdRefusedInReply(facts: EnFacts, subject: string): boolean {
  if (!REPLY_SUBJECT.test(subject)) return false;
  const cl = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!cl || cl.subject?.side !== 'we') return false;
  if (facts.tokens.some((t) => /^(?:longer|anymore)$/.test(t.lower) || (t.lower === 'more' && facts.tokens[facts.tokens.indexOf(t) - 1]?.lower === 'any'))) return false;
  return !/^(?:after|from|beyond|past|once|unless|if|until|as)$/.test(facts.tokens[0]?.lower ?? '');
}

/**
 * Round 35: their figure measured against our reach, then what we can do instead in the same sentence ("The sixteen pairs
 * you asked for are more than we can send, but we can lend you ten pairs from the Osaka stock"): the sentence offers.
 */
function reachThenOffer(facts: EnFacts): boolean {
  const cl = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!cl || cl.negation !== undefined || !overOurReach(facts.tokens, facts.cues, cl)) return false;
  // (Not "what we can commit" / "than we can send": the measure itself, which the parse gives a clause of its own.)
  return facts.clauses.some((c) => c.from >= cl.to && !/^(?:what|than)$/.test(facts.tokens[c.from - 1]?.lower ?? '') && c.subject?.side === 'we' && (c.modal === 'can' || c.modal === 'could' || c.modal === 'will') &&
    c.negation === undefined && !c.conditional && c.verb !== undefined);
}

/**
 * Round 25 (guard ledger): a sentence that opens an item of a list ("1) …", "b) …", "- …", "• …"): each item of an answer
 * sheet answers a point of its own ("1) Weekend support is not offered. 2) Liability cap of 200% – this is not something we
 * do."), so a no there restates nothing of the item before it.
 */
const ANSWER_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-*•・])[ \t]/i;

/**
 * A sentence that gives a reason rather than the no itself: a thing of the rules as the refusing subject ("Our accounting
 * rules don't allow …", "The system does not permit …") or a clause of cause (because, since, due to), never our side
 * saying "we cannot".
 */
function givesReason(facts: EnFacts, text: string): boolean {
  const cl = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (cl?.droppedSubject || (cl?.subject && /^(?:we|i)$/.test(facts.tokens[cl.subject.index]?.lower ?? ''))) return REASON_CLAUSE.test(text);
  return REASON_CLAUSE.test(text) || RULE_WORDS.test(text);
}
const REASON_CLAUSE = /\b(?:because|since|due to|owing to|as a result of)\b/i;
const RULE_WORDS = /\b(?:rules?|polic(?:y|ies)|regulations?|laws?|system|contract|terms|allow|allows|permit|permits)\b/i;

/** A negated clause whose subject is our side or a thing of ours ("we will not", "our forwarder will not handle it"). */
function oursRefuses(facts: EnFacts): boolean {
  return facts.clauses.some((c) => c.negation !== undefined && c.subject !== undefined && (c.subject.side === 'we' ||
    /^(?:our|my)$/.test(facts.tokens[c.subject.index]!.lower) || /^(?:our|my)$/.test(facts.tokens[c.subject.index - 1]?.lower ?? '') ||
    /^(?:our|my)$/.test(facts.tokens[c.subject.index - 2]?.lower ?? '')));
}

/** The sentence opens a list item on a line of its own, below the previous sentence's line. */
function startsListItem(ctx: RuleContext, s: Sentence, previous: Sentence): boolean {
  const line = ctx.lines[s.line];
  return !!line && previous.line < s.line && LIST_MARKER.test(ctx.text.slice(line.start, s.end));
}

/**
 * Round 22: the refusing clause is our inability with nothing after its verb ("we cannot recover", "we can't restore"),
 * after a clause of the same sentence that reports a loss (the `loss` cues: "is lost", "were destroyed").
 */
function unrecoverableLoss(facts: EnFacts): boolean {
  if (facts.refusal === undefined || !facts.cues.loss) return false;
  const cl = facts.clauses[facts.refusal]!;
  if (cl.subject?.side !== 'we' || cl.modal !== 'can' || cl.verb === undefined) return false;
  const rest = facts.tokens.slice(cl.verb + 1, cl.to).filter((t) => t.pos !== 'PUNCT');
  return rest.length === 0 && facts.cues.loss.some((k) => k < cl.from);
}

/**
 * The facts of a sentence with each clause whose subject is our company's name read as our side, when that makes
 * it a refusal; undefined otherwise.
 */
function asOurSide(facts: EnFacts, names: ReadonlySet<string>): EnFacts | undefined {
  const ours = (c: EnClause) => c.subject?.side === 'third' && facts.tokens[c.subject.index]!.pos !== 'PRON' && names.has(facts.tokens[c.subject.index]!.lower);
  const clauses = facts.clauses.map((c) => (ours(c) ? { ...c, subject: { side: 'we' as const, index: c.subject!.index } } : c));
  if (clauses.every((c, i) => c === facts.clauses[i])) return undefined;
  const refusing = refusalClause({ ...facts, clauses });
  return refusing ? { ...facts, clauses, refusal: clauses.indexOf(refusing) } : undefined;
}

/**
 * "your request", "you asked", a topic lead ("Regarding the rush order: …"): a sentence that answers the reader.
 * The ask named is the shared "they asked" fact (src/engine/analysis/asked.ts).
 */
function answersTheirAsk(facts: EnFacts): boolean {
  return facts.changeAsked || /^(?:about|re|regarding|concerning|as)$/.test(facts.tokens[0]?.lower ?? '') || enAskNamed(facts) !== undefined;
}

/**
 * Round 20: "… the controller firmware cannot be modified by us. This is impossible.": a sentence that is only a
 * verdict on a demonstrative ("This is impossible.", "That is not an option.", "That won't happen.") repeats the no as
 * its own blunt line, and is flagged even right after the refusal it restates. A restatement that gives a reason or a
 * rule ("Our finance team will not make exceptions.") stays one answer with the first.
 */
function bareVerdict(facts: EnFacts): boolean {
  const words = facts.tokens.filter((t) => t.pos !== 'PUNCT');
  if (words.length > 6 || !/^(?:this|that|it)$/.test(words[0]?.lower ?? '')) return false;
  return facts.cues.infeasible !== undefined || facts.cues.decline !== undefined;
}
