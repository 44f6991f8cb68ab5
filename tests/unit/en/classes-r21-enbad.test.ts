// Round 21 (r21-enbad): English bad news read off structure, from set U's misses (and set V's listed instances), as classes.
// H1 our goods held back from a time: a verb of the goods moving or being handed over (ship, deliver, dispatch, arrive, go
// out, make a sailing), negated in its own verb group or by a negative subject ("none of …"), with a point in time after it,
// or a delivery word with a negated "possible"/"ready"; H2 a status line whose value is a new date with a marker of change
// ("Balance 18,000 pcs: now mid-August", "ETA: moved to 3/14", "Kickoff moved to 4 Nov."), the underline on the line that
// moves, not on the status heading alone; H3 a product with no successor ("is finished and won't be replaced", "will not be
// made again", "there will be no further vintage"), the request after it ("Please remove it from the catalogue") left out of
// the underline; H4 part of a whole, the rest put later or the whole the reader asked for; H5 a person of ours who no longer
// serves the reader's business. Our own wordings in different shapes, written before the code. Categories exactly.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';
import { enHoshino as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-11-20' };

const H1: Case[] = [
  ["bad-news", C, mail("Hydra Voile Cream 50 ml: 1,200 units will not ship in June.")],
  ["bad-news", C, mail("The 400 cartons of oolong will not make the May vessel.")],
  ["bad-news", C, mail("Your second lot of 2,000 valves cannot be delivered before Q3.")],
  ["bad-news", C, mail("There is no stock of the M8 anchors until the end of September.")],
  ["bad-news", C, mail("The 30 replacement pumps won't leave our plant this month.")],
  ["bad-news", C, mail("Model K-20 sensors: none will be shipped in week 32.")],
  ["bad-news", C, mail("We will not be able to deliver the 600 kg of saffron before 15 March.")],
  ["bad-news", C, mail("Delivery of the balance 800 pcs is not possible in July.")],
  ["bad-news", C, mail("Your order of 5,000 labels won't be dispatched until 12 August.")],
  ["bad-news", C, mail("The spare motors will not arrive in time for your 10 June shutdown.")],
  ["bad-news", C, mail("We cannot supply the 12 t of resin in October.")],
  ["bad-news", C, mail("Shipment of the walnut chairs will not happen before the end of the year.")],
  ["bad-news", C, mail("The remaining 70 bottles will only be available from February.")],
  ["bad-news", C, mail("None of the 48 sofas can go out on the April container.")],
  ["", C, mail("All 1,200 units will ship in June as confirmed.")],
  ["", C, mail("Hydra Voile Cream 50 ml: 1,200 units ship on 3 June.")],
  ["", C, mail("The 400 cartons will not need a new customs declaration.")],
  ["", C, mail("Please do not ship the samples before 15 March; our lab is closed.")],
  ["", C, mail("As you requested, we will not ship the 600 kg until you confirm the new address.")],
  ["", C, mail("I am very sorry: the 1,200 units will not ship in June, because the filling line failed its validation. May I call you tomorrow to explain, and we can send 600 units by air?")],
  ["", C, mail("You wrote: \"the valves cannot be delivered before Q3.\"")],
  ["", C, mail("Nothing will ship on 29 December to 3 January because of our New Year closure.")],
  ["", C, mail("The pallets won't be heavier than 800 kg.")],
  ["", C, mail("If the vessel is late, the 400 cartons will not arrive before 10 June.")],
  ["", C, mail("Yamato will not deliver on Sunday, so the parcel comes on Monday as usual.")],
  ["", C, mail("Should the parts not arrive by Friday, please let me know and I will check with the carrier.")],
  ["", C, mail("The goods will arrive no later than 10 June.")],
];
const H2: Case[] = [
  ["bad-news", C, mail("Quick status on PO 4500-2291:\n- Shipped: 12,000 of 30,000 pcs\n- Balance 18,000 pcs: now mid-August\n- Invoice: as usual")],
  ["bad-news", C, mail("Status of order 7781:\n- ETA: moved to 3/14\n- Documents: sent")],
  ["bad-news", C, mail("Order 220-B update:\n- Unit price: THB 14.20 (was 12.80)\n- Packing: unchanged")],
  ["bad-news", C, mail("Delivery of the remaining 40 pallets: now week 36.")],
  ["bad-news", C, mail("New ETD for the second container: 28 June (previously 10 June).")],
  ["bad-news", C, mail("Ship date: revised to 22 September.")],
  ["bad-news", C, mail("Freight per container: USD 2,450 → USD 2,900.")],
  ["bad-news", C, mail("Balance of the order: pushed to late October.")],
  ["bad-news", C, mail("Arrival at Yokohama: now expected 5 December.")],
  ["bad-news", C, mail("Remaining 600 sets: now early Q3.")],
  ["bad-news", C, mail("ETA Kobe: 14 Nov (was 2 Nov)")],
  ["", C, mail("ETA: 3/14 as planned.")],
  ["bad-news", C, mail("Production start: pushed back to week 41.")],
  ["bad-news", C, mail("Loading date for the balance: now 2 September.")],
  ["", C, mail("ETA: moved to 3/4 (was 3/14), ahead of plan.")],
  ["", C, mail("Unit price: THB 12.80 (unchanged).")],
  ["", C, mail("Balance 18,000 pcs: on the 10 July vessel as confirmed.")],
  ["", C, mail("Unit price: THB 12.40 (was 12.80).")],
  ["", C, mail("Meeting: now Thursday 3 pm, as you asked.")],
  ["", C, mail("Lead time: 6 weeks.")],
  ["", C, mail("Your PO number: now 4500-2291 (was 4500-2290 in the draft).")],
  ["", C, mail("Delivery: 3 June, as agreed.")],
];
const H3: Case[] = [
  ["bad-news", C, mail("One change: the Coonawarra Cabernet Sauvignon 2021 is finished and won't be replaced. Please remove it from the catalogue.")],
  ["bad-news", C, mail("We are retiring the Aqua Line of shower heads at the end of the year.")],
  ["bad-news", C, mail("The Orchid 30 ml serum will no longer be available after March.")],
  ["bad-news", C, mail("The 2019 Riesling is gone, and there will be no further vintage.")],
  ["bad-news", C, mail("The blue enamel finish is being phased out from June.")],
  ["bad-news", C, mail("Our V3 controller has reached the end of its life and will not be succeeded by a new model.")],
  ["bad-news", C, mail("We will stop making the walnut version of the Hako stool in April.")],
  ["bad-news", C, mail("The classic oolong tin is no longer produced.")],
  ["bad-news", C, mail("From next season the Kinu towel range will not be carried any more.")],
  ["bad-news", C, mail("The 500 g pack is being dropped from our range this autumn.")],
  ["bad-news", C, mail("After this batch the lemon myrtle tea will not be made again.")],
  ["bad-news", C, mail("The K-series hinges are being withdrawn from sale on 30 September.")],
  ["bad-news", C, mail("Production of the 24V model ends with the June lot.")],
  ["", C, mail("I am sorry to tell you that the Coonawarra Cabernet 2021 is finished, because the 2021 harvest was tiny; the 2022 is a close replacement and I would be glad to bring a bottle next week.")],
  ["", C, mail("You mentioned that the Aqua Line is finished in your stores.")],
  ["", C, mail("The Orchid 30 ml serum is available again from March.")],
  ["", C, mail("The installation is finished and the line is running.")],
  ["", C, mail("The 2019 Riesling will be replaced by the 2021 vintage in the same bottle, at the same price.")],
  ["", C, mail("We will stop by your office on Thursday.")],
  ["", C, mail("The walnut version of the Hako stool will be made again from April.")],
  ["", C, mail("The 2019 Riesling is sold out, but the 2021 from the same vineyard replaces it at the same price; may I send you a bottle?")],
];
const H4: Case[] = [
  ["bad-news", C, mail("Reserve Shiraz 2025 – allocation for Minato: 18 cases (ordered: 60)")],
  ["", C, mail("The 2 containers of brake pads (PO 8812 and 8813) were loaded on the vessel on 16 October.")],
  ["bad-news", C, mail("Retest of the 2025 findings: 12 of 30 retested, rest next quarter.")],
  ["bad-news", C, mail("We can staff 2 of the 4 testers you requested for January.")],
  ["bad-news", C, mail("Inspection: 40 of 120 rooms done, the remainder in week 36.")],
  ["bad-news", C, mail("We will provide 3 of the 5 trainers you asked for.")],
  ["bad-news", C, mail("Translation: 18 of 25 manuals finished, the rest later.")],
  ["bad-news", C, mail("We can assign 1 of the 3 engineers you requested for the audit.")],
  ["bad-news", C, mail("Installed so far: 6 of 10 terminals; remaining 4 TBC.")],
  ["bad-news", C, mail("We can book 20 of the 50 rooms you need for the conference.")],
  ["bad-news", C, mail("Calibration: 7 of 12 gauges completed, others next month.")],
  ["bad-news", C, mail("Our lab can run 150 of the 400 tests you ordered this month.")],
  ["bad-news", C, mail("Onboarding: 9 of 15 users set up, remainder in March.")],
  ["bad-news", C, mail("We have capacity for 2 of the 6 moulds you requested.")],
  ["", C, mail("As agreed, 12 of 30 retested now and the rest next quarter.")],
  ["", C, mail("Two of the five engineers will attend the audit.")],
  ["", C, mail("We have fixed 14 of the 18 items you reported.")],
  ["", C, mail("All 30 of 30 retested and passed.")],
  ["", C, mail("Could we do 12 of 30 now and the rest next quarter?")],
  ["", C, mail("12 of 30 retested so far; the rest follow tomorrow as planned.")],
  ["", C, mail("We can staff all 4 testers you requested for January.")],
  ["", C, mail("You requested 2 of the 4 testers for January.")],
  ["", C, mail("If you prefer, we can test 12 of 30 now and the rest next quarter.")],
];
const H5: Case[] = [
  ["bad-news", C, mail("FYI — Yael Cohen is no longer on your account.")],
  ["bad-news", C, mail("Mr. Ito no longer handles your orders.")],
  ["bad-news", C, mail("From today, Ms. Laura Berg is no longer responsible for your region.")],
  ["bad-news", C, mail("Please note that Tom Walsh is no longer with your project team.")],
  ["bad-news", C, mail("Anna Kowalski will no longer manage your account after June.")],
  ["bad-news", C, mail("Mr. Park is no longer part of your support team.")],
  ["bad-news", C, mail("Ms. Jane Doe no longer looks after your shipments.")],
  ["bad-news", C, mail("David Lim will no longer be your contact for quality matters.")],
  ["bad-news", C, mail("Karen Holt is no longer working on your installation.")],
  ["bad-news", C, mail("Ms. Mia Chen no longer covers your stores in Kansai.")],
  ["bad-news", C, mail("Paul Grant will no longer support your engineers on site.")],
  ["bad-news", C, mail("Mr. Omar Haddad is no longer in charge of your orders.")],
  ["", C, mail("Yael Cohen is no longer on leave and will be back on your account tomorrow.")],
  ["", C, mail("Mr. Ito no longer needs your signature on the form.")],
  ["", C, mail("You are no longer on our mailing list.")],
  ["", C, mail("Yael Cohen will stay on your account.")],
  ["", C, mail("Ms. Berg is no longer sick and will call you on Monday.")],
  ["", C, mail("The old form is no longer needed for your orders.")],
  ["", C, mail("Mr. Ito will no longer charge your card twice; the fix is live.")],
  ["", C, mail("As you asked, Tom Walsh is no longer on your project team; Ms. Sato takes over today.")],
];
categoryTables([
  ['H1 our goods held back from a time', H1],
  ['H2 a status line moving a date', H2],
  ['H3 a product with no successor', H3],
  ['H4 part of a whole: the rest later, or part of what the reader asked for', H4],
  ['H5 a person of ours no longer serving the reader', H5],
]);

const engine = new Engine({ rules: englishRules });
const notices = (body: string) => engine.analyze({ body, context: C }).filter((f) => f.ruleId === 'en.bad-news.blunt-notice').map((f) => body.slice(f.start, f.end));

describe('the underline covers the lines that carry the news', () => {
  it('a status block: the line that moves a date is inside the one notice', () => {
    const found = notices(mail('Quick status on PO 4500-2291:\n- Shipped: 12,000 of 30,000 pcs (vessel ETD Laem Chabang 7/10)\n- Balance 18,000 pcs: now mid-August\n- Unit price for the balance: THB 14.20 (was 12.80)\n\nWill keep you posted.'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Balance 18,000 pcs: now mid-August');
    expect(found[0]).toContain('THB 14.20 (was 12.80)');
  });

  it('a request after a discontinuation is not underlined', () => {
    const found = notices(mail("One change: the Coonawarra Cabernet Sauvignon 2021 is finished and won't be replaced. Please remove it from the catalogue.\n\nAll other items are as discussed."));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("won't be replaced");
    expect(found[0]).not.toContain('Please remove');
  });

  it('a heading between a notice and the list that details it joins the one notice', () => {
    const found = notices(mail('Regarding your forecast for Q3, we can allocate only 60% of the forecasted quantity.\nAllocation per month:\nJuly – 18,000 pcs (forecast 30,000)\nAugust – 15,000 pcs (forecast 25,000)'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('August – 15,000 pcs');
  });

  it('a goods line held back inside a replenishment notice is the finding', () => {
    const found = notices(mail('Regarding the June replenishment:\n\nHydra Voile Cream 50 ml: 1,200 units will not ship in June.\nAll other lines (14 SKUs) ship on 3 June as confirmed.'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('1,200 units will not ship in June.');
  });
});
