// Round 26 (analysis/press-shape.ts): pressure read as a shape — a limit (time, scarce quantity, rival), the reader's
// decision asked, a stake of the seller's; or a proposal to skip the reader's process. Our own sentences, written
// for the class (ja, en, mixed; formal and casual), and near misses that share the words but must not press.
import { describe, expect, it } from 'vitest';
import { pressOf, pressParts, type PressKind } from '../../../src/engine/analysis/press-shape';

/** [sentence, the kind expected ('' = none), whether the date parser found a date to come in it]. */
type Row = [string, PressKind | '', boolean?];

const PRESSING: Row[] = [
  // A time limit, the reader's reply or decision, and the seller's own stake.
  ['Please reply until tomorrow so I can close this.', 'deadline'],
  ['Could you confirm by end of day? I need to close this before our quarter ends.', 'deadline'],
  ['I need your signature by Friday so we can book it this quarter — my quota depends on it.', 'deadline'],
  ['Kindly revert by tomorrow, otherwise I will have to give it to another customer.', 'deadline'],
  ['I would strongly advise you to sign before Golden Week, since our revised fee schedule, some fifteen per cent higher, takes effect on 6 May.', 'deadline', true],
  ['the price in this 見積書 is only until 2月末; from 3月1日 the price per 10a goes up ¥300 for new contracts', 'deadline', true],
  ['Let me know by Thursday, if we do not hear from you the crew will be reassigned to another client.', 'deadline'],
  ['本日中にお返事をいただけない場合、この枠はほかのお客様にお譲りします。', 'deadline'],
  ['11月30日以降にお申込みの場合、初期費用（30万円）が発生いたします。', 'deadline', true],
  ['今週中にご契約いただけないと、料金が上がりますのでご注意ください。', 'deadline'],
  ['明日までにご回答ください。今期中にクローズしたいので。', 'deadline'],
  // Scarcity with the decision, or with what is lost.
  ['Our audit team has only two slots remaining in the spring cycle, so I would be grateful if you could let me know by this Friday whether you wish to secure one of them.', 'scarcity'],
  ['We only onboard 3 new merchants in Japan per quarter, and Q1 is almost full, so the sooner we talk, the better.', 'scarcity'],
  ['For autumn planting we can still build 3 greenhouses, our installation crew is full after that.', 'scarcity'],
  ['Our JP team is ~80% booked through the summer; if you want the Q3 slot, please lock it in now.', 'scarcity'],
  ['Only 2 container slot left for March production, if you want please confirm order within this week.', 'scarcity'],
  ['9月のテスト枠は残り1つですので、お早めにご決断ください。', 'scarcity'],
  ['先着3社限定のため、ご発注をお急ぎください。', 'scarcity'],
  // A rival's interest in the same thing, told as a fact.
  ['Two other distributors in Kansai have asked for the same allocation.', 'rival'],
  ["There's another trading house kicking the tires on the same frac fleet, and they're gonna move fast.", 'rival'],
  ['Several competitors are already eyeing this lot.', 'rival'],
  ['Another bank in Osaka is also looking at the same onboarding window.', 'rival'],
  ['他のゲーム会社さんからも、9月のテスト枠について問い合わせが来ています。', 'rival'],
  ['他社様からも同じ在庫についてお問い合わせをいただいております。', 'rival'],
  // Skipping the reader's process.
  ['Honestly the pilot is low-risk and we can sort paperwork after kickoff.', 'skip'],
  ['I understand your ringi normally takes three to four weeks; in this case it will have to be faster.', 'skip'],
  ["Let's skip the formal approval for now and just start on Monday.", 'skip'],
  ['No need to wait for legal review, the contract is our standard one.', 'skip'],
  ['稟議は後でも大丈夫です。', 'skip'],
  ['細かい話は後で詰めましょう、まずは発注書をお願いします。', 'skip'],
  ['細かい点は後で調整しますので、先にサインをお願いします。', 'skip'],
  ['社内承認を待たずに、先行してご発注いただけますか。', 'skip'],
];

const CLEAN: Row[] = [
  // A limit alone, or a reply asked with nothing at stake for us.
  ['Please confirm by Friday whether the 10:00 slot works for your team.', ''],
  ['The quote is valid until 30 June.', '', true],
  ['Our engineers have slots open any day next week, so just pick what suits you.', ''],
  ['We still have two slots available next week if that suits you.', ''],
  ['We will send the revised drawings by Thursday.', ''],
  ['To meet your production start in April, we would need the order by February 10.', '', true],
  ['Thank you for introducing us to Mr. Sato; we would be glad to meet whenever suits him.', ''],
  ['Other banks have chosen the same core system.', ''],
  ['Other customers have asked the same question, so I attach our FAQ.', ''],
  ['Once you approve, the contract can follow later at your convenience.', ''],
  ['Our legal team will review the contract later this week.', ''],
  ['There is no rush: please reply by Friday only if that is easy for you, otherwise whenever you are ready.', ''],
  ['The other slot is on Tuesday.', ''],
  ['I understand that for this contract you need the 稟議 and the next board meeting is only 2月20日.', '', true],
  ['ご都合のよいときにご返信ください。', ''],
  ['稟議に必要な資料がございましたら、お申し付けください。', ''],
  ['契約書は後ほどお送りいたします。', ''],
  ['他社様でも多く使っていただいております。', ''],
  ['残りの15kgを試験価格（通常価格の半額）でご用意する形はいかがでしょうか。', ''],
  ['お見積りの有効期限は6月30日までとなっております。', '', true],
  ['来週でしたら、いつでもお打ち合わせ可能です。', ''],
  // A form's fields "filled" is no capacity (tests/unit/ja/classes-r15-press).
  ['申込書の記入欄はすでに埋まっておりますので、ご署名だけお願いいたします。', ''],
  // Development set r13 (c13j-029): our own period named in a reassurance is no stake.
  ['仮に今期の枠が埋まりました場合でも、次期の導入支援を優先してご案内いたします。', ''],
];

