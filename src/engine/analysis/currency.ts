/**
 * Round 45: the one list of how an amount of money is marked in English text — a sign ("$", "€", "¥"), a dollar sign with
 * its country's letters ("A$", "NZ$"), an ISO code ("USD 4.10", "4.10 CAD"), or a currency's name after the figure ("980
 * yen", "12 euros"). Ten readers kept lists of their own that had drifted apart (one knew CAD, another not), so the same
 * "CAD 4.85/kg" was money to one reader and a bare number to the next. Words are compared in lower case, as the readers
 * hold them; codes that are also English words ("try", "all", "pen", "cop") are left out.
 */
import { newsWords } from './en-news-classes';

const SIGNS = /^(?:[$€£¥￥＄]|us\$)$/;
/** ISO 4217 codes of the currencies sellers to Japan quote in, and a currency's name after the figure (news-words.json, read on first use). */
const CODES = { has: (word: string) => newsWords('currencyCodes').has(word) };
const NAMES = { has: (word: string) => newsWords('currencyNames').has(word) };
/** "A$", "NZ$", "HK$", "C$": a dollar sign with its country's letters. */
const COUNTRY_DOLLAR = /^[a-z]{1,3}\$$/;

/** A currency written before an amount ("$", "USD", "NZ$"); `word` in lower case. */
export function isCurrencyBefore(word: string): boolean {
  return SIGNS.test(word) || CODES.has(word) || COUNTRY_DOLLAR.test(word);
}

/** A currency written after an amount ("USD", "yen", "euros"); `word` in lower case. */
export function isCurrencyAfter(word: string): boolean {
  return CODES.has(word) || NAMES.has(word) || SIGNS.test(word);
}

/** A currency on either side of an amount. */
export function isCurrency(word: string): boolean {
  return isCurrencyBefore(word) || NAMES.has(word);
}
