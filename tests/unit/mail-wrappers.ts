// The letterheads the class tests wrap their cases in: one function a sender and recipient, shared by every file that
// writes the same mail around its cases (round 36, hyg36: they were copied from round to round). A wrapper returns
// the exact text its copies did; a file names it as it named its copy (`import { lindJa as ja }`).

/** engine/classes-r29-nearmiss.test.ts, engine/classes-r30-news.test.ts, engine/classes-r31-offer-cases.ts. */
export const abcEn = (body: string) => `Dear Mr. Sato,\n\nThank you for your message.\n${body}\n\nBest regards,\nJohn Smith`;
/** engine/classes-r29-nearmiss.test.ts, engine/classes-r30-news.test.ts, engine/classes-r31-offer-cases.ts. */
export const abcJa = (body: string) => `株式会社山田製作所\n購買部 佐藤様\n\nいつもお世話になっております。ABC社の鈴木です。\n\n${body}\n\n何卒よろしくお願いいたします。\n鈴木`;
/** engine/classes-r28-tone.test.ts, engine/classes-r29-casual.test.ts, engine/classes-r30-chatline.test.ts. */
export const abcJaShort = (body: string) => `株式会社山田製作所\n佐藤様\n\nいつもお世話になっております。ABC社の鈴木です。\n\n${body}\n\n何卒よろしくお願いいたします。\n鈴木`;
/** engine/classes-r29-nearmiss.test.ts, engine/classes-r30-news.test.ts, engine/classes-r31-offer-cases.ts. */
export const abcMixed = (body: string) => `株式会社山田製作所\n購買部 佐藤様\n\nいつもお世話になっております。ABC社の鈴木です。\n\n${body}\n\nBest regards,\nSuzuki`;
/** en/classes-r24-refuse.test.ts, en/classes-r25-refuse.test.ts, en/classes-r27-decline.test.ts, en/classes-r28-refuse.test.ts. */
export const enArai = (body: string) => `Dear Ms. Arai,\n\n${body}\n\nKind regards,\nTom Becker\nBecker Hydraulics GmbH`;
/** en/classes-r15-en-news.test.ts, en/classes-r16-en-news.test.ts. */
export const enHirata = (body: string) => `Dear Mr. Hirata,\n\n${body}\n\nBest regards,\nClaire Dubois`;
/** en/classes-r18b-news2.test.ts, en/classes-r19-ennews2.test.ts, en/classes-r20-enbad.test.ts, en/classes-r21-enbad.test.ts. */
export const enHoshino = (body: string) => `Dear Ms. Hoshino,\n\n${body}\n\nBest regards,\nDaniel Brooks`;
/** en/classes-r13b-en.test.ts, en/classes-r15-en-ref.test.ts, en/classes-r16-en-ref.test.ts, en/classes-r16-en-reg.test.ts. */
export const enKato = (body: string) => `Dear Mr. Kato,\n\n${body}\n\nBest regards,\nLuca Bianchi`;
/** en/classes-r17-en-news.test.ts, en/classes-r18-news.test.ts, en/classes-r22-ennews.test.ts. */
export const enNakamura = (body: string) => `Dear Mr. Nakamura,\n\n${body}\n\nBest regards,\nLauren Mitchell`;
/** calendar/classes-r33-cases.ts, calendar/classes-r34-clock-cases.ts. */
export const enNishimura = (body: string) => `Dear Mr. Nishimura,\n\n${body}\n\nKind regards,\nAya`;
/** en/profanity-span-r36.test.ts, engine/classes-r35-misc-table.ts. */
export const enNishimuraBrooks = (body: string) => `Dear Mr. Nishimura,\n\n${body}\n\nKind regards,\nAya Brooks`;
/** en/classes-r15-press.test.ts, en/classes-r16-press.test.ts, en/classes-r17-en-ref.test.ts. */
export const enOgawa = (body: string) => `Dear Mr. Ogawa,\n\nThank you for your time last week.\n${body}\n\nBest regards,\nDaniel Frost`;
/** en/classes-r23-mendpress.test.ts, en/classes-r23-mendref.test.ts, en/classes-r23-refreg.test.ts. */
export const enOkada = (body: string) => `Dear Mr. Okada,\n\nThank you for your message.\n\n${body}\n\nKind regards,\nAnna Weber`;
/** en/classes-r19-enpress.test.ts, en/classes-r20-enprec.test.ts. */
export const enSatoWalker = (body: string) => `Dear Mr. Sato,\n\n${body}\n\nBest regards,\nTom Walker`;
/** en/classes-r22-press.test.ts, en/classes-r23-pressen.test.ts. */
export const enTanaka = (body: string) => `Dear Mr. Tanaka,\n\nThank you for your time on the call last week.\n${body}\n\nBest regards,\nDaniel Brooks`;
/** en/classes-r23-newsen.test.ts, en/classes-r24-newsen.test.ts, en/classes-r25-precise.test.ts. */
export const enTanakaSan = (body: string) => `Dear Tanaka-san,\n\n${body}\n\nBest regards,\nHans Keller`;
/** en/classes-r17-en-ref.test.ts, en/classes-r18-enref.test.ts. */
export const enUeda = (body: string) => `Dear Ms. Ueda,\n\n${body}\n\nBest regards,\nTom Reyes`;
/** en/classes-r24-press.test.ts, en/classes-r25-press.test.ts. */
export const enYamada = (body: string) => `Dear Ms. Yamada,\n\nThank you for your time at the plant visit.\n${body}\n\nKind regards,\nPeter Lang`;
/** ja/classes-r24-refuse.test.ts, ja/classes-r25-refuse.test.ts. */
export const jaAoba = (body: string) => `株式会社青葉製作所\n購買部 佐藤様\n\nいつもお世話になっております。\n東邦精機の山本です。\n\n${body}\n\n東邦精機株式会社\n山本 健`;
/** ja/classes-r18-reg.test.ts, ja/classes-r19-jreg.test.ts, ja/classes-r22-reg.test.ts. */
export const jaKatayama = (body: string) => `株式会社ミナト精工\n購買部 片山様\n\nいつもお世話になっております。\n${body}\n\n引き続きよろしくお願いいたします。`;
/** en/classes-r23-mixed.test.ts, ja/classes-r25-notice.test.ts. */
export const jaMiura = (body: string) => `株式会社ほくと\n購買部 三浦様\n\nいつもお世話になっております。佐伯です。\n\n${body}\n\n引き続きよろしくお願いいたします。`;
/** calendar/classes-r33-cases.ts, calendar/classes-r34-calja-cases.ts, calendar/classes-r34-clock-cases.ts. */
export const jaNishimura = (body: string) => `西村様\n\nいつもお世話になっております。\n${body}\n\nよろしくお願いいたします。`;
/** ja/classes-r32-refusal-cases.ts, ja/classes-r34-refusal-verdict-cases.ts, ja/classes-r34-stated-limit-cases.ts. */
export const jaOgawa = (body: string) => `株式会社ミナト精機\n資材部 小川様\n\nいつもお世話になっております。\nアルタ化成の新井です。\n\n${body}\n\n引き続きよろしくお願いいたします。\nアルタ化成 新井`;
/** ja/classes-r32-refusal-cases.ts, ja/classes-r34-refusal-verdict-cases.ts. */
export const jaOgawaInhouse = (body: string) => `小川さん\n\nお疲れさまです、新井です。\n\n${body}\n\nよろしくお願いします。`;
/** ja/classes-r17-pairs.test.ts, ja/classes-r18-japh.test.ts. */
export const jaTanaka = (body: string) => `株式会社ミドリ物産\n購買部 田中様\n\nお世話になっております。\n東洋ロジの山本です。\n\n${body}\n\nよろしくお願いいたします。`;
/** ja/classes-r18-news.test.ts, ja/classes-r18b-janews.test.ts, ja/classes-r19-jnews.test.ts. */
export const jaYamada = (body: string) => `株式会社みなと精機\n購買部 山田様\n\nいつもお世話になっております。\nサンライズ商事の李です。\n\n${body}\n\nよろしくお願いいたします。`;
/** ja/classes-r34-news-cases.ts, ja/classes-r35-news-cases.ts. */
export const lindEn = (body: string) => `Dear Ms Sato,\n\n${body}\n\nKind regards,\nErik Lind\nSales, Lind Components`;
/** ja/classes-r34-news-cases.ts, ja/classes-r35-news-cases.ts. */
export const lindJa = (body: string) => `株式会社東邦精機\n資材部 佐藤様\n\nいつも大変お世話になっております。\nリンド社の中村です。\n\n${body}\n\n以上、よろしくお願いいたします。\n中村`;
/** ja/classes-r34-news-cases.ts, ja/classes-r35-news-cases.ts. */
export const lindMixed = (body: string) => `佐藤様\n\nいつもお世話になっております。\n${body}\n\nBest regards,\nErik Lind`;

// Round 36's news classes read a sentence in the Lind letters under short names (ja, en, mx).
export const ja = lindJa;
export const en = lindEn;
export const mx = lindMixed;
/** A case: the whole mail, or the mail with the part a finding must overlap (flagged) or must not (clean). */
export type MailCase = string | [text: string, part: string];
/** A case whose part is the sentence itself, located in the mail the frame built. */
export const at = (frame: (b: string) => string, body: string, part: string = body): MailCase => [frame(body), part];
