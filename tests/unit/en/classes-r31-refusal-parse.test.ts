// Round 31 (refusal31en, issue 10): an English refusal read from the parse — our side as subject (we, I, our team, our
// company's name, or a subject dropped in a reply, a table cell, an answer under their quoted question) with a negated
// act in any verb and any shape, or our standard stated as the answer to a term the client asked to change — with no
// cushion and no remedy. Written in wordings of our own (verbs and nouns not in any corpus), each place of a mail: body,
// bullets, tables, Q&A, bilingual. Near misses that must stay clean (of blunt-refusal): product facts, our own process
// told with no ask, quality decisions of ours, eager negatives, the writer's own difficulty, questions, conditions, the
// client's words quoted, cushioned or remedied noes.
// On main 15 of these 88 cases were wrong (7 refusals missed, 8 near misses flagged); on this branch none.
// Known miss left out of the table: "Nope, our hotline won't open during Golden Week." (a thing of ours as the subject
// is read as news of ours, not our side refusing; making "our <thing>" our side would flag every closure notice).
import { describe } from 'vitest';
import { run } from './refusal-case-table';

const sign = '\n\nBest regards,\nJonas Weber\nHeller Pumpen GmbH';

describe('our side refuses in any verb and shape', () => {
  run([
    { subject: 'Re: Engraving', body: `Dear Ms. Kawai,\n\nThank you for your order.\nWe don't engrave the lids.${sign}`, refusal: "We don't engrave the lids" },
    { subject: 'Re: Mock-up', body: `Dear Mr. Fujii,\n\nRe your request for a mock-up: we won't build a prototype before the order is placed.${sign}`, refusal: "we won't build a prototype" },
    { subject: 'Re: Relabelling', body: `Dear Ms. Arai,\n\nWe are not going to relabel the cartons with your logo.${sign}`, refusal: 'We are not going to relabel the cartons' },
    { subject: 'Re: Recalibration visit', body: `Dear Mr. Hoshi,\n\nThank you for asking. We are unable to dispatch a technician to Sendai for the recalibration.${sign}`, refusal: 'We are unable to dispatch a technician' },
    { subject: 'Re: Consignment stock', body: `Dear Ms. Imai,\n\nKeeping consignment stock in your warehouse isn't something we do.${sign}`, refusal: "isn't something we do" },
    { subject: 'Re: Exclusivity', body: `Dear Mr. Oda,\n\nRegional exclusivity for Kyushu is not something we offer.${sign}`, refusal: 'is not something we offer' },
    { subject: 'Re: Rebate', body: `Dear Ms. Noguchi,\n\nA volume rebate on the resin is not on the table.${sign}`, refusal: 'is not on the table' },
    { subject: 'Re: Joint booth', body: `Dear Mr. Kubo,\n\nThanks for the invitation to share a booth at the Osaka fair. We're going to pass.${sign}`, refusal: "We're going to pass" },
    { subject: 'Re: Escrow', body: `Dear Ms. Ishida,\n\nOn the source-code escrow, the answer is no.${sign}`, refusal: 'the answer is no' },
    { subject: 'Re: Deferred payment', body: `Dear Mr. Matsuda,\n\nOur policy doesn't allow deferred payment for first orders.${sign}`, refusal: "Our policy doesn't allow deferred payment" },
    { subject: 'Re: Late swap', body: `Dear Ms. Sakai,\n\nSwapping the fabric after cutting cannot be accommodated.${sign}`, refusal: 'cannot be accommodated' },
    { subject: 'Re: Dealer pricing', body: `Dear Mr. Hirano,\n\nDealer pricing isn't available to you on this volume.${sign}`, refusal: "isn't available to you" },
    { subject: 'Re: Pallet', body: `Dear Ms. Yagi,\n\nSplitting the pallet into two consignments isn't something we do.${sign}`, refusal: "isn't something we do" },
    { subject: 'Re: Site visit', body: `Dear Mr. Tsuji,\n\nOur team won't travel to the Okinawa site for a two-hour audit.${sign}`, refusal: "Our team won't travel" },
    { subject: 'Re: Lacquer', body: `Dear Ms. Kimura,\n\nI can't approve a second free lacquer coat.${sign}`, refusal: "I can't approve a second free lacquer coat" },
    { subject: 'Re: Stencils', body: `Dear Mr. Hara,\n\nWe will not refurbish used stencils.${sign}`, refusal: 'We will not refurbish used stencils' },
    { subject: 'Re: Tooling', body: `Dear Ms. Endo,\n\nWe refuse to share the tooling drawings.${sign}`, refusal: 'We refuse to share the tooling drawings' },
    { subject: 'Re: Weekend shift', body: `Dear Mr. Ueda,\n\nWe don't do this.${sign}`, refusal: "We don't do this" },
    { subject: 'Re: Storage', body: `Dear Ms. Nagai,\n\nThanks for the idea of storing the rolls at our depot until March. That's not something we can take on.${sign}`, refusal: "That's not something we can take on" },
    { subject: 'Re: Brochure', body: `Dear Mr. Iida,\n\nHeller Pumpen will not co-fund the brochure.${sign}`, refusal: 'Heller Pumpen will not co-fund the brochure' },
  ]);
});

