/** A dictionary file's JSON text without its entries' examples (`has`, `hasNot`) and `$comment`s. */
export function withoutDictionaryExamples(json: string): string;
/** dictionaries/…/x.json, with either separator. */
export const DICTIONARY_FILE: RegExp;
