// The address block at the top of a mail (宛名 / "Dear …,") and who it names, read from the text alone, and
// the To/Cc recipients it is compared with. Shared by the address-block rules of this folder only.
import type { DraftContext } from '../../../engine/types';
import type { Policy } from '../../../policy/schema';

export type Script = 'ja' | 'latin';

/** A person the block addresses: the name's span (offsets into the body) and the words that may be a name. */
export interface Addressee {
  start: number;
  end: number;
  name: string;
  script: Script;
  /** Every word before the honorific that may be part of the name (department words included: lenient). */
  candidates: string[];
  /** The honorific as written (様, さん, -san, Mr.), to keep it when a suggestion replaces the name. */
  style: 'sama' | 'san' | 'dono' | 'en-san' | 'en-title' | 'en-plain';
  /** From the honorific to the end of the person (様 included), for a replacement that names several people. */
  fullEnd: number;
}

export interface CompanyMention {
  start: number;
  end: number;
  text: string;
}

export interface AddressBlock {
  persons: Addressee[];
  companies: CompanyMention[];
  /** 各位 / 皆様 / "Dear all": the block already addresses a group. */
  group: boolean;
}

export type RecipientEntry = NonNullable<DraftContext['recipients']>[number];

const MAX_LINES = 4;
const MAX_LINE = 60;
const LATIN_NAME = /^[A-Za-z][A-Za-z'’.-]*$/;
const JA_HONORIFIC = /(様|さま|殿|さん)/g;
/**
 * The rest of an address line holds only names each with an honorific (佐藤様、鈴木様へ). Checked piece by
 * piece: the single regular expression this replaces backtracked exponentially on a line of names.
 */
function onlyHonorificNames(rest: string): boolean {
  return rest.split(/[\s\u3000、,，]+/).every((piece) => {
    let end = piece.length;
    while (end > 0 && '：:・へ'.includes(piece[end - 1]!)) end--;
    const name = piece.slice(0, end);
    return end === 0 || HONORIFICS.some((h) => name.length > h.length && name.endsWith(h));
  });
}
const HONORIFICS = ['様', 'さま', '殿', 'さん'];
const COMPANY_JA = /(株式会社|有限会社|合同会社|合資会社|（株）|\(株\)|㈱|（有）|㈲)/;
const COMPANY_EN = /\b((?:(?:[A-Z][\w&'’-]*|and|of|the|&)\s+)*[A-Z][\w&'’-]*),?\s+(Corporation|Corp\.?|Incorporated|Inc\.?|Co\.,?\s*Ltd\.?|Ltd\.?|Limited|K\.K\.|LLC|GmbH|Group)(?=$|[\s,.])/;
/** Words in the name slot that address a role or a group, not a person. */
const NOT_A_NAME_JA = /担当|皆|各位|関係者|御中|お客|ご一同|一同/;
const NOT_A_NAME_EN = new Set(['all', 'team', 'everyone', 'everybody', 'sir', 'madam', 'customer', 'customers', 'colleagues', 'friends', 'there', 'folks', 'partners', 'valued', 'hiring', 'manager', 'sirs', 'and', 'or']);
const SALUTATION_EN = /^(Dear|Hi|Hello|Good (?:morning|afternoon|evening))\s+(?:(Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+)?([A-Za-z][A-Za-z'’.-]*(?:\s+[A-Za-z][A-Za-z'’.-]*)?)(-(?:san|sama|sensei))?\s*[,:!]?\s*$/;
const BARE_SAN_EN = /^([A-Z][A-Za-z'’-]*)(-(?:san|sama|sensei))\s*[,:]?\s*$/;

/** A full stop ends a sentence, except after an abbreviation ("Initech Inc.") or an address ("佐藤様。"). */
function endsASentence(line: string): boolean {
  if (/[。!?！？]$/.test(line)) return !/(様|殿|さん|御中|各位)。$/.test(line);
  return /\.$/.test(line) && !/\b(Inc|Ltd|Co|Corp|K\.K|Jr|Sr|Mr|Ms|Mrs|Dr|Prof|Bros)\.$/.test(line);
}

interface Line {
  start: number;
  text: string;
}

/** The leading short lines, up to the first blank line or the first sentence. */
function blockLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  // Skip blank lines at the very top.
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    if (line.trim()) break;
    if (nl < 0) return out;
    pos = nl + 1;
  }
  while (pos < text.length && out.length < MAX_LINES) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    const trimmed = line.trim();
    if (!trimmed || trimmed.length > MAX_LINE || endsASentence(trimmed)) break;
    out.push({ start: pos, text: line });
    if (nl < 0) break;
    pos = nl + 1;
  }
  return out;
}

function tokensWithOffsets(s: string, base: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  for (const m of s.matchAll(/[^\s\u3000、,，]+/g)) out.push({ text: m[0], start: base + m.index! });
  return out;
}

function japanesePersons(line: Line): Addressee[] {
  const out: Addressee[] = [];
  let from = 0;
  for (const m of line.text.matchAll(JA_HONORIFIC)) {
    const at = m.index!;
    const before = line.text.slice(from, at);
    from = at + m[0].length;
    // An address ends the line (or is followed by another one): "田中さんの件ですが" is a sentence, not an address.
    if (!onlyHonorificNames(line.text.slice(from))) continue;
    const tokens = tokensWithOffsets(before, line.start + (at - before.length)).filter((t) => !COMPANY_JA.test(t.text) && t.text !== '御中');
    const last = tokens[tokens.length - 1];
    if (!last || NOT_A_NAME_JA.test(last.text) || LATIN_NAME.test(last.text)) continue;
    // Two short words before 様 ("佐藤 健二様") are one name; a longer word before is a department.
    const prev = tokens[tokens.length - 2];
    const twoWords = prev && prev.text.length <= 4 && last.text.length <= 4 && !/[部課室係長]$/.test(prev.text) && prev.start + prev.text.length >= last.start - 2;
    const first = twoWords ? prev : last;
    out.push({
      start: first.start,
      end: last.start + last.text.length,
      name: line.text.slice(first.start - line.start, last.start - line.start + last.text.length),
      script: 'ja',
      candidates: tokens.map((t) => t.text),
      style: m[0] === 'さん' ? 'san' : m[0] === '殿' ? 'dono' : 'sama',
      fullEnd: line.start + at + m[0].length,
    });
  }
  return out;
}

function englishPerson(line: Line): Addressee | null {
  const trimmedStart = line.text.length - line.text.trimStart().length;
  const t = line.text.trim();
  const m = SALUTATION_EN.exec(t) ?? null;
  const bare = m ? null : BARE_SAN_EN.exec(t);
  let name = m ? m[3]! : bare ? bare[1]! : null;
  if (!name) return null;
  // "Sato-san" matched as one word: the suffix is the honorific, not the name.
  let suffix = m ? m[4] : bare![2];
  const glued = /-(san|sama|sensei)$/i.exec(name);
  if (glued) {
    name = name.slice(0, glued.index);
    suffix = glued[0];
  }
  const words = name.split(/\s+/);
  if (words.some((w) => NOT_A_NAME_EN.has(w.toLowerCase()))) return null;
  // "Dear sales team", lower-case words: not a person.
  if (!/^[A-Z]/.test(words[0]!)) return null;
  const offset = line.start + trimmedStart + t.indexOf(name, m ? m[1]!.length : 0);
  return {
    start: offset,
    end: offset + name.length,
    name,
    script: 'latin',
    candidates: words,
    style: suffix ? 'en-san' : m?.[2] ? 'en-title' : 'en-plain',
    fullEnd: offset + name.length + (suffix?.length ?? 0),
  };
}

function companies(line: Line, policy: Policy): CompanyMention[] {
  const out: CompanyMention[] = [];
  for (const tok of tokensWithOffsets(line.text, line.start)) {
    if (COMPANY_JA.test(tok.text)) out.push({ start: tok.start, end: tok.start + tok.text.length, text: tok.text });
  }
  const en = COMPANY_EN.exec(line.text);
  if (en) {
    const start = line.start + en.index;
    out.push({ start, end: start + en[0].length, text: en[0] });
  }
  // A client's own name or alias, however it is written (policy.clients).
  const norm = normalise(line.text);
  for (const client of policy.clients) {
    for (const name of [client.name, ...client.aliases]) {
      const n = normalise(name);
      if (n.length < 2 || !norm.includes(n)) continue;
      const i = line.text.indexOf(name);
      if (i < 0) continue;
      const start = line.start + i;
      if (!out.some((c) => c.start <= start && c.end >= start + name.length)) out.push({ start, end: start + name.length, text: name });
    }
  }
  return out;
}

export function addressBlock(text: string, policy: Policy): AddressBlock {
  const persons: Addressee[] = [];
  const found: CompanyMention[] = [];
  let group = false;
  for (const line of blockLines(text)) {
    if (/各位|皆様|皆さま|皆さん|ご一同|Dear (?:all|team|everyone)|Hi (?:all|team|everyone)/i.test(line.text)) group = true;
    const en = englishPerson(line);
    if (en) persons.push(en);
    else persons.push(...japanesePersons(line));
    found.push(...companies(line, policy));
  }
  return { persons, companies: found, group };
}

/** Width-, case- and legal-form-insensitive form of a company name. */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/株式会社|有限会社|合同会社|合資会社|\(株\)|\(有\)|㈱|㈲|\b(corporation|corp\.?|incorporated|inc\.?|co\.,?\s*ltd\.?|ltd\.?|limited|k\.k\.|llc|gmbh|group)(?=$|[\s,.])/g, '')
    .replace(/[\s\u3000・.,'’&-]/g, '');
}

export function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at < 0 ? null : address.slice(at + 1).toLowerCase().replace(/>$/, '') || null;
}

export function isWithin(domain: string, parent: string): boolean {
  const d = parent.toLowerCase();
  return domain === d || domain.endsWith(`.${d}`);
}

export function isExternal(r: RecipientEntry, policy: Policy): boolean {
  const d = domainOf(r.address);
  return !d || !policy.internalDomains.some((i) => isWithin(d, i));
}

const hasKanaOrKanji = (s: string) => /[\u3040-\u30ff\u3400-\u9fff]/.test(s);

/** Words of a recipient's name ("佐藤 健二" → 佐藤, 健二; "Takuya Sato" → takuya, sato). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKC')
    .split(/[\s\u3000・,.()（）]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean);
}

/** Letters-only words of an address's local part ("kenji.sato" → kenji, sato). */
export function localWords(address: string): string[] {
  const local = address.slice(0, Math.max(0, address.indexOf('@'))).toLowerCase();
  return local.split(/[^a-z]+/).filter((w) => w.length >= 3);
}

/**
 * Does the addressee name one of these recipients? Undefined when it cannot be told (a recipient whose name
 * is in another script and whose address says nothing): then nothing is flagged.
 */
export function namesARecipient(person: Addressee, recipients: readonly RecipientEntry[]): boolean | undefined {
  const mine = person.candidates.map((c) => c.normalize('NFKC').toLowerCase()).filter((c) => c.length >= (person.script === 'ja' ? 1 : 2));
  let undecidable = false;
  for (const r of recipients) {
    const words = r.name ? nameWords(r.name) : [];
    const whole = words.join('');
    if (person.script === 'ja') {
      const jaWords = words.filter(hasKanaOrKanji);
      if (jaWords.length === 0) {
        undecidable = true;
        continue;
      }
      if (mine.some((c) => jaWords.includes(c) || (c.length >= 2 && whole.includes(c)))) return true;
    } else {
      const latin = words.filter((w) => /^[a-z][a-z'’.-]*$/.test(w));
      const local = localWords(r.address);
      if (mine.some((c) => latin.includes(c) || (c.length >= 3 && local.some((l) => l.includes(c))))) return true;
      if (latin.length === 0 && local.length === 0) undecidable = true;
    }
  }
  return undecidable ? undefined : false;
}

/** The name to write for a recipient in the addressee's script: a Japanese surname, or a latin surname. */
export function surnameFor(r: RecipientEntry, script: Script): string | null {
  const words = r.name ? r.name.normalize('NFKC').split(/[\s\u3000]+/).filter(Boolean) : [];
  if (script === 'ja') {
    const ja = words.filter(hasKanaOrKanji);
    return ja[0] ?? null;
  }
  const latin = words.filter((w) => /^[A-Za-z][A-Za-z'’.-]*$/.test(w));
  return latin.length > 0 ? latin[latin.length - 1]! : null;
}
