// Who an address line names: a person (with 様, さん or nothing), an organisation or a department.
import type { Line, Sentence, Token } from '../../../engine/types';
import { SALUTATION } from './dictionaries';
import { honouredAddressee } from '../../../engine/analysis/layout';
import { isAddressTrailing, stripTrailing } from '../../../engine/words';

export interface Chunk {
  text: string;
  /** Absolute offsets into the field. */
  start: number;
  end: number;
}

/** The white-space separated parts of a line, trailing punctuation (、 ：) left out. */
export function chunks(line: Line): Chunk[] {
  const out: Chunk[] = [];
  for (const m of line.text.matchAll(/[^\s\u3000]+/g)) {
    let text = m[0];
    const trimmed = stripTrailing(text, (ch) => '、,，：:'.includes(ch));
    if (!trimmed) continue;
    text = trimmed;
    out.push({ text, start: line.start + m.index, end: line.start + m.index + text.length });
  }
  return out;
}

const NAME_CHARS = /^[\p{Script=Han}々ァ-ヶー]{1,6}$/u;

export function endsWithAny(text: string, suffixes: readonly string[]): string | undefined {
  return suffixes.find((s) => text.endsWith(s));
}

/** A chunk that is not an organisation, a department or a title, and could be a name. */
function nameShaped(c: Chunk): boolean {
  if (!NAME_CHARS.test(c.text)) return false;
  if (SALUTATION.companyMarkers.some((m) => c.text.includes(m))) return false;
  if (endsWithAny(c.text, SALUTATION.departmentSuffixes)) return false;
  if (endsWithAny(c.text, SALUTATION.titles)) return false;
  return true;
}

/** True when kuromoji tags part of the chunk as a person's name (名詞,固有名詞,人名). */
function taggedAsName(c: Chunk, tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.start >= c.start && t.end <= c.end && t.pos1 === '固有名詞' && t.pos2 === '人名');
}

/**
 * The bare name at the end of an address line (佐藤 / 佐藤 健一 at the top of a client mail), when the line
 * names a person without any honorific. With kuromoji, the name must be tagged as a person's name; without
 * it, only a name under a department or company line is trusted.
 */
export function bareNameAtEnd(line: Line, sentences: readonly Sentence[], hasOrganisationAbove: boolean): Chunk | undefined {
  const parts = chunks(line);
  const last = parts[parts.length - 1];
  const latin = latinNameAfterDepartment(parts);
  if (latin) return latin;
  if (!last || !nameShaped(last)) return undefined;
  if (endsWithAny(last.text, SALUTATION.honorificSuffixes)) return undefined;
  const tokens = sentences.filter((s) => s.line === line.index).flatMap((s) => s.tokens ?? []);
  const prev = parts[parts.length - 2];
  if (tokens.length > 0) {
    // 経理部 中野 / 総務課 品川: a surname kuromoji reads as a place is still the person after a department.
    if (!taggedAsName(last, tokens) && !properNounAfterDepartment(last, prev, tokens)) return undefined;
    // 佐藤 健一: family and given name as two chunks.
    if (prev && nameShaped(prev) && taggedAsName(prev, tokens)) return { text: line.text.slice(prev.start - line.start, last.end - line.start), start: prev.start, end: last.end };
    return last;
  }
  const underSomething = parts.length > 1 || hasOrganisationAbove;
  if (!underSomething || last.text.length > 4) return undefined;
  return last;
}

/** A 2–3 kanji proper noun (a place name to kuromoji) right after a department chunk: the addressee's surname. */
function properNounAfterDepartment(last: Chunk, prev: Chunk | undefined, tokens: readonly Token[]): boolean {
  if (!prev || !endsWithAny(prev.text, SALUTATION.departmentSuffixes)) return false;
  if (!/^[\p{Script=Han}々]{2,3}$/u.test(last.text) || endsWithAny(last.text, SALUTATION.titles)) return false;
  const inside = tokens.filter((t) => t.start >= last.start && t.end <= last.end);
  return inside.length > 0 && inside.every((t) => t.pos === '名詞' && t.pos1 === '固有名詞');
}

const LATIN_NAME = /^[A-Z][a-z]{1,20}$/;