describe('a refusal in bullets, tables, Q&A and bilingual mails', () => {
  run([
    { subject: 'Re: Your list', body: `Dear Ms. Kawai,\n\nOur answers to your list:\n- Japanese manual: included\n- Free samples: we do not provide free samples\n- Training: two days on site${sign}`, refusal: 'we do not provide free samples' },
    { subject: 'Re: Your requests', body: `Dear Mr. Fujii,\n\n| Your request | Our answer |\n|---|---|\n| Free samples | We do not provide free samples |\n| Japanese labels | Yes, at no cost |${sign}`, refusal: 'We do not provide free samples' },
    { subject: 'Re: Terms', body: `Dear Ms. Arai,\n\n| Item | Reply |\n|---|---|\n| 90-day payment terms | Our standard terms of 60 days apply. |\n| Delivery | Ex works, as quoted |${sign}`, refusal: 'Our standard terms of 60 days apply' },
    { subject: 'Re: Contract points', body: `Dear Mr. Hoshi,\n\n90-day payment terms: our standard terms of 60 days apply.\nWarranty: 24 months, as you asked.${sign}`, refusal: 'our standard terms of 60 days apply' },
    { subject: 'Re: Questions', body: `Dear Ms. Imai,\n\n> Can you hold the price until December?\nWe won't hold it past September.${sign}`, refusal: "We won't hold it past September" },
    { subject: 'Re: Questions', body: `Dear Mr. Oda,\n\n> Could you pre-assemble the frames?\nNo, we don't pre-assemble frames.${sign}`, refusal: "we don't pre-assemble frames" },
    { subject: 'Re: Your points', body: `Dear Ms. Noguchi,\n\n1. Colour matching: done\n2. Night deliveries: won't do them\n3. Invoices in yen: fine${sign}`, refusal: "won't do them" },
    { subject: 'Re: 納期・梱包', body: `野口様\n\nお世話になっております。\n\nDear Ms. Noguchi,\nWe will not repack the goods into smaller boxes.${sign}`, refusal: 'We will not repack the goods into smaller boxes' },
    { subject: 'Re: Requests', body: `Dear Mr. Kubo,\n\nQ: Can you waive the setup fee?\nA: We don't waive setup fees.${sign}`, refusal: "We don't waive setup fees" },
    { subject: 'Re: Open points', body: `Dear Ms. Ishida,\n\nYou asked for a 15% discount on the spare kits. Our list price applies.${sign}`, refusal: 'Our list price applies' },
    { subject: 'Re: Delivery terms', body: `Dear Mr. Matsuda,\n\nThank you for asking for DDP delivery. Our standard Incoterm, FCA Hamburg, applies to all orders.${sign}`, refusal: 'Our standard Incoterm' },
    { subject: 'Re: Questions', body: `Dear Ms. Sakai,\n\n* Extended warranty to 5 years – not something we offer\n* Spare fuses – included${sign}`, refusal: 'not something we offer' },
    { subject: 'Re: Requests', body: `Dear Mr. Hirano,\n\n| Request | Status |\n|---|---|\n| Rush dyeing | Can't be accommodated |\n| Extra swatches | Sent today |${sign}`, refusal: "Can't be accommodated" },
    { subject: 'Re: Payment', body: `Dear Ms. Yagi,\n\nRegarding your request for 120-day terms: we remain at 30 days net.${sign}`, refusal: 'we remain at 30 days net' },
    { subject: 'Re: Warranty', body: `Dear Mr. Tsuji,\n\nYou asked us to extend the warranty to 36 months. Our warranty stays at 12 months.${sign}`, refusal: 'Our warranty stays at 12 months' },
    { subject: 'Re: MOQ', body: `Dear Ms. Kimura,\n\nThank you for asking about a lower minimum. The minimum order of 500 pieces stands.${sign}`, refusal: 'The minimum order of 500 pieces stands' },
    { subject: 'Re: Credit', body: `Dear Mr. Hara,\n\nAs for the credit note you asked for, we're not issuing one.${sign}`, refusal: "we're not issuing one" },
    { subject: 'Re: Holding stock', body: `Dear Ms. Endo,\n\nWe'd rather not keep stock for you beyond 30 days.${sign}`, refusal: "We'd rather not keep stock" },
    { subject: 'Re: 90-day terms', body: `Dear Mr. Iida,\n\nThank you for your request for 90-day terms.\nOur standard payment terms of 45 days apply.${sign}`, refusal: 'Our standard payment terms of 45 days apply' },
    { subject: 'Re: 特急対応のご依頼', body: `飯田様\n\nいつもお世話になっております。\n\nDear Mr. Iida,\nAs for the rush order, the answer is no.${sign}`, refusal: 'the answer is no' },
    { subject: 'Re: Your requests', body: `Dear Ms. Kawai,\n\n| Request | Reply |\n|---|---|\n| Overnight courier | Won't do it |\n| Spare gaskets | Included |${sign}`, refusal: "Won't do it" },
    { subject: 'Re: Cobalt foil', body: `Dear Ms. Kawai,\n\nThank you for your inquiry. We are going to have to pass on the trial batch of cobalt foil, because our minimum is 50 rolls.${sign}`, refusal: 'We are going to have to pass on the trial batch' },
    { subject: 'Re: Drawings', body: `Dear Ms. Nagai,\n\nWe have decided not to release the CAD files.${sign}`, refusal: 'We have decided not to release the CAD files' },
  ]);
});

