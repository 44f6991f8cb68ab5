// Round 25 (trace: the guard ledger, scripts/guard-ledger.mjs), English guards relaxed where the ledger found them
// stopping labelled quotes, in wordings of our own:
// - blunt-notice 'reader-spared': "this does not affect you" after news spares the reader only when the news is of a
//   third party or ours (a supplier's warehouse, our office); news about the reader's own order, units, contact or price
//   ("your November order … The new ETA for your 600 units …") is owed its apology whatever else it leaves untouched.
// - flat-no 'restates-previous-refusal': items of an answer sheet ("1) … is not offered." / "2) … this is not something
//   we do.") are refusals of their own, each flagged; a second sentence of the same answer still restates the first.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-05' };
const engine = new Engine({ rules: englishRules });
const mail = (body: string) => `Dear Mr. Ishikawa,\n\n${body}\n\nBest regards,\nHannah Brooks\nClearwater Medical`;
type Flagged = [body: string, quote: string];

/** A near miss: a text that raises nothing of the category, or [text, part]: nothing of it may overlap `part`. */
type Clean = string | [body: string, part: string];

function table(name: string, category: string, flagged: Flagged[], clean: Clean[]): void {
  describe(name, () => {
    it.each(flagged)('flags %s', (body, quote) => {
      const text = mail(body);
      const at = text.indexOf(quote);
      expect(at).toBeGreaterThanOrEqual(0);
      const found = engine.analyze({ body: text, context: C }).filter((f) => f.category === category);
      expect(found.some((f) => f.start < at + quote.length && at < f.end), JSON.stringify(found.map((f) => text.slice(f.start, f.end)))).toBe(true);
    });
    it.each(clean.map((c): [string, string] => (typeof c === 'string' ? [c, ''] : c)))('leaves %s', (body, part) => {
      const text = mail(body);
      const at = part ? text.indexOf(part) : 0;
      expect(at).toBeGreaterThanOrEqual(0);
      const found = engine.analyze({ body: text, context: C }).filter((f) => f.category === category &&
        (!part || (f.start < at + part.length && at < f.end)));
      expect(found.map((f) => text.slice(f.start, f.end))).toEqual([]);
    });
  });
}

table('r25-trace: a reassurance does not spare news about the reader\'s own thing', 'bad-news', [
  ['A quick update on your November order: Lot 2217 of the suction catheters did not pass our incoming check, so it has been placed on hold. The new ETA for your 600 units is November 30.\nRest assured, this has no impact on the quality of product already in your hospitals.', 'The new ETA for your 600 units'],
  ['The delivery of your March order will move from 10 March to 24 March. This does not affect the pricing you were quoted.', 'will move from 10 March to 24 March'],
  ['Your dedicated account manager will be replaced by our shared support desk from April. This will not affect your contract terms.', 'replaced by our shared support desk'],
  ['The price of your standard grade will increase by 6% from 1 July. Your open orders will not be affected.', 'will increase by 6%'],
  ['Your next shipment of resin will be two weeks late. Your other orders are not affected.', 'two weeks late'],
  ['We will discontinue the KX-20 controller your line runs on at the end of June. This has no impact on your current warranty.', 'discontinue the KX-20 controller'],
  ['The fee for your annual maintenance will rise from USD 4,000 to USD 4,600 next year. Your service level will not be affected.', 'will rise from USD 4,000 to USD 4,600'],
  ['Your samples will arrive on 20 June instead of 6 June. This has no impact on your production start.', 'will arrive on 20 June instead of 6 June'],
  ['Support for your installed X-10 units will end in April. Your stored data is not affected.', 'will end in April'],
  ['Your project handover has been moved from 3 September to 21 September. This does not affect your licence fees.', 'has been moved from 3 September to 21 September'],
  ['Your contact person will change from Mr Lee to Ms Park from 1 May. This won\'t affect your orders.', 'will change from Mr Lee to Ms Park'],
  ['We can ship only 300 of your 500 units this month. Your other orders are unaffected.', 'only 300 of your 500 units'],
], [
  'Our supplier in Germany has moved its warehouse. This does not affect your orders.',
  'Our Hamburg office will close on 30 June. Your deliveries will not be affected.',
  'Our courier partner changes from DHL to FedEx next month. Your delivery times will not be affected.',
  'The factory in Penang will shut down for maintenance in August. Your orders are unaffected.',
  'Our old portal will be retired on 31 March. This will have no impact on your account.',
  'The list prices for new customers will rise by 4% from April. Your prices are not affected.',
  'The delivery of your March order will move from 10 March to 24 March. We are very sorry for the inconvenience this causes.',
  'Your order will ship on 10 March as planned. The delay at the port does not affect you.',
]);

table('r25-trace: each item of an answer sheet that says no is a refusal of its own', 'blunt-refusal', [
  ['Please find our responses to your points:\n1) Weekend support is not offered.\n2) Liability cap of 200% of contract value – this is not something we do. Our cap is 100% of fees paid.', 'this is not something we do'],
  ['Our answers:\n1) We cannot offer free samples.\n2) We do not accept returns of opened packs.', 'We do not accept returns'],
  ['Our answers:\n- We cannot extend the payment term.\n- We will not change the delivery address after shipping.', 'We will not change the delivery address'],
  ['Replies to your list:\n1. Weekend deliveries are not possible.\n2. We cannot waive the setup fee.', 'We cannot waive the setup fee'],
  ['Points from your mail:\n1) We do not offer on-site training.\n2) We can\'t provide the source code.', "We can't provide the source code"],
  ['Regarding your requests:\na) We do not split shipments.\nb) We will not lower the minimum order.', 'We will not lower the minimum order'],
  ['Our replies:\n• We cannot guarantee delivery by Friday.\n• We do not accept payment by card.', 'We do not accept payment by card'],
  ['Your questions:\n1) We cannot hold the price until June.\n2) We won\'t cover the freight.', "We won't cover the freight"],
  ['Answers:\n1) We do not provide a Japanese manual.\n2) We cannot extend the warranty to three years.', 'We cannot extend the warranty'],
  ['On your points:\n- We will not accept a penalty clause.\n- We cannot add a second audit.', 'We cannot add a second audit'],
  ['Our responses:\n1) We can\'t change the colour.\n2) We don\'t offer consignment stock.', "We don't offer consignment stock"],
  ['Your list, answered:\n1) We won\'t reduce the MOQ.\n2) We cannot ship by air at our cost.', 'We cannot ship by air at our cost'],
], [
  ['That won\'t be possible. Our finance team will not make exceptions.', 'Our finance team will not make exceptions.'],
  ['We cannot extend the warranty. It is not possible for us to change it.', 'It is not possible for us to change it.'],
  ['Our answers:\n1) We cannot offer free samples. We do not give samples to any customer.\n2) We will ship by air at our cost.', 'We do not give samples to any customer.'],
  'Our answers:\n1) We are happy to send free samples.\n2) We will ship by air at our cost.',
  'Our answers:\n1) Yes, we can hold the price.\n2) Yes, weekend deliveries are possible.',
  'Thank you for your list.\n1) Samples: with pleasure, they will go out tomorrow.\n2) Training: we will schedule it for May.',
  'Our replies:\n1) The manual is available in Japanese.\n2) The warranty is three years.',
  'Please find the agenda below:\n1) Review of the Q3 results.\n2) Plans for next year.',
  'Thank you for asking.\n1) I\'m afraid we cannot offer free samples, but let me check with my manager what we can do.\n2) We would be glad to ship by air.',
]);