/**
 * 品質部 Nakamura / 購買部 John Smith: a Latin name after a department on the same line. kuromoji cannot tag
 * it as a person, so the department before it is what says it is one.
 */
function latinNameAfterDepartment(parts: readonly Chunk[]): Chunk | undefined {
  const last = parts[parts.length - 1];
  if (!last || !LATIN_NAME.test(last.text)) return undefined;
  const given = parts[parts.length - 2];
  const first = given && LATIN_NAME.test(given.text) ? given : last;
  const dept = parts[parts.indexOf(first) - 1];
  // 購買部 John Smith, or a title before the name: 部長 Tanaka Kenji.
  if (!dept || !(endsWithAny(dept.text, SALUTATION.departmentSuffixes) || endsWithAny(dept.text, SALUTATION.titles))) return undefined;
  return { text: first === last ? last.text : `${first.text} ${last.text}`, start: first.start, end: last.end };
}

/** True when a line names an organisation or a department (株式会社〇〇 / 物流課). */
export function namesOrganisation(line: Line): boolean {
  const t = stripTrailing(line.text.trim(), isAddressTrailing);
  return SALUTATION.companyMarkers.some((m) => t.includes(m)) || !!endsWithAny(t, SALUTATION.departmentSuffixes);
}

/** True when a line already addresses a person or a group (様, 殿, さん, 先生, 各位). */
export function addressesPerson(line: Line): boolean {
  const t = stripTrailing(line.text.trim(), isAddressTrailing);
  if (/(?:様|さま|殿|どの|さん|くん|君|ちゃん|先生|各位)$/.test(t) || /(?:様|さま)[\s\u3000]/.test(t)) return true;
  // Round 27 (AG ag2-041): by structure, 品質保証課 ご担当者様1名 / ご担当者様（2名）/ 佐藤様ほか (analysis/layout.ts).
  return honouredAddressee(t, PERSON_HONORIFICS);
}

/** The honorifics of a person or a group (御中 is an organisation's). */
const PERSON_HONORIFICS = ['様', 'さま', '殿', 'どの', 'さん', '先生', '各位'];

/**
 * Round 24: 岡田様、小池 / 田中様、鈴木様、佐藤: the last address line lists several people with 、 and one of them is
 * left bare while another has 様. The list says these are the addressees, so the bare one is missing 様 (a sender's
 * own name stands on a line of its own, under the address).
 */
export function bareNamesInList(line: Line, sentences: readonly Sentence[]): Chunk[] {
  const items: Chunk[] = [];
  for (const m of line.text.matchAll(/[^\s\u3000、，,]+/g)) items.push({ text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length });
  if (!/[、，,]/.test(line.text) || items.length < 2) return [];
  const honoured = items.filter((c) => endsWithAny(c.text, SALUTATION.honorificSuffixes));
  if (honoured.length === 0) return [];
  const tokens = sentences.filter((s) => s.line === line.index).flatMap((s) => s.tokens ?? []);
  if (tokens.length === 0) return [];
  // Only items after the first honoured name: a department or a company before it is part of the address.
  const from = items.indexOf(honoured[0]!);
  return items.slice(from + 1).filter((c) => !endsWithAny(c.text, SALUTATION.honorificSuffixes) && nameShaped(c) && taggedAsName(c, tokens));
}

/**
 * Round 24: 経理部 森 御中: the chunk right before 御中 is a person's name (kuromoji tags it 人名): 御中 is for an
 * organisation, a person takes 様. Returns the name's chunk.
 */
export function personBeforeOnchu(line: Line, sentences: readonly Sentence[]): Chunk | undefined {
  const i = line.text.lastIndexOf('御中');
  if (i <= 0) return undefined;
  const parts = chunks({ ...line, text: line.text.slice(0, i) });
  const last = parts[parts.length - 1];
  if (!last || !nameShaped(last)) return undefined;
  const tokens = sentences.filter((s) => s.line === line.index).flatMap((s) => s.tokens ?? []);
  // The name and 御中 only: 森 御中 or 森御中, no company word glued to it (森永製菓 御中).
  const inside = tokens.filter((t) => t.start >= last.start && t.end <= last.end);
  if (inside.length === 0 || !inside.every((t) => t.pos1 === '固有名詞' && t.pos2 === '人名')) return undefined;
  return last;
}
