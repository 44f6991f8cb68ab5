// Round 26: costs that a trade convention puts on the payer or the importer — the fee of moving money (bank, transfer,
// remittance charges; 振込手数料, 送金手数料) and the charges of crossing a border (customs and import duties, import taxes;
// 関税, 輸入消費税; not the act of clearance, a service) — stated of our own accord as standing terms ("Bank charges are for your account", 振込手数料は貴社ご負担となります) are terms
// of payment, not a refusal of anything asked nor news: every buyer pays them. Said as a change from a date ("from the
// April invoice, 振込手数料 is on your side", 4月分より…) they are news, and the bad-news rules judge them.

/** A fee of moving money or of crossing a border, in English (nouns only, so a sentence is tested, not a phrase list). */
const EN_CONVENTION_COST = /\b(?:(?:bank(?:ing)?|transfer|remittance|wire|transaction|currency|exchange|conversion|intermediary|correspondent)[- ](?:bank[- ])?(?:charges?|fees?|commissions?|costs?)|(?:customs|import)[- ](?:dut(?:y|ies)|tax(?:es)?)|(?:local|import|consumption|sales) tax(?:es)?|vat|gst)\b/i;
/** A term bound to a date from which it holds: a change announced, not a standing convention. */
const EN_FROM_A_DATE = /\b(?:from|starting|effective|as of|beginning|with effect from)\b(?! (?:the )?(?:payer|buyer|remitter|sender|importer|customer|recipient)\b)/i;

/** Whether an English sentence states a conventional cost as a standing term (no date from which it changes). */
export function enConventionCost(text: string): boolean {
  return EN_CONVENTION_COST.test(text) && !EN_FROM_A_DATE.test(text);
}

/** The same fees in Japanese: 振込手数料, 送金手数料, 銀行手数料, 為替手数料, 関税, 輸入消費税, 通関費用. */
const JA_CONVENTION_COST = /(?:お?振込|お?振り込み|送金|銀行|為替|両替|海外送金|仕向|被仕向|受取)手数料|関税|輸入(?:消費)?税|消費税/;
/** 4月分より / 来月から / 2027年1月以降: a date from which the term holds — news, not the standing term. */
const JA_FROM_A_DATE = /(?:月|年|年度|日|週|期|次回|分|今後)[^、。]{0,6}(?:から|より|以降|以後)/;

/** Whether a Japanese sentence states a conventional cost as a standing term. */
export function jaConventionCost(text: string): boolean {
  return JA_CONVENTION_COST.test(text) && !JA_FROM_A_DATE.test(text);
}

/**
 * A reply (Re:, AW:, 返信:): the cost may answer what the reader asked about it ("Re: お支払い" → 振込手数料は貴社のご負担と
 * なっております turns down their ask to have it waived), so the convention holds only in a mail of our own accord.
 */
export const REPLY_SUBJECT = /^\s*(?:re|aw|sv|antw|vs|fw|fwd)(?:\[\d+\])? ?[:：]|^\s*返信[:：]/i;
