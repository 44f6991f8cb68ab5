// Round 36 (fp36, issue 9; round 35's ge-034): a verb of rising whose object is what the client receives — "we can
// raise your 2027 allocation from 800 kg to 1,100 kg at the price already agreed", "increase the discount", "extend
// the warranty to 36 months" — is a figure that moves for the client: good news, not a price rise, even with the
// price named beside it. Near misses that must stay flagged: what rises is what the client pays (a price, a fee, a
// surcharge, a minimum order) or a lead time, told bare.
import { clean, flag, runFpClass, type FpCase } from './classes-r36-fp-table';

const EN = (s: string) => `Dear Mr. Yamazaki,\n\nThank you for your continued trust.\n${s}\n\nKind regards,\nPieter Claes`;

const cases: FpCase[] = [
  clean(EN('I am pleased to let you know that we can raise your 2027 allocation of couverture from 800 kg to 1,100 kg at the price already agreed.')),
  clean(EN('Our harvest improved, so we will increase your allocation from 40 to 55 bags at the agreed price.')),
  clean(EN('We are able to raise your monthly quota from 2,000 to 2,600 units at the same price.')),
  clean(EN('We will increase your discount from 5% to 8% on all orders from April.')),
  clean(EN('Good news: we can raise your allocated volume from 12 t to 15 t, and the price stays as quoted.')),
  clean(EN('We have decided to increase the rebate on your annual volume from 2% to 3% at the current price.')),
  clean(EN('We can increase your confirmed quantity from 300 to 450 cartons at the price in your order.')),
  clean(EN('We are happy to increase your credit from USD 20,000 to USD 30,000 at no extra cost.')),
  clean(EN('We will raise the warranty on the pumps from 24 to 36 months at the current price.')),
  clean(EN('We can raise your supply from 6 to 8 pallets a week at the same price per pallet.')),
  clean(EN('As the new line is running, we will increase your capacity from 500 to 700 units per month at the agreed price.')),
  clean(EN('We can increase the allowance for samples from 10 kg to 15 kg, with no change to the price.')),
  clean(EN('We will raise your allocation for the autumn from 1,000 to 1,400 bottles at the price we quoted in May.')),
  clean(EN('We are glad to increase the included support visits from 2 to 4 per year at the same price.')),
  clean(EN('From the next season we can raise your output share from 30% to 40% at the price already agreed.')),
  clean(EN('We will increase your free storage from 2 to 4 weeks at the current price.')),
  // Near misses: the client pays more, or waits longer, told bare.
  flag(EN('We will raise the price of the couverture from EUR 12.40 to EUR 13.90 per kg from April.'), 'We will raise the price of the couverture from EUR 12.40 to EUR 13.90 per kg from April.'),
  flag(EN('We will increase our prices by 8% from 1 April.'), 'We will increase our prices by 8% from 1 April.'),
  flag(EN('The price per kg will rise from EUR 12.40 to EUR 13.90 from April.'), 'The price per kg will rise from EUR 12.40 to EUR 13.90 from April.'),
  flag(EN('We will raise the minimum order from 100 kg to 250 kg from April.'), 'We will raise the minimum order from 100 kg to 250 kg from April.'),
  flag(EN('We will increase the handling fee from USD 40 to USD 65 per shipment.'), 'We will increase the handling fee from USD 40 to USD 65 per shipment.'),
  flag(EN('We will raise the fuel surcharge from 4% to 7% from next month.'), 'We will raise the fuel surcharge from 4% to 7% from next month.'),
  flag(EN('Our freight rate will increase from USD 1,200 to USD 1,550 per container.'), 'Our freight rate will increase from USD 1,200 to USD 1,550 per container.'),
  flag(EN('We will raise your unit price from ¥980 to ¥1,150 from the May order.'), 'We will raise your unit price from ¥980 to ¥1,150 from the May order.'),
  flag(EN('We must increase the deposit from 20% to 30% of the order value.'), 'We must increase the deposit from 20% to 30% of the order value.'),
  flag(EN('We will raise the price of your allocation from EUR 9.80 to EUR 11.20 per kg.'), 'We will raise the price of your allocation from EUR 9.80 to EUR 11.20 per kg.'),
  flag(EN('We will reduce your allocation from 1,100 kg to 800 kg for 2027.'), 'We will reduce your allocation from 1,100 kg to 800 kg for 2027.'),
  flag(EN('We will cut your discount from 8% to 5% from April.'), 'We will cut your discount from 8% to 5% from April.'),
  flag(EN('Prices for all couverture will go up by 6% from 1 March.'), 'Prices for all couverture will go up by 6% from 1 March.'),
  flag(EN('We will increase the lead time from 4 to 9 weeks.'), 'We will increase the lead time from 4 to 9 weeks.'),
  flag(EN('We are raising the license fee from USD 9,600 to USD 11,000 per year.'), 'We are raising the license fee from USD 9,600 to USD 11,000 per year.'),
  flag(EN('We will increase the cost of the allocation from EUR 8,000 to EUR 9,500.'), 'We will increase the cost of the allocation from EUR 8,000 to EUR 9,500.'),
];

runFpClass('r36 a figure raised for the client is no price rise (en)', 'bad-news', cases);
