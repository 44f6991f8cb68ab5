// Round 18 (r18-enref): our company's name, read from the signature of an English mail, so that a clause whose
// subject is that name ("Nordvalve will not extend the warranty", "Please note that Caredia cannot offer …") is read
// as our side, like "we". The signature is what follows the last sign-off line ("Best regards,", "Sincerely,");
// the first line after it is the writer's own name, the others hold the title, the company and the address.
import type { Line } from '../types';

/** How many of the last lines may hold the sign-off; the signature follows it. */
const SIGNATURE_SPAN = 12;
/** A sign-off line: "Best regards,", "Kind regards", "Yours sincerely,", "Sincerely", "Best,", "Thanks & Regards,". */
const SIGN_OFF = /^(?:(?:best|kind|warm|warmest|many|with)\s+(?:regards|wishes)|(?:thanks|thank\s+you)\s*(?:&|and)\s*(?:best\s+|kind\s+)?regards|regards|(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?|best|cheers|thanks|thank\s+you|respectfully)\s*[,.!]?$/i;
/** Lines of contact details rather than names: a mail address, a web address, a telephone number. */
const CONTACT = /@|https?:|www\.|\+\d|\d{3}[-\s]\d/;
/** Words of a signature that name no company: titles, functions, regions, legal forms. */
const NOT_A_NAME = new Set(('manager director sales senior junior key account head partnerships partnership engineer officer representative lead ' +
  'team department japan asia pacific europe emea apac americas global ceo coo cto cfo president vice consultant specialist executive ' +
  'development business marketing support customer technical regional country general assistant associate limited ltd inc corp ' +
  'corporation company group street road avenue floor building suite office founder partner chief principal the and of for').split(' '));

/**
 * The capitalised words of the signature's company lines (every line after the writer's name that is not contact
 * details), titles and regions left out: "Sokopay Limited" gives "sokopay". Lower-cased. Empty with no sign-off.
 */
export function ownCompanyWords(lines: readonly Line[]): Set<string> {
  const words = new Set<string>();
  let signOff = -1;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - SIGNATURE_SPAN; i--) {
    if (SIGN_OFF.test(lines[i]!.text.trim())) { signOff = i; break; }
  }
  if (signOff < 0) return words;
  let first = signOff + 1;
  while (first < lines.length && lines[first]!.text.trim() === '') first++;
  for (let i = first + 1; i < lines.length && i <= first + 6; i++) {
    const text = lines[i]!.text;
    if (text.trim() === '') break;
    if (CONTACT.test(text)) continue;
    for (const m of text.matchAll(/\b[A-Z][A-Za-z]{2,}\b/g)) {
      const w = m[0].toLowerCase();
      if (!NOT_A_NAME.has(w)) words.add(w);
    }
  }
  return words;
}

/**
 * ownCompanyWords of the writer's own text (the lines that start before `ownEnd`, the quoted history below left
 * out): its last lines found by bisection, so that a keystroke in a long mail reads a dozen lines, not every line.
 */
export function ownCompanyWordsOf(lines: readonly Line[], ownEnd: number): Set<string> {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start < ownEnd) lo = mid + 1;
    else hi = mid;
  }
  // The sign-off within the last SIGNATURE_SPAN lines, and the signature's lines under it.
  return ownCompanyWords(lines.slice(Math.max(0, lo - SIGNATURE_SPAN), lo));
}
