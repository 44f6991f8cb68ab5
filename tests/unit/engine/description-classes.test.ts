// Round 26 (quiet): three classes of clean drafts that read like a problem, each with the positives that must stay
// flagged. Every sentence is set in a client mail of its language (a reply: "Thank you for your email." /
// いつもお世話になっております) and must raise exactly the categories given ('' = none).
// 1. Description vs response: a specification describes the thing — the design as the reason or agent ("not supported
//    by the design", 設計上), a property of make denied after the copula ("not equipped / rated / compatible"), a
//    product named by the document's deixis as the topic (本ドローン, 当アプリ, 同モデル) — while our side declining an
//    act ("we cannot", 弊社では…行っておりません), a request echoed (your request, ご要望), or a service withheld ("Weekend
//    support is not offered") stays a refusal (src/engine/analysis/en-describes.ts, en-sentence-act.ts specifies,
//    src/engine/analysis/ja.ts sideOf, src/rules/ja/lib/flat-refusal.ts).
// 2. Terms and conventions that are not news: the currency, payment terms, tax, validity, shipping terms, and the costs
//    every buyer bears by convention (bank and remittance fees, customs duties: src/engine/analysis/convention-cost.ts).
// 3. Dates that are not proposals: a weather fallback (雨天の場合は…に延期, "if the weather is bad, … to Saturday"),
//    a deadline, a closure, a past meeting thanked for (src/rules/any/calendar/meeting-dates.ts contingency,
//    src/engine/analysis/en-news.ts contingencyPlan).
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';

type Case = [expected: string, lang: 'ja' | 'en', sentence: string];

const engine = nodeEngine();

function mail(lang: 'ja' | 'en', s: string): string {
  return lang === 'ja'
    ? `山田様\n\nいつもお世話になっております。株式会社サンプルの佐藤です。\n\n${s}\n\n引き続きよろしくお願いいたします。\n\n佐藤`
    : `Dear Yamada-san,\n\nThank you for your email.\n\n${s}\n\nPlease let me know if you have any questions.\n\nBest regards,\nJohn Smith`;
}

