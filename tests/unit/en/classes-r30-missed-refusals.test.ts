// Round 30 (verdict30, issue 9/10 point 3): refusals round 29's unread sets still missed, each class written in its own
// wordings with near misses that must stay clean (of blunt-refusal):
// - a scope said as "outside what we <verb>" — any verb of ours (cover, support, handle, take on), r29 aw-006;
// - a form of the thing denied by a modal of ours ("we cannot supply the leaf version in 100 g retail packs", r29
//   au1-050): the variant they asked for turned down, a refusal and not a shortage told (the notice's reading stands for a
//   time, the stock or a quantity after "in").
// Known misses left: "We won't print the labels in your house colours." (a will-not of ours with no ask in sight is read
// as no refusal at all, before and after); "We never ship goods in damaged cartons; …" (a practice of ours, flagged by
// flat-no on main and here — issue point 2's class).
import { describe } from 'vitest';
import { run } from './refusal-case-table';

const sign = '\n\nBest regards,\nMärt';

describe('"outside what we <verb>" is a scope said as a flat no', () => {
  run([
    { subject: 'Re: Hosting the portal', body: `Dear Mr. Mori,\n\nThank you for the questions.\nRunning the portal on your own on-premise servers is outside what we cover; the platform is delivered only as a managed service.${sign}`, refusal: 'outside what we cover' },
    { subject: 'Re: Translation', body: `Dear Ms. Abe,\n\nTranslating the manuals into Japanese is outside what we handle.${sign}`, refusal: 'outside what we handle' },
    { subject: 'Re: Repairs', body: `Dear Mr. Ueno,\n\nRepairs on third-party pumps fall outside of what we support.${sign}`, refusal: 'outside of what we support' },
    { subject: 'Re: Data entry', body: `Dear Ms. Kato,\n\nEntering the legacy records by hand is outside what we take on.${sign}`, refusal: 'outside what we take on' },
    { subject: 'Re: Site survey', body: `Dear Mr. Sato,\n\nThank you for your email.\nA site survey in Hokkaido is outside what we normally cover.${sign}`, refusal: 'outside what we normally cover' },
    { subject: 'Re: Custom training', body: `Dear Ms. Ono,\n\nA custom training course for your dealers is outside what I can arrange.${sign}`, refusal: 'outside what I can arrange' },
    { subject: 'Re: Questions', body: `Dear Mr. Ito,\n\n- Integration with your ERP: outside what we deliver\n- Japanese UI: included${sign}`, refusal: 'outside what we deliver' },
    { subject: 'Re: Installation', body: `Dear Mr. Mori,\n\nOn-site installation is beyond what we normally cover for a single unit.${sign}`, refusal: 'beyond what we normally cover' },
    { subject: 'Re: Warranty', body: `Dear Ms. Abe,\n\nDamage from misuse is beyond what we support under the warranty.${sign}`, refusal: 'beyond what we support' },
    { subject: 'Re: Your requests', body: `Dear Ms. Kondo,\n\n| Request | Answer |\n|---|---|\n| Weekend hotline | Outside what we offer |\n| Monthly report | Yes |${sign}`, refusal: 'Outside what we offer' },
    { subject: 'Re: On-premise', body: `Dear Mr. Mori,\n\nAn on-premise installation is outside what we provide; the software runs only in our cloud.${sign}`, refusal: 'outside what we provide' },
    { subject: 'Re: Legal review', body: `Dear Ms. Sato,\n\nReviewing your local contracts is outside what we do as a supplier.${sign}`, refusal: 'outside what we do' },
  ]);
});

describe('near misses: outside / beyond what we … that is no scope', () => {
  run([
    { subject: 'Results', body: `Dear Mr. Mori,\n\nSales in Kansai went beyond what we expected this year.${sign}`, refusal: null },
    { subject: 'Thanks', body: `Dear Ms. Abe,\n\nYour team went beyond what we asked for, and we are grateful.${sign}`, refusal: null },
    { subject: 'Visit', body: `Dear Mr. Ueno,\n\nOutside, what we need is a dry loading bay for the truck.${sign}`, refusal: null },
    { subject: 'Re: Scope', body: `Dear Ms. Kato,\n\nNothing in your list is outside what we cover under the contract.${sign}`, refusal: null },
    { subject: 'Re: Scope', body: `Dear Mr. Sato,\n\nIf anything falls outside what we cover, we will tell you before starting.${sign}`, refusal: null },
    { subject: 'Re: Scope', body: `Dear Ms. Ono,\n\nI'm afraid the migration is outside what we cover, but let me check with my manager what we can do.${sign}`, refusal: null },
    { subject: 'Re: Plan', body: `Dear Mr. Ito,\n\nWe would like to go beyond what we promised and add a second training day at no cost.${sign}`, refusal: null },
    { subject: 'Re: Plan', body: `Dear Ms. Kondo,\n\nThe new plan covers everything we discussed and more; nothing is outside what we agreed.${sign}`, refusal: null },
  ]);
});