describe('press-shape: the shapes that press', () => {
  it.each(PRESSING)('%s → %s', (text, kind, dated) => {
    expect(pressOf(pressParts(text), !!dated) ?? '', JSON.stringify(pressParts(text))).toBe(kind);
  });
});

describe('press-shape: near misses stay clean', () => {
  it.each(CLEAN)('%s', (text, kind, dated) => {
    expect(pressOf(pressParts(text), !!dated) ?? '', JSON.stringify(pressParts(text))).toBe(kind);
  });
});

describe('press-shape: the limit alone never presses', () => {
  it('a time, a deadline and a date with nothing asked and nothing at stake', () => {
    expect(pressOf(pressParts('The seminar is on Friday.'), true)).toBeUndefined();
    expect(pressOf(pressParts('We will deliver by the end of the month.'), true)).toBeUndefined();
  });
  it('"no rush" eases every shape', () => {
    expect(pressOf(pressParts('Two other distributors asked for the same allocation, but no rush at all.'), false)).toBeUndefined();
  });
});

// Round 27: a hold that lapses to another party (or is gone), advice on the reader's own good tied to now and a
// commitment, a commitment asked the same day; and their near misses — a quote's validity, our own cut-off told with
// an apology and its reason, a handing-on to a party of ours with no lapse, a reply asked today with no commitment.
const LAPSING: Row[] = [
  ['We can hold the slot until Friday; after that it goes to the next customer.', 'deadline'],
  ["I can hold them for you until Thursday, but if I haven't got an order from you by then they're going to our importer in Singapore.", 'deadline'],
  ['The last 600 meters of our bouclé in ivory will be allocated to other clients next Wednesday.', 'deadline', true],
  ['This price is valid 24 hours only, then it is gone.', 'deadline'],
  ['Just so you know, these 12 pallets will be sold to someone else if we do not get your PO by Monday.', 'deadline'],
  ['The introductory pricing has been approved only for this Friday, after which it will be revised upwards.', 'deadline', true],
  ['金曜までにご返答がない場合、枠は他社様に回させていただきます。', 'deadline'],
  ['来週水曜日には残りの在庫を他のお取引先に割り当てる予定です。', 'deadline', true],
  ['今週金曜日を過ぎますと、仮押さえは解除となります。', 'deadline'],
  ["You'd be wise to lock this in now.", 'deadline'],
  ["Honestly, the smart move would be to sign this week.", 'deadline'],
  ['今のうちにご契約いただくのが得策かと存じます。', 'deadline'],
  ['早めに押さえておかれたほうが賢明です。', 'deadline'],
  ['Please send your order today.', 'deadline'],
  ['本日中にご注文いただけますでしょうか。', 'deadline'],
  ['6月1日以降は価格が8%上がりますので、それまでのご発注をおすすめします。', 'deadline', true],
];
const NOT_LAPSING: Row[] = [
  ['This quote is valid for 30 days.', ''],
  ['As with all our quotations, the prices are valid for 60 days from today; after that we would simply review them against current yarn costs.', ''],
  ['お見積りの有効期限は発行日より30日間です。', '', true],
  ['大変恐縮ですが、夏季の設備点検のため、6月生産分のご注文は5月15日で締め切らせていただきます。', '', true],
  ['The samples will go to our distributor in Osaka next week, who will bring them to your office.', '', true],
  ['Please send us your feedback on the drawings today if you can.', ''],
  ['他の製品についても、来週の展示会でご案内いたします。', '', true],
  ['We recommend the X5 model for your line.', ''],
  ['The wise choice of material depends on the load.', ''],
];

describe('press-shape: a hold that lapses, advice to commit now, a same-day order (round 27)', () => {
  it.each(LAPSING)('%s → %s', (text, kind, dated) => {
    expect(pressOf(pressParts(text), !!dated) ?? '', JSON.stringify(pressParts(text))).toBe(kind);
  });
  it.each(NOT_LAPSING)('%s stays clean', (text, kind, dated) => {
    expect(pressOf(pressParts(text), !!dated) ?? '', JSON.stringify(pressParts(text))).toBe(kind);
  });
});