describe('near misses: no refusal of their ask', () => {
  run([
    { subject: 'Sensor', body: `Dear Ms. Kawai,\n\nThe sensor cannot be recalibrated in the field; it is sealed at the factory.${sign}`, refusal: null },
    { subject: 'Shipping', body: `Dear Mr. Fujii,\n\nAll lots go by sea from Bremerhaven; we don't use air freight for any lot, so the CO2 figure stays low.${sign}`, refusal: null },
    { subject: 'Quality', body: `Dear Ms. Arai,\n\nWe do not ship any batch that fails the humidity test.${sign}`, refusal: null },
    { subject: 'Visit', body: `Dear Mr. Hoshi,\n\nWe can't wait to show you the new line in Kobe.${sign}`, refusal: null },
    { subject: 'Drawing', body: `Dear Ms. Imai,\n\nI can't open the STEP file you sent; could you send it again as a PDF?${sign}`, refusal: null },
    { subject: 'Question', body: `Dear Mr. Oda,\n\nWouldn't it be easier to ship both lots together?${sign}`, refusal: null },
    { subject: 'Re: Schedule', body: `Dear Ms. Noguchi,\n\nIf the dye lot does not match, we will not ship it and we will tell you at once.${sign}`, refusal: null },
    { subject: 'Re: Terms', body: `Dear Mr. Kubo,\n\nYou wrote: "we cannot accept 60-day terms". Thank you, we will prepare the contract with 45 days as you asked.${sign}`, refusal: null },
    { subject: 'Re: Samples', body: `Dear Ms. Ishida,\n\nI'm afraid we do not provide free samples, but we can refund the sample cost with your first order.${sign}`, refusal: null },
    { subject: 'Re: Pallet', body: `Dear Mr. Matsuda,\n\nUnfortunately we can't split the pallet, but we could ship the second half a week later at our cost.${sign}`, refusal: null },
    { subject: 'Re: Rebate', body: `Dear Ms. Sakai,\n\nWe'll never run out of stock on this item: we keep three months in Yokohama.${sign}`, refusal: null },
    { subject: 'Order', body: `Dear Mr. Hirano,\n\nWe won't charge for the replacement filters.${sign}`, refusal: null },
    { subject: 'Order', body: `Dear Ms. Yagi,\n\nWe don't need your purchase order number until invoicing.${sign}`, refusal: null },
    { subject: 'Packing', body: `Dear Mr. Tsuji,\n\nThe crates are not stackable above two layers.${sign}`, refusal: null },
    { subject: 'Update', body: `Dear Ms. Kimura,\n\nWe have not received the deposit yet; could you check with your bank?${sign}`, refusal: null },
    { subject: 'Terms', body: `Dear Mr. Hara,\n\nOur standard payment terms of 60 days apply to this order, as agreed in March.${sign}`, refusal: null },
    { subject: 'Quote', body: `Dear Ms. Endo,\n\nPlease find the quote attached. Our standard warranty of 24 months applies.${sign}`, refusal: null },
    { subject: 'Re: Delivery', body: `Dear Mr. Ueda,\n\nThanks for asking about delivery. Our usual lead time of four weeks applies, so the parts arrive on 2 June.${sign}`, refusal: null },
    { subject: 'Re: Your questions', body: `Dear Ms. Nagai,\n\n| Question | Answer |\n|---|---|\n| Is the coating food-safe? | Yes |\n| Does it contain PFAS? | No, it does not |${sign}`, refusal: null },
    { subject: 'Re: Questions', body: `Dear Mr. Iida,\n\n> Do you use subcontractors for welding?\nNo, we don't; all welding is done in our own plant.${sign}`, refusal: null },
    { subject: 'Features', body: `Dear Ms. Kawai,\n\n- Bluetooth: not supported\n- USB-C: yes\n- Battery: 8 hours${sign}`, refusal: null },
    { subject: 'Re: Safety', body: `Dear Mr. Fujii,\n\nPlease do not open the valve housing before the pressure is released.${sign}`, refusal: null },
    { subject: 'Re: Meeting', body: `Dear Ms. Arai,\n\nI won't be in the office on Friday, so my colleague Anna will join the call.${sign}`, refusal: null },
    { subject: 'Re: Price', body: `Dear Mr. Hoshi,\n\nGood news: we will not raise the price of the seals this year.${sign}`, refusal: null },
    { subject: 'Re: Data', body: `Dear Ms. Imai,\n\nWe do not share your drawings with other customers.${sign}`, refusal: null },
    { subject: 'Re: Audit', body: `Dear Mr. Oda,\n\nNo problem at all; we don't mind moving the audit to Thursday.${sign}`, refusal: null },
    { subject: 'Re: Colours', body: `Dear Ms. Noguchi,\n\nThe answer is yes: we can dye the yarn in your navy.${sign}`, refusal: null },
    { subject: 'Re: Request', body: `Dear Mr. Kubo,\n\nWe're going to pass your request to our plant manager today and reply by Friday.${sign}`, refusal: null },
    { subject: 'Re: Colour change', body: `Dear Ms. Ishida,\n\nThank you for the request. Let me check with our plant whether the colour change is possible and get back to you tomorrow.${sign}`, refusal: null },
    { subject: 'Re: Delivery', body: `Dear Mr. Matsuda,\n\nThe rollers haven't arrived at our plant yet; I will update you on Monday.${sign}`, refusal: null },
    { subject: 'Re: Warranty', body: `Dear Ms. Sakai,\n\nYou asked us to extend the warranty to 36 months. We can do that for a fee of 4%, or keep our standard 12 months.${sign}`, refusal: null },
    { subject: 'Re: MOQ', body: `Dear Mr. Hirano,\n\nThank you for asking about a lower minimum. We can go down to 300 pieces for this first order.${sign}`, refusal: null },
    { subject: 'Re: Inspection', body: `Dear Ms. Yagi,\n\nWe don't release a lot until our inspector has signed it off.${sign}`, refusal: null },
    { subject: 'Re: Contract', body: `Dear Mr. Tsuji,\n\nNothing in the new contract changes your discount.${sign}`, refusal: null },
    { subject: 'Re: Launch', body: `Dear Ms. Kimura,\n\nWe couldn't be happier with how the launch went in Fukuoka.${sign}`, refusal: null },
    { subject: 'Re: Training', body: `Dear Mr. Hara,\n\nWe won't need a projector for the training; a whiteboard is enough.${sign}`, refusal: null },
    { subject: 'Re: Transport', body: `Dear Ms. Endo,\n\nThe carrier does not deliver to islands without a ferry link, so we booked the ferry for 3 June.${sign}`, refusal: null },
    { subject: 'Re: Payment', body: `Dear Mr. Ueda,\n\nIf you prefer, we can invoice in yen; otherwise our standard euro invoicing applies.${sign}`, refusal: null },
    { subject: 'Re: Samples', body: `Dear Ms. Nagai,\n\nAs you requested, we will send the free samples on Monday; there is no charge.${sign}`, refusal: null },
    { subject: 'Re: 梱包', body: `永井様\n\n申し訳ございませんが、小箱への詰め替えは対応いたしかねます。代わりに仕切り板をお付けいたします。\n\nDear Ms. Nagai,\nI'm afraid we cannot repack into small boxes, but we will add dividers instead.${sign}`, refusal: null },
    { subject: 'Re: Stock', body: `Dear Mr. Iida,\n\nWe never let stock of your grade fall below two months.${sign}`, refusal: null },
    { subject: 'Quote', body: `Dear Mr. Fujii,\n\n| Item | Terms |\n|---|---|\n| Payment | Our standard terms of 60 days apply |\n| Delivery | FCA Hamburg |${sign}`, refusal: null },
    { subject: 'Re: Questions', body: `Dear Ms. Arai,\n\n| Your question | Our answer |\n|---|---|\n| Do the seals contain latex? | No, we don't use latex in any seal |${sign}`, refusal: null },
    { subject: 'Re: Feedback', body: `Dear Mr. Fujii,\n\nThank you for the notes. We're going to have to pass on your comments to the plant before we reply.${sign}`, refusal: null },
    { subject: 'Re: Plans', body: `Dear Ms. Kawai,\n\nWe don't plan any change to the packaging this year.${sign}`, refusal: null },
  ]);
});