function run(cases: readonly Case[]) {
  it.each(cases)('[%s] %s: %s', (expected, lang, sentence) => {
    const body = mail(lang, sentence);
    const findings = engine.analyze({ subject: lang === 'ja' ? 'ご連絡' : 'Follow-up', body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2026-05-01' } });
    const got = [...new Set(findings.map((f) => f.category))].sort().join(',');
    expect(got, findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')).toBe(expected);
  });
}

const DESC: Case[] = [
  ['', 'en', 'The system supports on-premises installation only.'],
  ['', 'en', 'This is not supported by the design.'],
  ['', 'en', 'Regarding real-time sync: this is not supported by the design, as the sensor uploads once a day.'],
  ['', 'en', 'The X200 does not include a battery.'],
  ['', 'en', 'The standard plan does not include phone support.'],
  ['', 'en', 'The API is compatible with Windows 10 and later only.'],
  ['', 'en', 'The software does not run on macOS.'],
  ['', 'en', 'The licence covers up to 50 users.'],
  ['', 'en', 'The sensor is not waterproof.'],
  ['', 'en', 'Export to CSV is not available in the Lite edition.'],
  ['', 'en', 'The price does not include shipping.'],
  ['', 'en', 'The unit is not designed for temperatures below -10°C.'],
  ['', 'en', 'The module does not support SAML at this time.'],
  ['', 'en', 'The warranty does not cover damage caused by misuse.'],
  ['', 'en', 'The service is available in Japanese and English only.'],
  ['', 'en', 'The pumps are not rated for food-grade use.'],
  ['', 'en', 'The dashboard cannot be customised by end users; administrators set the layout.'],
  ['', 'en', 'The drone cannot fly in winds above 10 m/s.'],
  ['', 'en', 'Our platform is cloud-only; there is no on-premises version.'],
  ['', 'en', 'The Basic tier does not offer SSO.'],
  ['', 'en', 'As for your question, the device works only with 200V power.'],
  ['', 'en', 'The booth is not equipped with a power outlet.'],
  ['', 'en', 'The firmware does not allow remote updates.'],
  ['', 'en', 'The platform is designed for single-tenant use only.'],
  ['', 'en', 'The model supports a maximum of 8 cameras.'],
  ['', 'en', 'The contract does not include on-site maintenance.'],
  ['', 'en', 'The trial does not include API access.'],
  ['', 'ja', '本製品はクラウド版には対応しておりません。'],
  ['', 'ja', 'お問い合わせいただいた動作環境についてご案内いたします。本製品はクラウド版には対応しておりません。'],
  ['', 'ja', '本サービスには導入支援は含まれません。'],
  ['', 'ja', '本機はWindows 11のみ対応しています。'],
  ['', 'ja', '標準プランには電話サポートは含まれておりません。'],
  ['', 'ja', '本ソフトはMacでは動作しません。'],
  ['', 'ja', '本機種は屋外での使用を想定しておりません。'],
  ['', 'ja', '価格には送料は含まれておりません。'],
  ['', 'ja', '本製品は防水仕様ではありません。'],
  ['', 'ja', 'APIは読み取り専用で、書き込みには対応していません。'],
  ['', 'ja', 'CSV出力はライト版ではご利用いただけません。'],
  ['', 'ja', '本システムはオンプレミス環境でのみご利用いただけます。'],
  ['', 'ja', 'このモデルは日本語表示のみとなります。'],
  ['', 'ja', '本ドローンは風速10m/s以上では飛行できません。'],
  ['', 'ja', 'ライセンスは最大50ユーザーまでとなっております。'],
  ['', 'ja', '本装置は200V電源専用です。'],
  ['', 'ja', '保証は誤使用による故障には適用されません。'],
  ['', 'ja', 'トライアル版ではAPIをご利用いただけません。'],
  ['', 'ja', '本サービスはシングルサインオンには対応しておりません。'],
  ['', 'ja', '設計上、リアルタイム同期には対応しておりません。'],
  ['', 'en', 'Real-time streaming is not possible by design: the logger buffers data for 15 minutes.'],
  ['', 'en', 'Due to the hardware design, the gateway does not support PoE.'],
  ['', 'en', 'Because of its architecture, the platform does not allow cross-tenant queries.'],
  ['', 'en', 'Multi-user editing is not supported by design.'],
  ['', 'en', 'The enclosure is not rated for IP67.'],
  ['', 'en', 'The X-40 is not designed for continuous duty above 40°C.'],
  ['', 'en', 'The controller is not compatible with 24V sensors.'],
  ['', 'en', 'This model is not certified for medical use.'],
  ['', 'en', 'The drone is not intended for night flights.'],
  ['', 'en', 'Our standard booth is not fitted with a sink.'],
  ['', 'en', 'The cabinet is not suitable for outdoor installation.'],
  ['', 'en', 'These panels are not built for load-bearing use.'],
  ['', 'en', '1) Languages: English and Japanese\n2) Offline mode: the app is not designed for offline use\n3) SSO: supported'],
  ['', 'en', 'The reader is not waterproof, so please keep it indoors.'],
  ['', 'ja', '本アプリはオフラインでは使用できません。'],
  ['', 'ja', '本ユニットは屋外では動作しません。'],
  ['', 'ja', '当センサーは防水仕様ではないため、屋内でご使用ください。'],
  ['', 'ja', '構造上、本機は壁掛け設置には対応しておりません。'],
  ['', 'ja', '本ゲートウェイはPoE給電には対応しておりません。'],
  ['', 'ja', '同モデルは24Vのセンサーには対応していません。'],
  ['', 'ja', '本ツールは同時編集ができません。'],
  ['', 'ja', '設計上、リアルタイムでの配信はできません。'],
];

const DESCPOS: Case[] = [
  ['blunt-refusal', 'en', 'We cannot support on-premises installation.'],
  ['blunt-refusal', 'en', 'We won\'t be able to add that feature.'],
  ['blunt-refusal', 'en', 'That\'s not possible.'],
  ['blunt-refusal', 'en', 'No, we don\'t do custom colours.'],
  ['blunt-refusal', 'en', 'That is out of scope.'],
  ['blunt-refusal', 'en', 'We do not offer on-site support.'],
  ['blunt-refusal', 'en', 'We will not change the design.'],
  ['blunt-refusal', 'en', 'Regarding your request for a discount, we cannot lower the price.'],
  ['blunt-refusal', 'en', 'We can\'t accept returns after 30 days.'],
  ['blunt-refusal', 'ja', '社内行事があるため、お伺いできません。'],
  ['blunt-refusal', 'ja', '値引きはできません。'],
  ['blunt-refusal', 'ja', 'ご依頼の件ですが、弊社では対応しておりません。'],
  ['blunt-refusal', 'ja', '弊社ではカスタム対応はしません。'],
  ['blunt-refusal', 'ja', 'その件はお受けできません。'],
  ['blunt-refusal', 'ja', 'ご要望のオンプレミス版の提供はできません。'],
  ['blunt-refusal', 'ja', '返品は受け付けておりません。'],
  ['blunt-refusal', 'ja', '納期の短縮には対応できません。'],
  ['blunt-refusal', 'en', 'We will not support PoE.'],
  ['blunt-refusal', 'en', 'We are not able to modify the design for you.'],
  ['blunt-refusal', 'en', 'Regarding your request to add PoE: the gateway is not designed for it, so we cannot do that.'],
  ['blunt-refusal', 'en', 'We don\'t do weekend installations.'],
  ['blunt-refusal', 'en', 'Weekend support is not offered.'],
  ['blunt-refusal', 'en', 'Custom firmware is not something we do.'],
  ['blunt-refusal', 'en', 'We cannot ship on Saturday.'],
  ['blunt-refusal', 'en', 'Thank you for your request for a rush delivery. That is not possible.'],
  ['blunt-refusal', 'ja', '本件はお受けできません。'],
  ['blunt-refusal', 'ja', '弊社では土日の設置作業は行っておりません。'],
  ['blunt-refusal', 'ja', 'ご要望いただいたPoE対応は、本ゲートウェイではできません。'],
  ['blunt-refusal', 'ja', '今回のご依頼はお断りします。'],
  ['blunt-refusal', 'ja', '当日の立ち会いはできません。'],
  ['blunt-refusal', 'ja', 'ご希望の納期には対応できません。'],
  ['blunt-refusal', 'en', 'Our team is not equipped to handle custom firmware.'],
  ['blunt-refusal', 'en', 'Our engineers are not certified for work at height, so we cannot do the installation.'],
];

const TERMS: Case[] = [
  ['', 'ja', 'お見積書を添付いたします。請求は円建てとなります。'],
  ['', 'ja', '請求は円建てとなりますので、ご了承ください。'],
  ['', 'ja', 'お支払いは月末締め翌月末払いとなります。'],
  ['', 'ja', '表示価格はすべて税抜です。'],
  ['', 'ja', '本見積の有効期限は発行日より30日間です。'],
  ['', 'ja', '送料は別途となります。'],
  ['', 'ja', '価格は米ドル建てとなります。'],
  ['', 'ja', '納品は弊社倉庫渡しとなります。'],
  ['', 'ja', 'お支払いは銀行振込のみとなります。'],
  ['', 'ja', '価格には消費税は含まれておりません。'],
  ['', 'ja', 'お見積りの有効期限は2026年5月31日までとなります。'],
  ['', 'ja', '本価格はFOB横浜条件となります。'],
  ['', 'ja', 'ご請求はユーロ建てとなりますので、為替の変動はございません。'],
  ['', 'en', 'Prices are quoted in USD.'],
  ['', 'en', 'Invoices are issued in Japanese yen.'],
  ['', 'en', 'Payment terms are net 30.'],
  ['', 'en', 'All prices exclude consumption tax.'],
  ['', 'en', 'This quotation is valid for 30 days.'],
  ['', 'en', 'Shipping is FOB Yokohama.'],
  ['', 'en', 'Prices are ex-works and exclude freight.'],
  ['', 'en', 'The invoice will be in euros.'],
  ['', 'en', 'Please note that billing will be in Japanese yen.'],
  ['', 'en', 'Bank transfer fees are borne by the remitter.'],
  ['', 'en', 'The quote is valid until May 31.'],
  ['', 'en', 'All amounts are in JPY and exclude 10% consumption tax.'],
  ['', 'en', 'Please note that all prices are in euros, excluding VAT.'],
  ['', 'en', 'Payment is due within 30 days of the invoice date.'],
  // A cost every buyer bears by convention (src/engine/analysis/convention-cost.ts).
  ['', 'en', 'Bank charges are for your account.'],
  ['', 'en', 'Bank transfer fees are on your side.'],
  ['', 'en', 'Customs duties in Japan are not included in the price.'],
  ['', 'en', 'Import duties and local taxes are the buyer\'s responsibility.'],
  ['', 'en', 'Please note that remittance fees are borne by the payer.'],
  ['', 'ja', '振込手数料は貴社ご負担となります。'],
  ['', 'ja', 'お振込手数料はお客様のご負担でお願いいたします。'],
  ['', 'ja', '関税・輸入消費税はお客様のご負担となります。'],
  ['', 'ja', '送金手数料は貴社負担となります。'],
];

const TERMSPOS: Case[] = [
  ['bad-news', 'en', 'From June 1, prices will increase by 8%.'],
  ['bad-news', 'ja', '6月1日より価格を10%値上げいたします。'],
  ['bad-news', 'ja', '6月出荷分より、価格は円建てから米ドル建てに変更となります。'],
  ['blunt-refusal', 'en', 'Additional revisions are not performed by our design team after sign-off.'],
  ['blunt-refusal', 'ja', '追加費用38万円は貴社のご負担になります。'],
  ['blunt-refusal', 'ja', '再送の送料はお客様ご負担となります。'],
  ['bad-news', 'ja', '4月分より振込手数料はお客様のご負担となります。'],
  ['blunt-refusal', 'en', 'Customs clearance is the buyer\'s responsibility under FOB terms; our forwarder will not handle it for you.'],
];

const CAL: Case[] = [
  ['', 'ja', '工場見学は5月12日（火）10時からを予定しております。雨天の場合は5月17日（日）に延期いたします。'],
  ['', 'ja', 'デモ飛行は5月12日（火）に実施いたします。雨天時の予備日は5月17日（日）です。'],
  ['', 'ja', '圃場でのデモは5月12日（火）を予定しております。荒天の場合は5月16日（土）に順延となります。'],
  ['', 'ja', '資料のご提出期限は5月3日（日）です。'],
  ['', 'ja', '5月2日から5月6日まで休業いたします。'],
  ['', 'ja', '先日4月29日（水）はお時間をいただきありがとうございました。'],
  ['', 'ja', '弊社は5月3日（日）から5月6日（水）までゴールデンウィーク休業となります。'],
  ['', 'ja', 'ご回答の期限は5月16日（土）となります。'],
  ['', 'ja', 'お見積りの有効期限は5月31日（日）です。'],
  ['', 'en', 'The field demonstration is scheduled for Tuesday, May 12 at 10:00. In case of rain, the fallback date is Sunday, May 17.'],
  ['', 'en', 'The demo flight will take place on Tuesday, May 12. If the weather is bad, we will postpone it to Saturday, May 16.'],
  ['', 'en', 'The rain date is Sunday, May 17.'],
  ['', 'en', 'Please send your comments by Sunday, May 10.'],
  ['', 'en', 'Our office will be closed from May 2 to May 6.'],
  ['', 'en', 'Thank you again for your time on Wednesday, April 29.'],
  ['', 'en', 'The quotation is valid until Sunday, May 31.'],
  ['', 'en', 'The deadline for registration is Saturday, May 16.'],
  ['', 'en', 'Our warehouse is closed on Sunday, May 3, so orders placed that day ship on May 7.'],
  ['', 'en', 'We met on Sunday, April 26 at the trade fair in Osaka, and I enjoyed our conversation.'],
  ['', 'en', 'The shipment left Rotterdam on Saturday, May 2 and arrives in Tokyo on May 30.'],
];

const CALPOS: Case[] = [
  ['calendar', 'ja', '5月5日（火）にお打ち合わせはいかがでしょうか。'],
  ['calendar', 'ja', '5月17日（日）10時にお伺いしてもよろしいでしょうか。'],
  ['calendar', 'en', 'Could we meet on Sunday, May 17 at 10:00?'],
  ['calendar', 'en', 'I would like to visit your office on May 5 at 14:00.'],
  ['calendar', 'en', 'The field demonstration is scheduled for Sunday, May 17 at 10:00.'],
  ['calendar', 'ja', 'デモ飛行は5月17日（日）に実施いたします。'],
];

describe('a specification describes the thing: clean', () => run(DESC));
describe('a refusal by our side, of an echoed request or a service withheld: flagged', () => run(DESCPOS));
describe('terms and conventions (currency, payment, tax, validity, shipping): clean', () => run(TERMS));
describe('a change of terms or price announced, an extra cost put on them: flagged', () => run(TERMSPOS));
describe('dates that are not proposals (fallback, deadline, closure, past): clean', () => run(CAL));
describe('a meeting proposed on a closed day: flagged', () => run(CALPOS));

// Whole mails: bilingual, an answer sheet, a fallback date in a sentence of its own, terms lines, and a spec said in
// answer to a request echoed with our no after it (stays flagged).
const MAILS: Array<[expected: string, subject: string, body: string]> = [
  ["", "Re: クラウド版について / Cloud version", "田中様\n\nお問い合わせありがとうございます。\n本アプリは設計上、オンプレミス環境専用となっており、クラウド版には対応しておりません。\nThe app is designed for on-premises servers; it is not supported on public cloud by design.\n\nよろしくお願いいたします。\nMaria Lopes"],
  ["", "Re: Questions on the gateway", "Dear Mr. Ito,\n\nThank you for your questions. Our answers:\n1. PoE: the gateway is not equipped for PoE; it uses a 12V adapter.\n2. Outdoor use: the enclosure is not rated for outdoor installation.\n3. Languages: English and Japanese.\n\nBest regards,\nKarin"],
  ["", "Field demo on 12 May", "Dear Mr. Ito,\n\nOur drone spraying demo is confirmed for Tuesday, May 12 at 10:00 at your farm in Chiba.\nShould it rain, the demo moves to Sunday, May 17, same time.\n\nBest regards,\nPaulo Souza"],
  ["", "圃場デモのご案内", "株式会社みどり農園\n田中様\n\nいつもお世話になっております。\nドローン散布のデモを5月12日（火）10時より貴社圃場にて実施いたします。\nなお、荒天時は5月16日（土）に順延とさせていただきます。\n\nよろしくお願いいたします。"],
  ["", "Re: Payment", "Dear Ms. Sato,\n\nThank you for the purchase order.\nInvoices are issued in JPY; bank charges are for the remitter\'s account.\nPayment terms: 30 days end of month.\n\nBest regards,\nTom"],
  ["blunt-refusal", "Re: Discount", "Dear Ms. Sato,\n\nRegarding your request for a discount: the price is not designed to be negotiable. We cannot lower it.\n\nBest regards,\nTom"],
];

describe('whole mails', () => {
  it.each(MAILS)('[%s] %s', (expected, subject, body) => {
    const findings = engine.analyze({ subject, body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2026-05-01' } });
    const got = [...new Set(findings.map((f) => f.category))].sort().join(',');
    expect(got, findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')).toBe(expected);
  });
});
