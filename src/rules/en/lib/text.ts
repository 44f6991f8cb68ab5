/**
 * Small helpers that keep English suggestions reading naturally in place: capitalisation at sentence
 * starts, a leading "No," dropped when a cushion is put in front, the final full stop handled.
 */

/**
 * Words that start a sentence but are not names, so they can be lower-cased when a cushion
 * ("I'm afraid …", "I am very sorry to let you know that …") is put in front of them. Anything else
 * (a product or company name, "Model TX-40") keeps its capital.
 */
const COMMON_STARTERS = new Set(
  (
    'a an the this that these those it its there here we our ours us you your yours they their he she his her ' +
    'such any all some each every no none only as at by for from in into on of to with within without after before ' +
    'during until since starting beginning effective following due unfortunately regrettably also additionally ' +
    'custom customized additional extra further future new current other another both either neither ' +
    'prices price pricing costs cost fees fee rates rate delivery deliveries shipment shipments shipping orders order ' +
    'production supply stock units parts products services support installation maintenance training seats licenses ' +
    'licences changes requests request integrations integration documents documentation ' +
    'between under over outside inside beyond except despite because since while when once regarding concerning ' +
    'damage damages returns refunds discounts warranty repairs weekend weekends overnight express rush'
  ).split(' '),
);

/**
 * Lower-cases the first word so that a cushion can stand in front of it ("I'm afraid those seats …").
 * Names keep their capitals: "I", acronyms and product codes ("NDA", "TX-40"), words followed by another
 * capitalised word ("Model TX-40", "Linda Park") and Japanese names. Other words are taken as ordinary.
 */
export function lowerFirstWord(text: string, isName: (word: string) => boolean = () => false): string {
  const m = /^([A-Za-z][A-Za-z'’-]*)(\s+\S+)?/.exec(text);
  if (!m) return text;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (COMMON_STARTERS.has(lower)) return lower + text.slice(word.length);
  if (word === 'I' || /^I['’]/.test(word)) return text;
  // "Ms. Chen will take over …": a title belongs to a name.
  if (/^(?:Mr|Mrs|Ms|Mx|Dr|Prof)$/.test(word) && text.charAt(word.length) === '.') return text;
  if (/[A-Z]/.test(word.slice(1)) || !/^[A-Z]/.test(word)) return text;
  const next = m[2]?.trim() ?? '';
  if (/^[A-Z0-9]/.test(next) && !/^I\b/.test(next)) return text;
  if (isName(word)) return text;
  return lower + text.slice(word.length);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "No, we can't do that." → "we can't do that." — a bare "No" has no place behind a cushion. */
export function dropLeadingNo(text: string): string {
  const m = /^(?:no|nope|sorry)\s*[,.;:!—–-]+\s*/i.exec(text);
  return m ? upperFirst(text.slice(m[0].length)) : text;
}

/** Ensures the sentence ends with terminal punctuation (a full stop when it has none). */
export function withFullStop(text: string): string {
  return /[.!?。）)"”’]$/.test(text) ? text : `${text}.`;
}

/**
 * Casing of a one-word or short replacement: capitalised at the start of a sentence (or when the original
 * was capitalised like a word, "Thx"), left as written in the middle ("ASAP" mid-sentence → "at your …").
 */
export function matchCase(replacement: string, original: string, atSentenceStart: boolean): string {
  if (!replacement) return replacement;
  const capitalised = /^[A-Z][a-z]/.test(original);
  return atSentenceStart || capitalised ? upperFirst(replacement) : replacement;
}

/** True when the text before `index` in the sentence is only white space or opening punctuation. */
export function atStart(sentence: string, index: number): boolean {
  return /^[\s"'“‘(\[—–-]*$/.test(sentence.slice(0, index));
}

/**
 * Round 29: the spans of a sentence inside quotation marks (relative offsets, marks excluded): "…", “…”, 「…」, 『…』 —
 * words reported from someone else ('comments such as "This cacao is crazy good" from your shoppers', 「超かわいい」
 * ("super cute")). A straight " opens only at the start or after a space or a bracket and closes before a space or a
 * mark, so an inch mark (the 3/4" valve) pairs with nothing. A scan, not a regular expression: each opening mark looks
 * at most 200 characters ahead for its closing one (linear; the expression with three bounded runs was polynomial).
 */
export function quotedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const close = CLOSING[text[i]!];
    if (close === undefined) continue;
    if (text[i] === '"' && i > 0 && !OPENS_AFTER.test(text[i - 1]!)) continue;
    const limit = Math.min(text.length, i + 202);
    let j = i + 1;
    while (j < limit && text[j] !== close && text[j] !== '\n') j++;
    if (j >= limit || text[j] !== close || j === i + 1) continue;
    if (close === '"' && j + 1 < text.length && !CLOSES_BEFORE.test(text[j + 1]!)) continue;
    out.push([i + 1, j]);
    i = j;
  }
  return out;
}
/** Each opening quotation mark and the mark that closes it. */
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };
/** What may stand before a straight opening " (else it is an inch mark or a closing one). */
const OPENS_AFTER = /[\s([{:—–-]/;
/** What may follow a straight closing ". */
const CLOSES_BEFORE = /[\s.,;:!?)\]}—–-]/;

/** The span [start, end) lies inside one of the quoted spans. */
export function insideQuotes(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return spans.some(([a, b]) => a <= start && end <= b);
}