describe('a form of the thing denied by a modal of ours turns down the variant asked for', () => {
  run([
    { subject: 'Purple tea powder', body: `Dear Ms. Hoshino,\n\nThe powder ships next week. Also, we cannot supply the leaf version in 100 g retail packs.\nThe leaf is available in 1 kg bags only.${sign}`, refusal: 'we cannot supply the leaf version in 100 g retail packs' },
    { subject: 'Re: Gallium', body: `Dear Mr. Ueno,\n\nThank you for the enquiry. We do not ship gallium in 1 kg bottles.${sign}`, refusal: 'We do not ship gallium in 1 kg bottles' },
    { subject: 'Re: Manuals', body: `Dear Ms. Abe,\n\nWe can't deliver the service manual in Japanese.${sign}`, refusal: "We can't deliver the service manual in Japanese" },
    { subject: 'Re: Paint', body: `Dear Mr. Sato,\n\nWe cannot offer the RAL 5015 finish in matte.${sign}`, refusal: 'We cannot offer the RAL 5015 finish in matte' },
    { subject: 'Re: Resin order', body: `Dear Ms. Kato,\n\nThe pellets are ready. We are unable to pack the resin in 5 kg bags.${sign}`, refusal: 'We are unable to pack the resin in 5 kg bags' },
    { subject: 'Re: Cable', body: `Dear Ms. Ono,\n\nWe cannot cut the cable in 30 m lengths.${sign}`, refusal: 'We cannot cut the cable in 30 m lengths' },
    { subject: 'Re: Software', body: `Dear Mr. Mori,\n\nWe do not license the module as a perpetual licence.${sign}`, refusal: 'We do not license the module as a perpetual licence' },
    { subject: 'Re: Coffee', body: `Dear Ms. Kondo,\n\nWe can't roast the Kenya AA in single-origin 250 g tins.${sign}`, refusal: "We can't roast the Kenya AA in single-origin 250 g tins" },
    { subject: 'Re: Fabric', body: `Dear Ms. Onodera,\n\nWe cannot weave the twill in a 160 cm width.${sign}`, refusal: 'We cannot weave the twill in a 160 cm width' },
  ]);
});

describe('near misses: a shortage or a delay told with a time, the stock or a quantity stays news', () => {
  run([
    { subject: 'Supply of KH-PP20', body: `Dear Ms. Hoshino,\n\nWe are very sorry: because of the drought we cannot supply the powder in the quantities you need this season. I will call you tomorrow to discuss the allocation.${sign}`, refusal: null },
    { subject: 'Delivery', body: `Dear Mr. Ueno,\n\nI am sorry to tell you that we cannot deliver the balance in time for your line start; our plant had a fire. Could I call you this afternoon?${sign}`, refusal: null },
    { subject: 'Stock', body: `Dear Ms. Abe,\n\nWe apologise: we do not have the 5 kg drums in stock until June, as our supplier is late. I will call you to discuss options.${sign}`, refusal: null },
    { subject: 'Packaging', body: `Dear Mr. Sato,\n\nGood news: we can now supply the leaf version in 100 g retail packs.${sign}`, refusal: null },
    { subject: 'Packaging', body: `Dear Ms. Kato,\n\nAs requested, we will pack the resin in 5 kg bags from the next order.${sign}`, refusal: null },
    { subject: 'Re: Manuals', body: `Dear Mr. Ito,\n\nI'm afraid we cannot deliver the manual in Japanese, but we can offer an English version with a Japanese quick guide.${sign}`, refusal: null },
    { subject: 'Handling', body: `Dear Ms. Ono,\n\nPlease do not store the resin in direct sunlight.${sign}`, refusal: null },
  ]);
});
