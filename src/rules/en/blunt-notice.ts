import { defineRule, tracing, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import { englishFacts, type NewsKind } from '../../engine/analysis/en';
import { mayHaveCue } from '../../engine/analysis/en-acts';
import { mayHaveLexiconWord } from '../../engine/analysis/en-lexicon';
import { activeStore, textFact, type Annotator } from '../../engine/analysis/facts';
import { extendsNotice, holdAsked, onlyOffersToMeet, pointsOnward, priceGivenUp, spared } from '../../engine/analysis/en-news';
import { isSeparatorRow, tableCells, tableNews } from '../../engine/analysis/en-news-table';
import { mayBeSupplyNews } from '../../engine/analysis/en-news-supply';
import { mayBeHeldBack } from '../../engine/analysis/en-news-held';
import { mayBeCountNews } from '../../engine/analysis/en-news-part';
import { mayBeChargeNews } from '../../engine/analysis/en-news-charge';
import { beyondNextLimit, labelledQuantity, lessThanWhole, measuredOrLimit } from '../../engine/analysis/en-news-lines';
import { labelledValue, valueBesideOld, worsePair, type PairKind } from '../../engine/analysis/value-pair';
import { considerateNotice, japaneseConsiderate, kindName } from './lib/bad-news';
import { keptAgainstAsk } from './lib/status-quo';
import { verdictInReply } from './lib/verdict';
import { sentenceAct } from '../../engine/analysis/en-sentence-act';
import { toldPairNews, toldSide, type ToldSide } from '../../engine/analysis/en-news-told-pair';

/**
 * A price rise, delay, shortage, quality problem, discontinuation or change of contact announced with no
 * apology, no reason and no offer to meet or call. A document rule: the apology or the offer may be
 * anywhere in the mail, and often in the Japanese half of a bilingual notice.
 */
export default defineRule({
  id: 'en.bad-news.blunt-notice',
  lang: 'en',
  category: 'bad-news',
  severity: 'warning',
  // A notice is owed to a client with a standing relationship; to a prospect a price rise is sales pressure.
  audience: ['client'],
  // Round 32 (issue 10, declared precedence): a limit or a verdict of ours that answers what the client asked is a refusal;
  // the refusal rule's finding over the same words takes them (a verdict in reply: reply-verdict; the status quo kept
  // against their ask: status-quo). Not standing-rule (integration of round 32): a limit told with its old scope ("… in
  // the Kanto area only (currently 12 prefectures)", "We can only ship part of the order this month") is news as well.
  // (flat-no is not listed: it gives way to this rule unless its no is an act of its own — Report.ownAct.)
  yieldsTo: ['en.blunt-refusal.reply-verdict', 'en.blunt-refusal.status-quo'],
  title: { en: 'Bad news with no apology or offer to meet', ja: 'お詫びも説明の申し出もない悪い知らせ' },
  rationale: {
    en: 'In Japan bad news is delivered in person, or at least with an apology, the reason and an offer to come and explain — ideally with a senior manager, which shows the supplier takes it seriously. A bare notice by mail reads as if the relationship did not matter.',
    ja: '日本では悪い知らせは対面で伝えるもの、少なくともお詫び・理由・説明に伺う申し出を添えるものとされます。上位の役職者が同行すると、真剣に受け止めていることが伝わります。メールで事実だけを通知すると、関係を軽んじているように受け取られます。',
  },
  examples: {
    valid: [
      // Round 37 (fp37): a word of ending inside a hyphenated modifier, a call about the news with "also", values within tolerance.
      { text: 'Our plant runs a closed-loop water system for the repair service.' },
      { text: "I'm afraid air freight would raise the landed cost by about 60%.\nWe could send two bags by courier instead. I'm also happy to call you to talk it through." },
      { text: 'The palm thickness of NG-300 is 0.10 mm ± 0.01 mm. Our last 20 lots ranged from 0.097 mm to 0.104 mm, all within tolerance.' },
      // Round 37 (newsen37): near misses — the rest already delivered, inside the contract's ± range, the reverse of unbundling,
      // orders (not goods) up, a date moved to match, a third party's stock-out that spares our range.
      { text: 'The other 25 actuators were delivered yesterday.' },
      { text: 'Repeatability came out at ±0.03 mm; the contract specifies ±0.05 mm.' },
      { text: 'Formerly an optional item, the vision package is now standard.' },
      { text: 'Orders from Japan are up 12% this year.' },
      { text: 'We will simply move your licence start date to match, so no days are lost.' },
      { text: 'Their 25-year reserva has sold out and will not be bottled again; our own range is not affected.' },
      // Round 36 (news36): near misses of the three classes — a charge that falls, money the client gains, all delivered, a
      // part we propose, a measure that beat its commitment; a reason with an apology and an offer to call.
      {"text": "The margin on your FX conversions falls from 1.1% to 0.8% from 1 April."},
      {"text": "Your sales in our marketplace grew from USD 120,000 to USD 150,000 last quarter."},
      {"text": "All six palletising cells in order NR-2291 leave Gothenburg on 3 March."},
      {"text": "For the proposed rollout, we suggest starting with 4 of your 12 sites in the first phase, before you place the order."},
      {"text": "Uptime for the payouts endpoint was 99.97% last month, above the 99.9% committed in our SLA."},
      {"text": "We are very sorry that, because of the global shortage of terminals, we can ship only 60% of your June order. We would like to call you this week to discuss the options."},
      // Round 36 (fp36): what rises is what the client receives; the price named beside it is kept.
      { text: 'Our harvest improved, so we can raise your 2027 allocation from 800 kg to 1,100 kg at the price already agreed.' },
      // Round 35: a task counted as few is no shortage.
      { text: 'Thank you for the signed order form. Only two fields need updating: the delivery address and the order number.' },
      // Round 35 (news35): an allocation cut, production ended, a long lead time told as current, a lot described against the one before; near misses: a small task, goods handed over at a visit, a product introduced, a change for the better.
      {"text": "Our team would like to visit your hangar to hand over the first shipset of bin doors."},
      {"text": "The DX-500 is now in production and replaces the DX-400."},
      {"text": "The new caps are easier to open than the previous design."},
      // Round 22 (en-news-resolved.ts): a problem reported fixed, its record circulated, or named as known.
      { text: 'Batch delay issue is fixed now.' },
      { text: 'Defect list v3 is updated and shared in Box folder.' },
      { text: "The installation has been brought forward from April 20 to March 9." },
      { text: "Your price stays at ¥3,900 (the same as last year)." },
      { text: 'The lead time is now 6 weeks instead of 10.' },
      { text: 'Our project manager will change the drawing today.' },
      { text: "As agreed, we ship 300 of the 800 cartons this week and the rest in May." },
      { text: "Every unit passed the final inspection." },
      { text: "Our service center in Nagoya is open on Saturdays." },
      // Round 20: a no to the reader's own ask is a refusal (en.blunt-refusal.flat-no), not a notice.
      { text: 'Your request to move from 60 to 90 days after invoice has been rejected by our finance department.' },
      { text: "We received your photos. The scratches are within our tolerance for oiled oak, so we don't accept returns on these." },
      { text: "Could the installation slip to April?" },
      { text: "If the resin price rises, we will tell you first." },
      { text: "Prices fell from USD 40 to USD 32 last quarter." },
      { text: "We moved the kickoff meeting to Thursday." },
      { text: "Our office is closed from December 29 to January 3." },
      { text: "Our warehouse closes for the New Year holidays and reopens on January 5." },
      { text: "We ordered the resin early to avoid any delay." },
      { text: "The price is ¥1,200 per unit, including delivery." },
      { text: "Two of the five engineers will attend the audit." },
      { text: "Only 300 of the 800 cartons will leave Rotterdam this week, because the port is closed after the typhoon." },
      { text: "The installation has slipped to April 20. I am very sorry; may I call you tomorrow to explain?" },
      { text: "Model TX-40 will be discontinued in September.\n部長とご説明に伺います。" },
      {
        text: 'Dear Mr. Kuroda,\n\nI am sorry to let you know that we will not be able to ship the full quantity you ordered for July.\nOur general manager and I would like to call you this week.',
      },
      { text: 'Model TX-40 will be discontinued in September because its main chip is no longer made.' },
      { text: 'No delay is expected for the July shipment.' },
      { text: 'The December batch will now arrive on the 3rd instead of the 10th.' },
      { text: 'We will deliver on the 5th and the 20th of December.' },
      { text: 'We can only ship 300 of the 800 cartons this week, as our warehouse is closed for inventory.' },
      { text: 'Since the mould is under repair, only 5 of the 10 samples will ship on Friday.' },
      { text: 'Thank you for letting us know about the delay in your project.' },
      { text: 'Model TX-40 will be discontinued at the end of September.', context: { recipient: 'internal' } },
      { text: '来月より担当が変わります。ご挨拶に伺います。\nFrom next month, Ms. Linda Park will be your new contact.' },
      // Round 18: an event moved rather than dropped; care advice, not a recall; a lead time now shorter.
      { text: 'The demo will not take place on Monday but on Tuesday at the same time.' },
      { text: 'Do not use solvents on the coating.' },
      { text: 'The lead time is now only 4 weeks.' },
      // Round 18b: a bounded closure, orders merged, a cause the price reflects, a lead time going down.
      { text: 'Our support line will be closed from 29 December 2026 to 4 January 2027.' },
      { text: 'We will consolidate your two orders into one shipment.' },
      { text: 'The price reflects a 20% rise in energy costs.' },
      { text: 'The lead time goes from 14 to 6 weeks.' },
      // Round 19: a follow-on consequence, a refusal of an option, a specification, a contact kept, goods let go.
      { text: 'Open orders will be rescheduled accordingly and revised confirmations will follow.' },
      { text: 'A-180 is available in two pack sizes only: 200 kg steel drums and 1,000 kg IBCs.' },
      { text: 'Jess Tran will remain your account manager.' },
      { text: 'Lot 4471 has been released from quarantine and will ship on Monday.' },
      { text: 'Lead time for the X-20 pumps is 6 weeks, as before.' },
      // Round 19: a call ended, a client's event, an event going ahead, a postponement with its new date.
      { text: 'We ended the call at 4 pm and will send the minutes today.' },
      { text: 'Thank you for telling us that your trade exposition will not go ahead.' },
      { text: 'The Kobe partner gala on 20 June will take place as planned.' },
      { text: 'As you asked, we have postponed the factory tour to 2 July.' },
      // Round 20: limits listed, a fix, a conforming check, the reader's words, a start date, a short date brought forward.
      { text: 'The updated specification sheet (moisture max 13%, foreign material max 1%) is attached.' },
      { text: 'Firmware 2.4 fixes the timestamp bug after daylight saving.' },
      { text: 'The moisture was 11.8% and we found 9 defects per 300 g, so the lot is within the contract specification.' },
      { text: 'Your email of 24 July mentions the delay penalty according to clause 9.3.' },
      { text: 'Orders received during this period will be processed from 4 January.' },
      { text: 'Go-live brought forward from 16-Nov to 18-Oct.' },
      // Round 21: a bound promised, goods held at the reader's word, a date moved earlier, a successor named, a carrier's day.
      { text: 'The goods will arrive no later than 10 June.' },
      { text: 'As you requested, we will not ship the 600 kg until you confirm the new address.' },
      { text: 'ETA: moved to 3/4 (was 3/14), ahead of plan.' },
      { text: 'The 2019 Riesling will be replaced by the 2021 vintage in the same bottle, at the same price.' },
      { text: 'Yamato will not deliver on Sunday, so the parcel comes on Monday as usual.' },
      // Round 22: a count of no faults, a fault put right by a later clause, a negative subject within limits, a measure over
      // its commitment, a bound met, the reader's own rate, a quarter brought forward across fiscal years.
      { text: '0 of the 40 pumps failed the pressure test.' },
      { text: 'v6 had some memory leaks on Windows Server 2016, and v7 fixes all of that.' },
      { text: 'Alerts are buffered (max 2 hours, 50 GB) and replayed afterwards; no events are lost within those limits.' },
      { text: 'Measured availability for June: 99.97% (commitment: 99.90%).' },
      { text: 'Haze: 4.1% (your requirement: ≤ 6%)' },
      { text: 'Your on-time payment rate for Q2: 82% (target: 95%).' },
      { text: 'GA for the Tokyo region has moved from Q2 FY27 to Q3 FY26.' },
      // Round 24 (newsen): a quote the client asked for, a term as it stands, a charge that ends (en-news-charge.ts).
      { text: 'Thank you for your request. Storage: 14 days free, then JPY 450 per pallet per day.' },
      { text: 'Return freight is at your expense, as stated in our general terms.' },
      { text: 'The fuel surcharge is no longer included in our invoices.' },
      { text: 'From next month, samples will no longer be charged.' },
      // Round 25 (notice): a date moved earlier in ordinals, the reader's own quote, a manager who replaces a part, a term as it
      // stands, a reassurance about news that does not reach the reader.
      { text: 'Final test report: moved to 14th October (earlier 21st October)' },
      { text: 'Your revised quote effective 1 April is attached for your reference.' },
      { text: 'Our sales manager replaced the broken sample yesterday.' },
      { text: 'Return shipping is always on your side, as in the contract.' },
      { text: 'Our supplier in Germany has moved its warehouse. This does not affect your orders.' },
      // Round 23 (newsen): a frequency raised, a burden counted fewer, stock counted, the reader's check asked about.
      { text: 'Preventive maintenance visits: 4 per year (until now 2 per year)' },
      { text: 'The number of defects fell from 12 to 3 per month.' },
      { text: 'We reduced the noise level from 72 dB to 65 dB.' },
      { text: 'Stock of the GX-3 detectors is currently 240 units.' },
      { text: 'Could you tell us whether the units passed your incoming inspection?' },
      // Round 34 (news34): near misses of the readers it added (spec-deviation.ts, status-cell.ts, value-pair.ts).
      // spec-deviation.ts: the measured value inside the tolerance is a result, no defect.
      { text: 'The bore diameter on all parts was Ø23.01 mm, within the drawing tolerance.' },
      // status-cell.ts: a status word in a sentence of a condition, no status cell.
      { text: 'If an item is backordered, we will let you know within a day.' },
      // value-pair.ts: two labelled lines, the new value better for the client.
      { text: 'Monthly volumes from next year:\n- Current: 28 t per month\n- From January 2027: 40 t per month' },
    ],
    invalid: [
      // Round 37 (newsen37): the rest of an order sent later, goods against their document's ± range, a thing once included now
      // billed, an allowance cut (en-news-rest.ts, spec-deviation.ts, en-news-unbundled.ts, en-news-quantity.ts).
      {
        text: 'The other 25 actuators follow in February.',
        flagged: 'The other 25 actuators follow in February.',
        outputs: [
          'I am very sorry to let you know that the other 25 actuators follow in February. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. The other 25 actuators follow in February. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'Repeatability came out at ±0.12 mm; the contract specifies ±0.05 mm.',
        flagged: 'Repeatability came out at ±0.12 mm; the contract specifies ±0.05 mm.',
        outputs: [
          'I am very sorry to let you know that repeatability came out at ±0.12 mm; the contract specifies ±0.05 mm. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Repeatability came out at ±0.12 mm; the contract specifies ±0.05 mm. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'Installation, formerly part of the price, is now billed separately.',
        flagged: 'Installation, formerly part of the price, is now billed separately.',
        outputs: [
          'I am very sorry to let you know that installation, formerly part of the price, is now billed separately. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Installation, formerly part of the price, is now billed separately. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'Your storage allowance will be cut to 200 GB per workspace at renewal.',
        flagged: 'Your storage allowance will be cut to 200 GB per workspace at renewal.',
        outputs: [
          'I am very sorry to let you know that your storage allowance will be cut to 200 GB per workspace at renewal. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Your storage allowance will be cut to 200 GB per workspace at renewal. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      // Round 36 (news36): a charge taken on the client's business that rises, part of an order against its whole, a measure
      // below its commitment or outside a one-sided tolerance, one list line (the cushion on a line of its own, not before the
      // list mark).
      {"text":"From 1 April 2027, the margin on cross-border FX conversions for your account rises from 0.8% to 1.1%.","flagged":"From 1 April 2027, the margin on cross-border FX conversions for your account rises from 0.8% to 1.1%.","outputs":["I am very sorry to let you know that from 1 April 2027, the margin on cross-border FX conversions for your account rises from 0.8% to 1.1%. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.","We sincerely apologize for the inconvenience this will cause. From 1 April 2027, the margin on cross-border FX conversions for your account rises from 0.8% to 1.1%. I would be grateful for the chance to call you this week to discuss how we can support you."]},
      {"text":"Of the six palletising cells in order NR-2291, four leave Gothenburg on 3 March.","flagged":"Of the six palletising cells in order NR-2291, four leave Gothenburg on 3 March.","outputs":["I am very sorry to let you know that of the six palletising cells in order NR-2291, four leave Gothenburg on 3 March. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.","We sincerely apologize for the inconvenience this will cause. Of the six palletising cells in order NR-2291, four leave Gothenburg on 3 March. I would be grateful for the chance to call you this week to discuss how we can support you."]},
      {"text":"Uptime for the payouts endpoint was 99.1% last month, below the 99.9% committed in our SLA.","flagged":"Uptime for the payouts endpoint was 99.1% last month, below the 99.9% committed in our SLA.","outputs":["I am very sorry to let you know that uptime for the payouts endpoint was 99.1% last month, below the 99.9% committed in our SLA. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.","We sincerely apologize for the inconvenience this will cause. Uptime for the payouts endpoint was 99.1% last month, below the 99.9% committed in our SLA. I would be grateful for the chance to call you this week to discuss how we can support you."]},
      {"text":"Lot 44 contains 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 −0.02 mm.","flagged":"Lot 44 contains 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 −0.02 mm.","outputs":["I am very sorry to let you know that Lot 44 contains 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 −0.02 mm. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.","We sincerely apologize for the inconvenience this will cause. Lot 44 contains 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 −0.02 mm. I would be grateful for the chance to call you this week to discuss how we can support you."]},
      {"text":"- Unit price for the M8 bolts: JPY 42 → JPY 47 from 1 July.","flagged":"- Unit price for the M8 bolts: JPY 42 → JPY 47 from 1 July.","outputs":["We sincerely apologize for the inconvenience this will cause.\n- Unit price for the M8 bolts: JPY 42 → JPY 47 from 1 July.\nI would be grateful for the chance to call you this week to discuss how we can support you."]},
      // Round 35 (news35): an allocation cut, production ended, a long lead time told as current, a lot described against the one before; near misses: a small task, goods handed over at a visit, a product introduced, a change for the better.
      {"text": "Your allocation for next year will be 40 cases, down from 120.", "flagged": "Your allocation for next year will be 40 cases, down from 120.", "outputs": ["I am very sorry to let you know that your allocation for next year will be 40 cases, down from 120. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. Your allocation for next year will be 40 cases, down from 120. I would be grateful for the chance to call you this week to discuss how we can support you."]},
      {"text": "The DX-400 model is not produced anymore from September last year.", "flagged": "The DX-400 model is not produced anymore from September last year.", "outputs": ["I am very sorry to let you know that the DX-400 model is not produced anymore from September last year. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. The DX-400 model is not produced anymore from September last year. I would be grateful for the chance to call you this week to discuss how we can support you."]},
      {"text": "We stopped making the 200 series in March.", "flagged": "We stopped making the 200 series in March.", "outputs": ["I am very sorry to let you know that we stopped making the 200 series in March. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. We stopped making the 200 series in March. I would be grateful for the chance to call you this week to discuss how we can support you."]},
      {"text": "The current lead time for the run capacitors is 16 weeks.", "flagged": "The current lead time for the run capacitors is 16 weeks.", "outputs": ["I am very sorry to let you know that the current lead time for the run capacitors is 16 weeks. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. The current lead time for the run capacitors is 16 weeks. I would be grateful for the chance to call you this week to discuss how we can support you."]},
      {"text": "The new batch is noticeably softer than the last one.", "flagged": "The new batch is noticeably softer than the last one.", "outputs": ["I am very sorry to let you know that the new batch is noticeably softer than the last one. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. The new batch is noticeably softer than the last one. I would be grateful for the chance to call you this week to discuss how we can support you."]},
      // Round 25 (notice): a date moved in ordinals, a revised rate card sent "for your reference", a role's holder replaced, a cost
      // now on the reader's side, and two pieces of news one remedy apart — one notice, one finding over every news sentence.
      {
        text: "Final test report: moved to 28th October (earlier 21st October)",
        flagged: "Final test report: moved to 28th October (earlier 21st October)",
        outputs: [
          "We sincerely apologize for the inconvenience this will cause. Final test report: moved to 28th October (earlier 21st October) I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      {
        text: "Revised rate card effective 1st April 2027 is attached for your reference.",
        flagged: "Revised rate card effective 1st April 2027 is attached for your reference.",
        outputs: [
          "I am very sorry to let you know that revised rate card effective 1st April 2027 is attached for your reference. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.",
          "We sincerely apologize for the inconvenience this will cause. Revised rate card effective 1st April 2027 is attached for your reference. I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      {
        text: "From April, your dedicated account manager is replaced by our shared support team.",
        flagged: "From April, your dedicated account manager is replaced by our shared support team.",
        outputs: [
          "I am very sorry to let you know that from April, your dedicated account manager is replaced by our shared support team. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.",
          "We sincerely apologize for the inconvenience this will cause. From April, your dedicated account manager is replaced by our shared support team. I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      {
        text: "Return shipping on repairs is now on your side, effective this month.",
        flagged: "Return shipping on repairs is now on your side, effective this month.",
        outputs: [
          "I am very sorry to let you know that return shipping on repairs is now on your side, effective this month. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.",
          "We sincerely apologize for the inconvenience this will cause. Return shipping on repairs is now on your side, effective this month. I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      {
        text: "Batch 2207 failed the salt spray test. Re-coating now.\nShipment moved to week 9.",
        flagged: "Batch 2207 failed the salt spray test. Re-coating now.\nShipment moved to week 9.",
        outputs: [
          "I am very sorry to let you know that Batch 2207 failed the salt spray test. Re-coating now.\nShipment moved to week 9. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.",
          "We sincerely apologize for the inconvenience this will cause. Batch 2207 failed the salt spray test. Re-coating now.\nShipment moved to week 9. I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      // Round 25 (guard ledger): a reassurance on something else does not spare news about the reader's own order.
      {
        text: 'The delivery of your order will move from 10 March to 24 March. Your other orders are not affected.',
        flagged: 'The delivery of your order will move from 10 March to 24 March.',
        outputs: [
          'I am very sorry to let you know that the delivery of your order will move from 10 March to 24 March. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you. Your other orders are not affected.',
          'We sincerely apologize for the inconvenience this will cause. The delivery of your order will move from 10 March to 24 March. I would be grateful for the chance to call you this week to discuss how we can support you. Your other orders are not affected.',
        ],
      },
      // Round 24 (newsen): a cost laid on the client by a verb of billing, a cost put on their side, the old prices ended
      // (en-news-charge.ts).
      {
        text: 'From next month, storage beyond 14 days will be billed at JPY 450 per pallet per day.',
        flagged: 'From next month, storage beyond 14 days will be billed at JPY 450 per pallet per day.',
        outputs: [
          'I am very sorry to let you know that from next month, storage beyond 14 days will be billed at JPY 450 per pallet per day. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. From next month, storage beyond 14 days will be billed at JPY 450 per pallet per day. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'From next month, delivery to your Saitama DC is on your side.',
        flagged: 'From next month, delivery to your Saitama DC is on your side.',
        outputs: [
          'I am very sorry to let you know that from next month, delivery to your Saitama DC is on your side. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. From next month, delivery to your Saitama DC is on your side. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'The FY2026 rates no longer apply.',
        flagged: 'The FY2026 rates no longer apply.',
        outputs: [
          'I am very sorry to let you know that the FY2026 rates no longer apply. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. The FY2026 rates no longer apply. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      // Round 23 (newsen): a frequency of our service cut (en-news-rates.ts), a check not passed (en-news-checks.ts), stock at zero.
      {
        text: 'Preventive maintenance visits: 2 per year (until now 4 per year)',
        flagged: 'Preventive maintenance visits: 2 per year (until now 4 per year)',
        outputs: ['We sincerely apologize for the inconvenience this will cause. Preventive maintenance visits: 2 per year (until now 4 per year) I would be grateful for the chance to call you this week to discuss how we can support you.'],
      },
      {
        text: 'The machine did not pass our final inspection on 5 November.',
        flagged: 'The machine did not pass our final inspection on 5 November.',
        outputs: [
          'I am very sorry to let you know that the machine did not pass our final inspection on 5 November. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. The machine did not pass our final inspection on 5 November. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'Stock of GX-3 portable detectors is currently zero.',
        flagged: 'Stock of GX-3 portable detectors is currently zero.',
        outputs: [
          'I am very sorry to let you know that stock of GX-3 portable detectors is currently zero. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Stock of GX-3 portable detectors is currently zero. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        // Round 22 (r22-menden): a price announced as revised from a date, no figure; the people on the account cut.
        text: 'Please note revised rate card effective 1st April 2027.',
        flagged: "Please note revised rate card effective 1st April 2027.",
        outputs: ["We sincerely apologize for the inconvenience this will cause. Please note revised rate card effective 1st April 2027. I would be grateful for the chance to call you this week to discuss how we can support you."],
      },
      {
        text: 'Team size also reducing from 9 to 7 from November.',
        flagged: "Team size also reducing from 9 to 7 from November.",
        outputs: ["I am very sorry to let you know that team size also reducing from 9 to 7 from November. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. Team size also reducing from 9 to 7 from November. I would be grateful for the chance to call you this week to discuss how we can support you."],
      },
      // Round 22: a part of a whole with a fault (WordNet's FAULT nouns), a measure short of its commitment, nothing left
      // (en-news-part.ts).
      {
        text: '12 of the 60 HS-3 probes have battery failure (cell voltage under 3.1 V).',
        flagged: '12 of the 60 HS-3 probes have battery failure (cell voltage under 3.1 V).',
        outputs: [
          'I am very sorry to let you know that 12 of the 60 HS-3 probes have battery failure (cell voltage under 3.1 V). My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. 12 of the 60 HS-3 probes have battery failure (cell voltage under 3.1 V). I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'Measured availability for June: 99.62% (commitment: 99.90%).',
        flagged: 'Measured availability for June: 99.62% (commitment: 99.90%).',
        outputs: [
          'We sincerely apologize for the inconvenience this will cause. Measured availability for June: 99.62% (commitment: 99.90%). I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'Stock as of Dec 1: live lobster 1.25–1.5 lb — 0 available for Dec 20–28 flights.',
        flagged: 'Stock as of Dec 1: live lobster 1.25–1.5 lb — 0 available for Dec 20–28 flights.',
        outputs: [
          'We sincerely apologize for the inconvenience this will cause. Stock as of Dec 1: live lobster 1.25–1.5 lb — 0 available for Dec 20–28 flights. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      // Round 21: goods held back from a time, a status line moving a date, a product with no successor (en-news-held.ts).
      {
        text: 'The 400 cartons of oolong will not make the May vessel.',
        flagged: 'The 400 cartons of oolong will not make the May vessel.',
        outputs: [
          'I am very sorry to let you know that the 400 cartons of oolong will not make the May vessel. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. The 400 cartons of oolong will not make the May vessel. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'Balance 18,000 pcs: now mid-August.',
        flagged: 'Balance 18,000 pcs: now mid-August.',
        outputs: [
          'We sincerely apologize for the inconvenience this will cause. Balance 18,000 pcs: now mid-August. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: "The 2019 Riesling is finished and won't be replaced.",
        flagged: "The 2019 Riesling is finished and won't be replaced.",
        outputs: [
          "I am very sorry to let you know that the 2019 Riesling is finished and won't be replaced. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.",
          "We sincerely apologize for the inconvenience this will cause. The 2019 Riesling is finished and won't be replaced. I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      // Round 20: a short date revised, the account served from another office, a result under the spec's figure, an
      // order set to nothing, rates revised upwards.
      {
        text: "Go-live revised from 18-Oct to 16-Nov.",
        flagged: "Go-live revised from 18-Oct to 16-Nov.",
        outputs: [
          "I am very sorry to let you know that go-live revised from 18-Oct to 16-Nov. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.",
          "We sincerely apologize for the inconvenience this will cause. Go-live revised from 18-Oct to 16-Nov. I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      {
        text: "From 1 October, your account will be handled from our Singapore office.",
        flagged: "From 1 October, your account will be handled from our Singapore office.",
        outputs: [
          "I am very sorry to let you know that from 1 October, your account will be handled from our Singapore office. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.",
          "We sincerely apologize for the inconvenience this will cause. From 1 October, your account will be handled from our Singapore office. I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      {
        text: "Seal strength came out at 28 N/15mm against the 35 N/15mm in your spec, on 9 of 20 samples.",
        flagged: "Seal strength came out at 28 N/15mm against the 35 N/15mm in your spec, on 9 of 20 samples.",
        outputs: [
          "I am very sorry to let you know that seal strength came out at 28 N/15mm against the 35 N/15mm in your spec, on 9 of 20 samples. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.",
          "We sincerely apologize for the inconvenience this will cause. Seal strength came out at 28 N/15mm against the 35 N/15mm in your spec, on 9 of 20 samples. I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      {
        text: "Your quarterly standing order has been adjusted to zero cases for Q3.",
        flagged: "Your quarterly standing order has been adjusted to zero cases for Q3.",
        outputs: [
          "I am very sorry to let you know that your quarterly standing order has been adjusted to zero cases for Q3. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.",
          "We sincerely apologize for the inconvenience this will cause. Your quarterly standing order has been adjusted to zero cases for Q3. I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      {
        text: "AMS rates will be revised upwards by 9% from 1 April.",
        flagged: "AMS rates will be revised upwards by 9% from 1 April.",
        outputs: [
          "I am very sorry to let you know that AMS rates will be revised upwards by 9% from 1 April. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.",
          "We sincerely apologize for the inconvenience this will cause. AMS rates will be revised upwards by 9% from 1 April. I would be grateful for the chance to call you this week to discuss how we can support you.",
        ],
      },
      // Round 19: a new contact, a counted remainder withheld, a lead time from now, goods under a recall (en-news-supply.ts).
      {
        text: 'Jess Tran will be your account manager from 1 March.',
        flagged: 'Jess Tran will be your account manager from 1 March.',
        outputs: [
          'I am very sorry to let you know that Jess Tran will be your account manager from 1 March. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Jess Tran will be your account manager from 1 March. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'The remaining 900 kg will not be available this season.',
        flagged: 'The remaining 900 kg will not be available this season.',
        outputs: [
          'I am very sorry to let you know that the remaining 900 kg will not be available this season. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. The remaining 900 kg will not be available this season. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'With immediate effect, lead times for the X-20 pumps are 20 weeks.',
        flagged: 'With immediate effect, lead times for the X-20 pumps are 20 weeks.',
        outputs: [
          'I am very sorry to let you know that with immediate effect, lead times for the X-20 pumps are 20 weeks. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. With immediate effect, lead times for the X-20 pumps are 20 weeks. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'Lots 4471–4475 are subject to a voluntary recall.',
        flagged: 'Lots 4471–4475 are subject to a voluntary recall.',
        outputs: [
          'I am very sorry to let you know that Lots 4471–4475 are subject to a voluntary recall. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Lots 4471–4475 are subject to a voluntary recall. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        // Round 19: an event noun from WordNet (a fair) that will not take place.
        text: 'The Osaka Industrial Fair on 12 March will not go ahead.',
        flagged: 'The Osaka Industrial Fair on 12 March will not go ahead.',
        outputs: [
          'I am very sorry to let you know that the Osaka Industrial Fair on 12 March will not go ahead. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. The Osaka Industrial Fair on 12 March will not go ahead. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        // Round 19: an event called off by a WordNet verb of cancelling, in the passive.
        text: 'The showcase has been scrapped.',
        flagged: 'The showcase has been scrapped.',
        outputs: [
          'I am very sorry to let you know that the showcase has been scrapped. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. The showcase has been scrapped. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        // Round 19: a thing of ours that ends by itself from a date (WordNet verbs of ending).
        text: 'The loyalty scheme lapses on 31 March.',
        flagged: 'The loyalty scheme lapses on 31 March.',
        outputs: [
          'I am very sorry to let you know that the loyalty scheme lapses on 31 March. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. The loyalty scheme lapses on 31 March. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        // Round 18b: what was free made paid from a date.
        text: 'Remote support will become chargeable from April.',
        flagged: 'Remote support will become chargeable from April.',
        outputs: [
          'I am very sorry to let you know that remote support will become chargeable from April. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Remote support will become chargeable from April. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        // Round 18: an event of ours that will not take place, told by a negated predicate.
        text: 'The on-site demo planned for 14 July will not take place.',
        flagged: 'The on-site demo planned for 14 July will not take place.',
        outputs: [
          'I am very sorry to let you know that the on-site demo planned for 14 July will not take place. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. The on-site demo planned for 14 July will not take place. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: 'Lead time for the valves is extended to 16 weeks.',
        flagged: 'Lead time for the valves is extended to 16 weeks.',
        outputs: [
          'I am very sorry to let you know that lead time for the valves is extended to 16 weeks. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Lead time for the valves is extended to 16 weeks. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      {
        text: "Dear Mr. Sakai,\n\nFrom June 1 the unit price of the HX valve will be ¥4,300 (currently ¥3,900).\n\nBest regards,\nAnna",
        flagged: "From June 1 the unit price of the HX valve will be ¥4,300 (currently ¥3,900).",
        outputs: ["Dear Mr. Sakai,\n\nI am very sorry to let you know that from June 1 the unit price of the HX valve will be ¥4,300 (currently ¥3,900). My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.\n\nBest regards,\nAnna", "Dear Mr. Sakai,\n\nWe sincerely apologize for the inconvenience this will cause. From June 1 the unit price of the HX valve will be ¥4,300 (currently ¥3,900). I would be grateful for the chance to call you this week to discuss how we can support you.\n\nBest regards,\nAnna"],
      },
      {
        text: "Only 300 of the 800 cartons will leave Rotterdam this week.",
        flagged: "Only 300 of the 800 cartons will leave Rotterdam this week.",
        outputs: ["I am very sorry to let you know that only 300 of the 800 cartons will leave Rotterdam this week. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. Only 300 of the 800 cartons will leave Rotterdam this week. I would be grateful for the chance to call you this week to discuss how we can support you."],
      },
      {
        text: "The installation at your Toyota plant has slipped from March 9 to April 20.",
        flagged: "The installation at your Toyota plant has slipped from March 9 to April 20.",
        outputs: ["I am very sorry to let you know that the installation at your Toyota plant has slipped from March 9 to April 20. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. The installation at your Toyota plant has slipped from March 9 to April 20. I would be grateful for the chance to call you this week to discuss how we can support you."],
      },
      {
        text: "We will shut down our Nagoya service center on August 31.",
        flagged: "We will shut down our Nagoya service center on August 31.",
        outputs: ["I am very sorry to let you know that we will shut down our Nagoya service center on August 31. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. We will shut down our Nagoya service center on August 31. I would be grateful for the chance to call you this week to discuss how we can support you."],
      },
      {
        text: "Batch 12 failed the final inspection and will be remade.",
        flagged: "Batch 12 failed the final inspection and will be remade.",
        outputs: ["I am very sorry to let you know that Batch 12 failed the final inspection and will be remade. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. Batch 12 failed the final inspection and will be remade. I would be grateful for the chance to call you this week to discuss how we can support you."],
      },
      {
        text: "We are out of stock on the 5 mm gaskets until March.",
        flagged: "We are out of stock on the 5 mm gaskets until March.",
        outputs: ["I am very sorry to let you know that we are out of stock on the 5 mm gaskets until March. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.", "We sincerely apologize for the inconvenience this will cause. We are out of stock on the 5 mm gaskets until March. I would be grateful for the chance to call you this week to discuss how we can support you."],
      },
      {
        text: 'Dear Mr. Ozaki,\n\nModel TX-40 will be discontinued at the end of September.\nThe final order date is August 15.',
        flagged: 'Model TX-40 will be discontinued at the end of September.',
        outputs: [
          'Dear Mr. Ozaki,\n\nI am very sorry to let you know that Model TX-40 will be discontinued at the end of September. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.\nThe final order date is August 15.',
          'Dear Mr. Ozaki,\n\nWe sincerely apologize for the inconvenience this will cause. Model TX-40 will be discontinued at the end of September. I would be grateful for the chance to call you this week to discuss how we can support you.\nThe final order date is August 15.',
        ],
      },
      {
        text: 'From next month, Ms. Linda Park will be your new contact.\nPlease send all inquiries to her.',
        flagged: 'From next month, Ms. Linda Park will be your new contact.',
        outputs: [
          'I am very sorry to let you know that from next month, Ms. Linda Park will be your new contact. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.\nPlease send all inquiries to her.',
          'We sincerely apologize for the inconvenience this will cause. From next month, Ms. Linda Park will be your new contact. I would be grateful for the chance to call you this week to discuss how we can support you.\nPlease send all inquiries to her.',
        ],
      },
      {
        text: 'Our prices will increase by 8% from April 1.',
        flagged: 'Our prices will increase by 8% from April 1.',
        outputs: [
          'I am very sorry to let you know that our prices will increase by 8% from April 1. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Our prices will increase by 8% from April 1. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      // Round 34 (news34), spec-deviation.ts: a measured value outside the drawing tolerance.
      {
        text: 'Our inspection of lot 2207 found 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 +0.02/-0.00.',
        flagged: 'Our inspection of lot 2207 found 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 +0.02/-0.00.',
        outputs: [
          'I am very sorry to let you know that our inspection of lot 2207 found 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 +0.02/-0.00. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Our inspection of lot 2207 found 340 parts with an undersized bore: Ø22.94 mm against the drawing tolerance of Ø23.00 +0.02/-0.00. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
      // Round 34 (news34), status-cell.ts: a status cell of the client's item (backordered) in a list.
      {
        // Round 36 (news36): the apology and the offer on lines of their own around the list line (they stood before its list mark).
        text: 'Status of your open items:\n- PX-4: in stock\n- PX-5: backordered',
        flagged: '- PX-5: backordered',
        outputs: [
          'Status of your open items:\n- PX-4: in stock\nWe sincerely apologize for the inconvenience this will cause.\n- PX-5: backordered\nI would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
    ],
  },
  document(ctx) {
    // A document judgement over per-sentence facts: every sentence of ours that announces bad news, unless
    // some sentence of the mail (English or Japanese) apologises, gives a reason or offers to meet. Only
    // sentences whose words could be news or a mitigation are parsed: this runs on every keystroke, so each
    // test of a sentence's words is a fact cached by its text.
    const news: NewsEntry[] = [];
    const scan = scanOf(ctx);
    const tables = tableNewsOf(ctx, scan);
    // A table's later rows are read with its first whatever their own words (tableNewsOf).
    // Round 40 (issue 14): the sentences whose parse tells news, kept by position (NEWS_EN): the walk below judges no other
    // sentence, and reading the parse of every scanned one per keystroke grew with the mail.
    const told = ctx.facts.ofSentences(NEWS_EN, ctx.field, ctx.sentences, (kind) => kind !== null).kept;
    const visit = tables.size === 0 ? told : [...new Set([...told, ...tables.keys()])].sort((a, b) => a - b);
    for (const at of visit) {
      const s = ctx.sentences[at]!;
      // A table's rows, header to the last row that changes against the client: one notice (round 15, N1).
      const row = tables.get(at);
      if (row) {
        news.push({ s, at, kind: row, follow: false });
        continue;
      }
      if (!(scan.values[at]! & NEWS)) continue;
      const kind = ctx.facts.of(englishFacts, s).news;
      if (!kind) continue;
      const drop = (guard: string) => ctx.suppressed(guard, s.start, s.end);
      // "Old price: USD 4.90 / pc" over "New price: USD 4.20 / pc": a new value under its old one is judged by the pair
      // (pairedNews), and one that is better for the client is no news.
      if (pairAbove(ctx, at) === null) {
        drop('pair-better-for-client');
        continue;
      }
      // "We cannot increase your allocation. The 2024 vintage is sold out.": a stock-out right after our
      // refusal is the refusal's reason (the refusal rules judge it), not a notice of its own.
      const previous = ctx.sentences[at - 1];
      // Round 22: not when it opens the next item of a list ("2) … not something we do. 3) Order status: 12 of 30 cases shipped").
      // Round 35: not when it opens a point of its own ("Also, your allocation … will be 40 cases, down from 120").
      if (kind === 'shortage' && previous?.lang === 'en' && ctx.facts.of(englishFacts, previous).refusal !== undefined && !opensListItem(ctx, s) &&
        !TOPIC_SHIFT.test(s.text)) {
        drop('shortage-after-refusal');
        continue;
      }
      // "About the free replacement: not possible. Surface scratches are not covered by warranty.": a refusal
      // right after a refusal gives its reason; the two are one answer to their request, not a notice.
      if (ctx.facts.of(englishFacts, s).refusal !== undefined && previous?.lang === 'en' && ctx.facts.of(englishFacts, previous).refusal !== undefined) {
        drop('refusal-after-refusal');
        continue;
      }
      // Round 20: "Your request to move from 60 to 90 days has been rejected.", "The scratches are within our tolerance,
      // so we don't accept returns on these.": a no to what the reader asked for or wants is a refusal
      // (en.blunt-refusal.flat-no), whatever news words it holds; a change we announce of our own accord stays here.
      // Round 21: the sentence's act, decided once for the notice and the refusal rules (en-sentence-act.ts).
      if (sentenceAct(ctx.facts.of(englishFacts, s), previous?.lang === 'en' ? ctx.facts.of(englishFacts, previous) : undefined) === 'refusal') {
        drop('act-is-refusal');
        continue;
      }
      // "Thank you for asking about the surcharge. The surcharge still applies.": the status quo kept against
      // their ask is a refusal (en.blunt-refusal.status-quo), not a notice.
      if (keptAgainstAsk(ctx, at)) {
        drop('kept-against-ask');
        continue;
      }
      // Round 22: a verdict of ours answering an ask the thread implies ("Extended support … is not part of our lifecycle
      // policy" in a reply) turns their ask down (en.blunt-refusal.reply-verdict), it breaks no news.
      if (verdictInReply(ctx, at) !== undefined) {
        drop('answers-thread');
        continue;
      }
      // "We will move the shipping date from April 9 to April 16, as requested. The new ETA at the Port of Tokyo is
      // April 21.": the new date that follows from a move the reader asked for is no news of ours.
      if (kind === 'delay' && previous && (scan.values[at - 1]! & NEWS)) {
        const asked = ctx.facts.of(englishFacts, previous);
        if ((asked.cues.agreed || asked.cues.reported) && !asked.news) {
          drop('move-they-asked');
          continue;
        }
      }
      // Round 43: "Thank you for your request to lower the MOQ. From April, the MOQ will be 300 units.": the new term right
      // after the reader's own ask to change it is that ask answered, no term of ours imposed.
      if (kind === 'terms-change' && previous?.lang === 'en' && ctx.facts.of(englishFacts, previous).changeAsked && !ctx.facts.of(englishFacts, previous).news) {
        drop('term-they-asked');
        continue;
      }
      // Round 37 (newsen37): "Thank you for accepting the split shipment. We have booked 2 x 40HC …, and the remaining 1 x 40HC on
      // May 5 vessel.": the split the reader accepted, carried out, is no shortage we break to them.
      if (kind === 'shortage' && previous?.lang === 'en' && splitAccepted(previous.text) && !ctx.facts.of(englishFacts, previous).news) {
        drop('split-they-accepted');
        continue;
      }
      // Round 39: "… the price of our hyacinth bulbs goes down to EUR 0.42 from this season. The new price list is attached.": a
      // price list with no figure of its own, sent right after a price that falls, carries that good news, not a rise.
      if (kind === 'price-increase' && !/\d/.test(s.text) && [at - 1, at - 2].some((b) => {
        const p = ctx.sentences[b];
        if (p?.lang !== 'en') return false;
        const pf = ctx.facts.of(englishFacts, p);
        return pf.cues.fall !== undefined && pf.cues.price !== undefined && pf.news === undefined;
      })) {
        drop('price-list-after-fall');
        continue;
      }
      // "Thank you for asking us to keep the 2026 price. We cannot keep the current price.": the price given up in
      // answer to their ask is a refusal (en.blunt-refusal.flat-no), not a notice.
      const facts = ctx.facts.of(englishFacts, s);
      if (previous?.lang === 'en' && priceGivenUp(facts) && holdAsked(facts, ctx.facts.of(englishFacts, previous))) {
        drop('hold-asked');
        continue;
      }
      // "We are closing our Osaka office on 30 September. … The new contact details are below.": a sentence pointing
      // to details further on follows a notice told before it; it is no separate notice (round 14, H2). It joins a
      // notice it stands inside ("… will increase by 12%. The new price list is attached. Orders … new prices.").
      // Round 20: "This applies to L1, L2 and L3 support as well as the on-call charges": the scope of the notice before it.
      // Round 21: "… is finished and won't be replaced. Please remove it from the catalogue.": a request to the reader after a
      // notice asks them to act on it; the underline belongs to the news, not to the request (a notice framed as "Please note
      // that …" is news itself).
      const request = news.length > 0 && facts.imperative && REQUEST.test(s.text) && !NOTICE_IMPERATIVE.test(s.text);
      news.push({ s, at, kind, follow: (news.length > 0 && pointsOnward(facts)) || extendsNotice(facts) || request });
    }
    pairedNews(ctx, news);
    bridgeHeadings(ctx, news);
    if (news.length === 0) return;
    const newsAt = new Set(news.map((n) => n.at));
    // Guard ledger (Engine trace): with a mitigation in the mail, the notices are still read and recorded as stopped.
    let mitigated: string | undefined;
    for (const at of scan.kept) {
      if (!(scan.values[at]! & MITIGATE)) continue;
      const s = ctx.sentences[at]!;
      if (s.lang !== 'en') {
        if (!tracing(ctx)) return;
        mitigated = 'japanese-mitigation-in-mail';
        break;
      }
      const facts = ctx.facts.of(englishFacts, s);
      if (!facts.considerate) continue;
      // "1. Would Wednesday suit for a video call on the year-end review? 2. From 1 January, the fuel surcharge will
      // go up from 9% to 14%.": a call proposed about something else, before the news and apart from it, offers
      // no explanation of the news. A call offered after the news, beside it, or naming it ("to explain the new
      // rates") does.
      if (onlyOffersToMeet(facts) && !newsAt.has(at) && !offerConcernsNews(ctx, at, news.map((n) => n.at))) continue;
      // "Not possible this week, sorry. … Also, the indigo linen is discontinued": the apology of a refusal
      // softens that refusal; it speaks for a notice only right next to it.
      if (facts.refusal !== undefined && !facts.news) {
        if (!newsAt.has(at - 1) && !newsAt.has(at + 1)) continue;
        // "We will not refund the setup fee, as onboarding was completed. Separately, the support line closes on
        // 31 January.": after a change of topic, a refusal's reason explains the refusal; only its apology or offer
        // to meet reaches the notice.
        const after = ctx.sentences[at + 1];
        // Round 22: so does a notice on the next item of a list ("2) … we won't comment on off-label use. 3) Order status:
        // 12 of 30 cases shipped, balance TBD").
        if (facts.cues.apology === undefined && facts.cues.meet === undefined && newsAt.has(at + 1) && after &&
          (TOPIC_SHIFT.test(ctx.text.slice(after.start, after.end)) || opensListItem(ctx, after))) continue;
      }
      if (!tracing(ctx)) return;
      mitigated = facts.cues.apology !== undefined ? 'apology-in-mail' : facts.cues.meet !== undefined ? 'offer-to-meet-in-mail' : 'reason-in-mail';
      break;
    }
    // One notice, one finding: news sentences that follow each other ("X reaches end of life on March 31. No
    // patches after that date.") are one announcement, owed one apology and one offer, and the fix rewrites
    // them together; a notice resumed after other content is a finding of its own.
    // Round 25: "Batch 2207 failed salt spray test. Re-coating now.\nShipment moved to week 9.": one sentence between two
    // pieces of news in the same paragraph (a remedy, a detail) leaves them one notice — one card, every news sentence under it.
    const bridges = (a: number, b: number) => {
      if (b !== a + 2) return false;
      const mid = ctx.sentences[a + 1]!;
      if (mid.lang !== 'en' || /\n[ \t]*\n/.test(ctx.text.slice(ctx.sentences[a]!.end, ctx.sentences[b]!.start))) return false;
      const f = ctx.facts.of(englishFacts, mid);
      // Thanks for something else ("Thank you for the drawings you sent on Monday.") is other business: two notices.
      return !f.question && f.refusal === undefined && !f.acts.includes('request') && !f.acts.includes('thanks') && !f.considerate;
    };
    for (const whole of runsOf(news, bridges)) {
      // A follow-on at either end of a run is no part of the notice; a run of follow-ons alone is none.
      const run = whole.slice(whole.findIndex((n) => !n.follow), whole.findLastIndex((n) => !n.follow) + 1);
      if (run.length === 0) continue;
      const first = run[0]!;
      const last = run[run.length - 1]!;
      // "Our supplier in Germany has moved its warehouse. This does not affect your orders.": news of a third
      // party (or ours) said straight after to leave the reader untouched is no notice owed to them.
      const next = ctx.sentences[last.at + 1];
      // Round 25 (notice, guard ledger): not when the news is about the reader's own goods or order ("… on your November
      // order: Lot 2217 … placed on hold. The new ETA for your 600 units is November 30. Rest assured, this has no impact on
      // the quality of product already in your hospitals"): a reassurance then spares something beside the news, which still
      // reaches them.
      if (next?.lang === 'en' && ctx.facts.of(MAY_SPARE, next) && spared(ctx.facts.of(englishFacts, next)) &&
        !run.some((n) => ctx.facts.of(NAMES_READER, n.s))) {
        ctx.suppressed('reader-spared', first.s.start, last.s.end);
        continue;
      }
      const name = kindName(first.kind);
      // "Lead times for the following parts will change:", "Prices from 1 July:": the heading line right above a list
      // or table of news announces it, and belongs to the notice (round 15, N2).
      const heading = ctx.sentences[first.at - 1];
      const start = heading && heading.lang === 'en' && !newsAt.has(first.at - 1) && /:\s*$/.test(heading.text) && first.s.line - heading.line <= 2 &&
        !ctx.facts.of(TABLE_ROW, heading) ? heading.start : first.s.start;
      if (mitigated) {
        ctx.suppressed(mitigated, start, last.s.end);
        continue;
      }
      ctx.report({
        start,
        end: last.s.end,
        message: `${name.en} is announced with no apology, no reason and no offer to meet. Apologise, and offer to visit or call — with a senior manager if you can.`,
        messageJa: `${name.ja}をお詫びも理由も説明の申し出もなく伝えています。お詫びを述べ、（できれば上司と）訪問または電話で説明すると申し出ましょう。`,
        suggestions: considerateNotice(ctx.text.slice(start, last.s.end)),
      });
    }
  },
});

/** The sentence names something of the reader's ("your order", "your 600 units", "your account manager"). */
/** A sentence that opens an item of a list: "3) Order status: …", "- Balance: …" at the head of its line. */
function opensListItem(ctx: Pick<RuleContext, 'text'>, x: Sentence): boolean {
  if (LIST_ITEM.test(x.text)) return true;
  const line = ctx.text.lastIndexOf('\n', x.start - 1) + 1;
  return LINE_HEAD.test(ctx.text.slice(line, x.start)) && LIST_ITEM.test(ctx.text.slice(line, x.end));
}

/** A request by its polite head ("Please remove it …", "Kindly update …"): the tagger reads "Go-live revised …" as an imperative too. */
const REQUEST = /^[\s\-*•]*(?:please|kindly)\b/i;
/** An imperative that frames a notice rather than asks the reader to act: "Please note that …", "Kindly be advised …". */
const NOTICE_IMPERATIVE = /^[\s\-*•]*(?:(?:please|kindly)\s+)?(?:note|notice|be\s+(?:advised|informed|aware|notified)|take\s+note|bear\s+in\s+mind)\b/i;

/** Words by which a call names what it is for when that is the news: "to explain the new rates", "the change". */
const NAMES_THE_NEWS = /\b(?:explain\w*|background|reasons?|changes?|increases?|revisions?|adjustments?|news|updates?|situation|impact|prices?|pricing|rates?|fees?|surcharges?|tariffs?|costs?|delays?|shortages?|discontinu\w*)\b|[$€£¥￥%]/i;
/** An offer that points back to what was said ("to talk it through", "to discuss this"): it may be about the news. */
const POINTS_BACK = /\b(?:it|this|these|them|those)\b/i;
/** A call's purpose that points back to what was said: "to talk it through", "to go over it", "to walk you through it". */
const PURPOSE_POINTS_BACK = /\bto\s[a-z]+\s(?:you\s|us\s)?(?:(?:over|through)\s)?(?:it|this|th[eo]se|them)\b/i;
/** An offer that adds a topic of its own: "I would also like to visit you to introduce our new manager". */
const ANOTHER_TOPIC = /\b(?:also|as well|in addition)\b/i;
/** A line that opens a new item of a list: "2. …", "- …", "• …", "b) …". */
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-*•・])[ \t]/i;
/** What may stand before the first sentence of a line: indentation, or a list marker. */
const LINE_HEAD = /^[ \t]*(?:(?:\d{1,2}[.)]|[a-z][.)]|[-*•・])[ \t]*)?$/i;

/**
 * Whether an offer to meet at sentence `at` is about the news: it names the news itself, or it comes after a
 * news sentence (the offer to explain follows the notice) with no new item or topic opened on the way, or it
 * stands before one in the same paragraph and item.
 */
function offerConcernsNews(ctx: Pick<RuleContext, 'sentences' | 'text'>, at: number, newsAt: number[]): boolean {
  const offer = ctx.sentences[at]!;
  if (NAMES_THE_NEWS.test(offer.text)) return true;
  // Round 37 (fp37): "I'm also happy to call you to talk it through": a call whose purpose points back ("it", "this") is
  // about what was said, whatever "also" adds it to (booking the courier); one naming a topic of its own is not.
  if (ANOTHER_TOPIC.test(offer.text) && !PURPOSE_POINTS_BACK.test(offer.text)) return false;
  // A sentence that opens a list item ("2. …") or a new topic ("Separately, …").
  const opensTopic = (x: Sentence) => {
    if (TOPIC_SHIFT.test(x.text) || LIST_ITEM.test(x.text)) return true;
    const line = ctx.text.lastIndexOf('\n', x.start - 1) + 1;
    return LINE_HEAD.test(ctx.text.slice(line, x.start)) && LIST_ITEM.test(ctx.text.slice(line, x.end));
  };
  return newsAt.some((n) => {
    // After the news: the offer itself opens no new item or topic, and no "Separately, …" comes between (the other
    // items of a list the news stands in are its siblings, not new topics).
    if (n < at) {
      if (opensTopic(offer) || ctx.sentences.slice(n + 1, at).some((x) => TOPIC_SHIFT.test(x.text))) return false;
      // Round 18: in the news's paragraph, or in a later one with nothing but more of the news between ("… go up 12%.
      // \n\nWe are sorry. Could we call you?"). A call offered paragraphs later, after other business, is about that
      // business ("Also FYI, prices go up 12%. … Let's meet at the expo to go over your pilot").
      const news = ctx.sentences[n]!;
      if (!/\n[ \t]*\n/.test(ctx.text.slice(news.end, offer.start)) || POINTS_BACK.test(offer.text)) return true;
      return ctx.sentences.slice(n + 1, at).every((_, k) => newsAt.includes(n + 1 + k));
    }
    const news = ctx.sentences[n]!;
    return !/\n[ \t]*\n/.test(ctx.text.slice(offer.end, news.start)) && !ctx.sentences.slice(at + 1, n + 1).some(opensTopic);
  });
}

const TABLE_ROW = textFact('en.bad-news.blunt-notice/table-row', tableCells);
/**
 * The sentences of tables that change against the client, by position, with the kind of news: each table is the run of
 * row sentences on consecutive lines; its rows are read together with the line above it (en-news-table.ts). Every
 * row's cells are a fact cached by its text, so a keystroke elsewhere reads no table again.
 */
function tableNewsOf(ctx: Pick<RuleContext, 'sentences' | 'facts' | 'text'>, scan: Scan): Map<number, NewsKind> {
  const out = new Map<number, NewsKind>();
  const { sentences } = ctx;
  let done = -1;
  for (const at of scan.kept) {
    if (at <= done || !(scan.values[at]! & TABLE)) continue;
    const first = sentences[at]!;
    // Round 24: "Part no.          | Ordered | Available": the segmenter ends a sentence at "no.", so the header line is two
    // sentences; its cells are read from the whole line, and the heading is the line above it.
    const cut = at > 0 && sentences[at - 1]!.line === first.line ? 1 : 0;
    const cells = cut ? tableCells(ctx.text.slice(sentences[at - 1]!.start, first.end)) : ctx.facts.of(TABLE_ROW, first);
    if (!cells || isSeparatorRow(cells)) continue;
    const rows = [cells];
    let end = at;
    while (end + 1 < sentences.length && sentences[end + 1]!.line === sentences[end]!.line + 1) {
      const next = ctx.facts.of(TABLE_ROW, sentences[end + 1]!);
      if (!next) break;
      rows.push(next);
      end++;
    }
    const heading = sentences[at - 1 - cut];
    const found = tableNews(rows, heading && heading.lang !== 'ja' ? heading.text : '');
    if (found) {
      const last = Math.max(...found.worse);
      for (let k = at; k <= at + last; k++) out.set(k, found.kind);
    }
    done = end;
  }
  return out;
}

const LABELLED = textFact('en.bad-news.blunt-notice/labelled-quantity', labelledQuantity);
const MEASURED = textFact('en.bad-news.blunt-notice/measured', measuredOrLimit);
type NewsEntry = { s: Sentence; at: number; kind: NewsKind; follow: boolean };

/**
 * Round 16 (B1/B2): news that two neighbouring sentences tell together — "Ordered: 120,000 pcs" over "Confirmed:
 * 45,000 pcs", a result ("… was 180 CFU/ml.") before the limit it breaks ("The limit … is 100 CFU/ml."). Both
 * sentences join the notice; each side is a fact of its own text (en-news-lines.ts), so an edit elsewhere reads none again.
 */
function pairedNews(ctx: Pick<RuleContext, 'sentences' | 'facts' | 'field'>, news: NewsEntry[]): void {
  const { sentences } = ctx;
  const has = new Set(news.map((n) => n.at));
  const add = (at: number, kind: NewsKind) => {
    if (has.has(at)) return;
    has.add(at);
    news.push({ s: sentences[at]!, at, kind, follow: false });
  };
  const before = news.length;
  // Round 40 (issue 14): only the sentences that can be one side of a pair (PAIRABLE), kept by position: the walk read
  // four facts of every sentence with a digit on every keystroke.
  for (const at of ctx.facts.ofSentences(PAIRABLE, ctx.field, sentences, Boolean).kept) {
    const s = sentences[at]!;
    // Round 32 (news32): "ETD: 18 November (confirmed date was 4 November)": a value with the one it replaces in brackets
    // beside it (value-pair.ts valueBesideOld, which the Japanese notice reads the same way).
    const beside = ctx.facts.of(BESIDE_OLD, s);
    if (beside && !ctx.facts.of(englishFacts, s).question) {
      add(at, PAIR_KIND[beside.kind]);
      continue;
    }
    if (at === 0) continue;
    // "Original ETD: 1 June" over "New ETD: 28 June" (round 17): both lines are the notice.
    const pair = pairAbove(ctx, at);
    if (pair) {
      add(at - 1, PAIR_KIND[pair]);
      add(at, PAIR_KIND[pair]);
      continue;
    }
    const part = ctx.facts.of(LABELLED, s);
    if (part?.role === 'part') {
      // The ordered line just above, or one line further up ("Ordered: …", "Product: …", "Confirmed: …").
      for (const back of [at - 1, at - 2]) {
        const prev = sentences[back];
        if (!prev || prev.lang !== 'en' || s.line - prev.line > 2) break;
        const whole = ctx.facts.of(LABELLED, prev);
        if (whole && lessThanWhole(whole, part)) {
          add(back, 'shortage');
          add(at, 'shortage');
          break;
        }
      }
      continue;
    }
    // Round 45 (en-news-told-pair.ts): "ETA was 12 May." over "Now it is 26 May."; "Your PO was for 20 tonnes." over "We can
    // load 14 tonnes on the June vessel.": the value before and the value now, each a sentence of its own.
    const told = ctx.facts.of(TOLD, s);
    if (told && (told.role === 'new' || told.role === 'part')) {
      const prior = sentences[at - 1]!;
      const before = prior.lang === 'en' && s.line - prior.line <= 1 ? ctx.facts.of(TOLD, prior) : null;
      const kind = before ? toldPairNews(before, told) : undefined;
      if (kind) {
        add(at - 1, kind);
        add(at, kind);
      }
      continue;
    }
    const limit = ctx.facts.of(MEASURED, s);
    const prev = sentences[at - 1]!;
    if (limit?.kind !== 'limit' || prev.lang !== 'en') continue;
    const result = ctx.facts.of(MEASURED, prev);
    // Round 37 (fp37, review: he-029): "Our last 20 lots ranged from 0.097 mm to 0.104 mm, all within tolerance": the
    // writer says the values pass — a tolerance beside the nominal value ("0.10 mm ± 0.01 mm") is no limit exceeded.
    if (saidWithinLimits(s.text) || saidWithinLimits(prev.text)) continue;
    if (result && beyondNextLimit(result, limit)) {
      add(at - 1, 'quality');
      add(at, 'quality');
    }
  }
  if (news.length > before) news.sort((a, b) => a.at - b.at);
}

/** The values said to pass: "all within tolerance", "within spec", "within our limits". */
const WITHIN_LIMITS = /\bwithin\s(?:(?:the|our|all)\s)?(?:tolerances?|spec(?:ification)?s?|limits?)\b/i;
/** WITHIN_LIMITS said, not denied ("not within tolerance", "not all within spec"). */
function saidWithinLimits(text: string): boolean {
  const m = WITHIN_LIMITS.exec(text);
  if (!m) return false;
  const before = text.slice(Math.max(0, m.index - 12), m.index).trimEnd().toLowerCase();
  return !before.endsWith('not') && !before.endsWith('not all');
}

/** One side of a pair told in a sentence (en-news-told-pair.ts), read only where a digit stands. */
const TOLD: Annotator<ToldSide | null> = {
  id: 'en.bad-news.blunt-notice/told-side',
  analyze: (s) => (activeStore().of(SCAN, s) & DIGIT ? toldSide(activeStore().of(englishFacts, s)) ?? null : null),
};
const BESIDE_OLD = textFact('en.bad-news.blunt-notice/value-beside-old', (text) => valueBesideOld(text) ?? null);
const LABELLED_VALUE = textFact('en.bad-news.blunt-notice/labelled-value', (text) => labelledValue(text) ?? null);
/**
 * A sentence with a digit that pairedNews may pair: a value beside its old one, the new value or a part under a label
 * (pairAbove, the part of a whole), or a limit after a measured result. A fact of the text: the pair is then read with
 * the neighbours in pairedNews.
 */
const PAIRABLE: Annotator<boolean> = {
  id: 'en.bad-news.blunt-notice/pairable',
  analyze: (s) => {
    const store = activeStore();
    if (!(store.of(SCAN, s) & DIGIT)) return false;
    if (store.of(BESIDE_OLD, s)) return true;
    const labelled = s.text.includes(':') ? store.of(LABELLED_VALUE, s) : null;
    if (labelled && (labelled.role === 'new' || labelled.role === 'part')) return true;
    const told = store.of(TOLD, s)?.role;
    if (told === 'new' || told === 'part') return true;
    return store.of(LABELLED, s)?.role === 'part' || store.of(MEASURED, s)?.kind === 'limit';
  },
};
const PAIR_KIND: Record<PairKind, NewsKind> = { price: 'price-increase', delay: 'delay', shortage: 'shortage' };

/**
 * A labelled value on the line above the sentence at `at`, old over new or ordered over confirmed ("Original ETD:
 * 1 June" / "New ETD: 28 June"): the kind of news when the second is worse for the client, null when it is not (a
 * price down, a day earlier), undefined when the two lines are no such pair.
 */
function pairAbove(ctx: Pick<RuleContext, 'sentences' | 'facts'>, at: number): PairKind | null | undefined {
  const s = ctx.sentences[at]!;
  const prev = ctx.sentences[at - 1];
  if (!prev || prev.lang !== 'en' || !s.text.includes(':')) return undefined;
  // "Lead times:\nCurrent lead time: 4 weeks" may be one sentence: its last line is the old value.
  const lastLine = prev.text.lastIndexOf('\n');
  if (s.line !== prev.line + (prev.text.split('\n').length - 1) + 1) return undefined;
  const b = ctx.facts.of(LABELLED_VALUE, s);
  const a = b && (b.role === 'new' || b.role === 'part')
    ? (lastLine < 0 ? ctx.facts.of(LABELLED_VALUE, prev) : labelledValue(prev.text.slice(lastLine + 1)))
    : undefined;
  if (!a || !b || a.value.measure !== b.value.measure || !(a.role === 'old' || a.role === 'whole')) return undefined;
  return worsePair(a, b) ?? null;
}

/**
 * Round 21: "… we can allocate only 60% of forecasted quantity.\nAllocation per month:\nJuly – 18,000 pcs (forecast 30,000) …": a
 * heading line between a news sentence and the list of news it details belongs to that notice — one notice, one finding.
 */
function bridgeHeadings(ctx: Pick<RuleContext, 'sentences'>, news: NewsEntry[]): void {
  const at = new Set(news.map((n) => n.at));
  const added: NewsEntry[] = [];
  for (const n of news) {
    const heading = ctx.sentences[n.at - 1];
    if (!heading || at.has(n.at - 1) || !at.has(n.at - 2) || heading.lang !== 'en' || !/:\s*$/.test(heading.text)) continue;
    added.push({ s: heading, at: n.at - 1, kind: n.kind, follow: false });
  }
  if (added.length > 0) news.push(...added), news.sort((a, b) => a.at - b.at);
}

/** News sentences grouped into runs of sentences adjacent in the mail, or with one sentence `bridges` lets in between. */
function runsOf<T extends { at: number }>(news: T[], bridges: (a: number, b: number) => boolean = () => false): T[][] {
  const runs: T[][] = [];
  for (const n of news) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && (prev.at === n.at - 1 || bridges(prev.at, n.at))) run.push(n);
    else runs.push([n]);
  }
  return runs;
}

/** Cue kinds a news sentence needs one of (src/engine/analysis/en-news.ts), and what mitigates a notice. */
const NEWS_CUES = ['price', 'rise', 'slip', 'late', 'end', 'end-weak', 'partial', 'shortage', 'quality', 'contact', 'cancel', 'duration', 'impose', 'goods-lost', 'benefit', 'burden',
  'withdrawn'] as const;
const MITIGATION_CUES = ['apology', 'reason', 'cause', 'meet'] as const;
/** A reason written as a clause ("…, as our warehouse is closed"), which en-news.ts reads off the parse. */
const CAUSAL = /\b(?:as|since)\b/i;
/**
 * Figures can be news without a cue word: amounts of money or percentages ("USD 118/wafer (Q2: USD 96)"),
 * part of a quantity ("2 of the 5 pallets", "3 out of 5", "12 t of the 20 t"), two month names (a date moved: "14 July, not 23 June").
 */
const FIGURE = /[$€£¥￥%]|\b(?:usd|eur|jpy|gbp|yen|percent)\b|\d\s*(?:[a-z]+\s+)?of\s+(?:the\s+|your\s+)?\d/i;
/** Round 44 (za1-017): any ISO code in capitals before an amount — "CAD 4.85/kg (2025 crop: CAD 3.90/kg)", NOK, CHF. */
const CURRENCY_CODE_AMOUNT = /\b[A-Z]{3} ?\d/;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi;
/**
 * Words en-news.ts reads in code rather than through cues ("full order", "is limited", "pushed … back", "not until",
 * "migration is required", a lead time "extended", "your account manager will change", "not … after that date").
 */
const STRUCTURAL = /\b(?:full|entire|whole|limited|back|until|after|migrat\w*|extend\w*|lengthen\w*|longer|chang\w*)\b/i;
/** A date stated anew ("new ETD is …"), goods that "won't make it", a product removed from a range (en-news.ts). */
const STRUCTURAL_MORE = /\b(?:etd|eta|make\s+it|drop\w*|remov\w*|delist\w*|pull\w*|exclud\w*|take\w*|cut)\b/i;
/** Round 15 (N4): a service restricted, the goods' make-up switched (en-news-service.ts); a prefix is enough. */
const NARROWED = /\b(?:restricted|switch|convert|replac|shift|transition)/i;
/** "on the 20th instead of the 5th": two days of the month written alone. */
const ORDINAL_DAY = /\b(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)\b/gi;
/** Round 15 (N1): an arrow between figures, an old value named, or an ordered quantity beside a confirmed one (en-news-figures.ts). */
const FIGURE_CHANGE = /[→⇒➔➜⟶]|->|=>|\d\s*>\s*\d|\b(?:previously|formerly|was|were|now|ordered|requested|forecast|contracted)\b/i;
const mayBeFigures = (text: string) => FIGURE.test(text) || CURRENCY_CODE_AMOUNT.test(text) || (FIGURE_CHANGE.test(text) && /\d/.test(text)) || NARROWED.test(text) || STRUCTURAL.test(text) || STRUCTURAL_MORE.test(text) || (text.match(MONTH)?.length ?? 0) >= 2 ||
  (text.match(ORDINAL_DAY)?.length ?? 0) >= 2;

/** A result held to a limit ("above the limit", "against the 1.2 spec", "below the 45 MPa minimum"): en-news.ts reads the comparison. */
const LIMIT = /\b(?:limits?|spec|specs|specifications?|tolerance|threshold|aql|max|maximum|min|minimum|requirements?|mrl|permitted|allowed|allowable|permissible)\b/i;
/** Round 15 (N3): a verdict in capitals, goods rejected, a raised level (en-news-results.ts). */
const VERDICT = /\b(?:NG|NOK|FAIL|FAILED|REJECTED)\b/;
const RESULT = /\b(?:reject\w*|elevated|abnormal\w*|excess\w*)\b/i;
/** Round 16 (B2): an incident — a system down, an outage, problems found, data lost (en-news-results.ts `incident`). */
const INCIDENT = /\b(?:unavailable|down|offline|inaccessible|unreachable|unresponsive|disrupted|interrupted|degraded|inoperable|inoperative|outages?|downtime|disruption|interruption|breach|incident|failure|crash|identified|found|detected|discovered|uncovered|observed|revealed|noticed|lost|deleted|corrupted|overwritten|exposed|leaked|compromised|erased|wiped|accessed)\b/i;
/** Round 16 (B3): a service withdrawn ("not … anymore", "is finished from", a frequency cut, "looked after by"), en-news-service.ts. */
const WITHDRAWN = /\b(?:anymore|any\s+longer|finished|over|ended|terminated|ceased|stopped|retired|withdrawn|suspended|abolished|scrapped|daily|weekly|fortnightly|biweekly|monthly|quarterly|once|twice|times|every|looked|taken\s+care)\b/i;
/** Round 18: an event that will not take place, is off, or is pulled (en-news-events.ts). */
const EVENT_OFF = /\b(?:place|ahead|forward|happen\w*|proceed|occur|held|running|off|pull\w*|drop\w*|scrap\w*|shelv\w*|ax\w*|scratch\w*)\b/i;
/** Round 18: a recall instruction on a lot, stock used up, a lead time stated "now" (en-news-events.ts, en-news.ts). */
const RECALL_OR_STOCK = /\b(?:lots?|batch\w*|shipments?|consignments?|stock|inventory|now)\b/i;
/** Round 18: a service merged into another place, a thing made paid, a lead time in spans (en-news.ts `mergedAway`, `becomesPaid`, `longerLead`). */
const MERGED_OR_PAID = /\b(?:consolidat\w*|merg\w*|centrali[sz]\w*|integrat\w*|paid|chargeable|billable|premium|weeks?|days?|months?)\b/i;
/** Round 19: a verb of ending, calling off or putting off from WordNet's classes (dictionaries/en/lexicon-news.json). */
const LEXICAL_NEWS = ['end', 'cancel', 'postpone'] as const;
/** Round 34: a status cell of an item ("SKU 220-B: backordered", "| R-12 | EOL |"), status-cell.ts. */
const STATUS_SHORT = /\b(?:back-?order\w*|out of stock|sold out)\b/i;
const STATUS_ENDED = /\b(?:end.of.(?:sale|life)|eol|obsolete|discontinued)\b/i;
/** Round 35: a lot of ours set against the goods before it (en-news-lot.ts). */
const LOT_AGAINST = /\b(?:than|usual|previous|since)\b/i;
/** Round 37 (newsen37): the rest of an order sent later, a part of the goods on a carrier (en-news-rest.ts, en-news-portion.ts). */
const REST_WORDS = /\b(?:other|remaining|rest|remainder|balance)\b/i;
const CARRIED_WORDS = /\b(?:vessel|flight|aboard|loaded|sailing)\b/i;
/** Round 39 (newsen39): a service or line of ours out of use for a stretch (en-news-outage.ts), beyond INCIDENT's words. */
/** Round 39 (newsen39): goods held to a reference the client approved (en-news-reference.ts). */
const REFERENCE_WORDS = /\b(?:samples?|proofs?|swatch\w*|standard|drawings?|master|mock-?up|prototype)\b/i;
/** Round 39 (newsen39): a date put later with no word of delay, an order shipped short (en-news-later.ts). */
const EARLIEST_OR_WITHOUT = /\b(?:earliest|without)\b/i;
const MORE_TIME = /\b(?:another|extra|additional|further|more)\s+(?:\w+\s+)?(?:day|week|month)s?\b/i;
const ONLY_START = /\bonly\s+(?:start|begin|commence|ship|arrive|deliver|dispatch|resume|launch)\b/i;
const mayBeLater = (text: string) => EARLIEST_OR_WITHOUT.test(text) || MORE_TIME.test(text) || ONLY_START.test(text);
/** Round 39 (newsen39): a date of ours we will not keep ("will not make the go-live date"), read by en-news.ts `delay`. */
const DATE_MISSED = /\b(?:not|n't|unable)\b[^.;!?]{0,20}\b(?:make|meet|hit|keep|reach|achieve)\b/i;
const OUT_OF_USE = /\b(?:paus\w*|halt\w*|idle|suspend\w*|switch\w*\s+off|turn\w*\s+off)\b/i;
const mayBeNews = (text: string) => mayBeFigures(text) || REST_WORDS.test(text) || CARRIED_WORDS.test(text) || OUT_OF_USE.test(text) || REFERENCE_WORDS.test(text) || mayBeLater(text) || DATE_MISSED.test(text) || LOT_AGAINST.test(text) || STATUS_SHORT.test(text) || STATUS_ENDED.test(text) || mayHaveLexiconWord(text, LEXICAL_NEWS) || MERGED_OR_PAID.test(text) || EVENT_OFF.test(text) || RECALL_OR_STOCK.test(text) || LIMIT.test(text) || VERDICT.test(text) || RESULT.test(text) || INCIDENT.test(text) || WITHDRAWN.test(text) ||
  mayHaveCue(text, NEWS_CUES) || mayBeSupplyNews(text) || mayBeHeldBack(text) || mayBeCountNews(text) || mayBeChargeNews(text);
const mayMitigate = (text: string) => mayHaveCue(text, MITIGATION_CUES) || CAUSAL.test(text);
/** The reader's yes to a split or partial delivery: "Thank you for accepting the split shipment". */
const ACCEPTED = /\b(?:accept|accepted|accepting|agree|agreed|agreeing|approved|approving)\b/i;
const SPLIT = /\b(?:split|partial)\b/i;
const splitAccepted = (text: string) => ACCEPTED.test(text) && SPLIT.test(text);
/** Words that open a new topic: the notice after them is a separate announcement. */
const TOPIC_SHIFT = /^\s*(?:separately|also|additionally|in addition|on another note|on a separate note|furthermore|moreover|besides|meanwhile)\b/i;
const NAMES_READER = textFact('en.bad-news.blunt-notice/names-reader', (text) => /\byour\b/i.test(text));
const MAY_SPARE = textFact('en.bad-news.blunt-notice/may-spare', (text) => /\b(?:affect|affects|affected|unaffected|impact|impacts|impacted|effect)\b/i.test(text));

/** The parts a sentence may play in the document walk, as bits: read from its text alone (its language included). */
const NEWS = 1;
const TABLE = 2;
const DIGIT = 4;
const MITIGATE = 8;
const SCAN: Annotator<number> = {
  id: 'en.bad-news.blunt-notice/scan',
  analyze: ({ text, lang }) => (lang === 'en' && mayBeNews(text) ? NEWS : 0) |
    (lang !== 'ja' && (text.includes('|') || /\t|\S {2,}\S/.test(text)) ? TABLE : 0) |
    (lang === 'en' && /\d/.test(text) ? DIGIT : 0) |
    ((lang === 'en' ? mayMitigate(text) : japaneseConsiderate(text)) ? MITIGATE : 0),
};
type Scan = { values: readonly number[]; kept: readonly number[] };
/**
 * Every sentence's part in the walk, and the positions of those with one, kept from the field's last check by
 * position (FactStore.ofSentences): a keystroke in a long mail costs a pointer comparison per unchanged sentence,
 * not a look-up of four facts, and the walks below visit only the few sentences that may matter.
 */
/** The news an English sentence the scan lets through tells (its parse's `news`), else null: a fact of its text. */
const NEWS_EN: Annotator<NewsKind | null> = {
  id: 'en.bad-news.blunt-notice/news',
  analyze: (s) => (activeStore().of(SCAN, s) & NEWS ? activeStore().of(englishFacts, s).news ?? null : null),
};
const scanOf = (ctx: Pick<RuleContext, 'sentences' | 'facts' | 'field'>): Scan => ctx.facts.ofSentences(SCAN, ctx.field, ctx.sentences, (bits) => bits !== 0);
