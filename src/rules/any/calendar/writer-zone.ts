// The zone a foreign writer's own clock is in, read from the mail itself when the policy does not set one: the
// zone of the other times the writer labels with a foreign zone ("our support desk answers until 17:00 CET"), or
// the city or country of the signature ("Hamburg, Germany", "Singapore"). A time of a remote meeting written with
// no zone ("Proposed date: Wed 14 July 2027, 10:00–12:00" in a mail signed from Lyon) is on that clock: the writer
// read their own calendar. Only when the mail names the client's clock nowhere (a writer who writes JST once
// writes Tokyo times) and the meeting is a call or an online one (a visit in Japan is on Japan's clock).
import { datesAnnotator } from '../../../engine/analysis/dates';
import { zoneFromLabel } from '../../../engine/analysis/dates-zones';
import type { FieldAnnotator } from '../../../engine/analysis/facts';
import type { RuleContext } from '../../../engine/rule';

/** The client's clock named: JST, 日本時間, Tokyo/Japan time, "your time". */
const CLIENT_CLOCK = /\bJST\b|日本時間|東京時間|\b(?:Tokyo|Japan|Japanese|your) (?:time|standard time)\b|\bUTC ?\+ ?0?9\b|\bGMT ?\+ ?0?9\b/i;
/** A meeting held apart: a call, a video or web meeting. */
const REMOTE = /\b(?:call|video|online|zoom|teams|webex|google meet|web meeting|web conference|virtual|remote(?:ly)?|dial-in)\b|オンライン|Web会議|WEB会議|ウェブ会議|テレビ会議|電話会議/i;
/** A visit in person: the writer comes over, or the client comes to the writer. */
const IN_PERSON = /\b(?:visit|come (?:to|by|over)|stop by|drop by|in person|at your (?:office|plant|site|factory)|face[- ]to[- ]face)\b|伺|訪問|ご来社|お越し/i;
/** What stands between a slot and the same slot given again in brackets in another zone: （中央ヨーロッパ時間 , (CET . */
const RESTATED_IN_BRACKET = /^\s?[（(][^）)\d]{0,24}$/;
/** How many of the last lines of the writer's own text are read as a signature. */
const SIGNATURE_LINES = 8;
/** Longer lines are prose, not a signature's address line. */
const SIGNATURE_LINE_MAX = 70;

function findWriterZone(ctx: RuleContext): string | undefined {
  if (ctx.field !== 'body') return undefined;
  const own = ctx.lines.filter((l) => l.start < ctx.own.length && !/^\s*[>＞]/.test(l.text));
  const text = own.map((l) => l.text).join('\n');
  if (CLIENT_CLOCK.test(text) || CLIENT_CLOCK.test(ctx.draft.subject) || !REMOTE.test(text) || IN_PERSON.test(text)) return undefined;
  const found = new Set<string>();
  // The writer's other times, labelled with a zone of a place (not the client's).
  const dates = datesAnnotator(ctx.today);
  for (const s of ctx.sentences) {
    const slots = ctx.facts.of(dates, s).slots;
    for (let i = 0; i < slots.length; i++) {
      const x = slots[i]!;
      // A slot said again in another zone (17:00〜17:30（中央ヨーロッパ時間 9:00〜9:30）): the bare half is the client's clock.
      if (x.restates) return undefined;
      if (x.time?.zone && i > 0 && RESTATED_IN_BRACKET.test(s.text.slice(slots[i - 1]!.end, x.start))) return undefined;
      const z = x.time?.zone;
      // 「※ドイツ時間では…」 "Mexico City: Tuesday 10 March, 19:00": a foreign clock labelling a line of its own glosses
      // the slot above it for the writer's side — the bare slot is the client's clock.
      if (z?.kind === 'iana' && z.zone !== 'Asia/Tokyo' && glossLabel(s.text.slice(0, x.start), z.label)) return undefined;
      if (z?.kind === 'iana' && z.zone !== 'Asia/Tokyo') found.add(z.zone);
    }
  }
  // The signature: a short line near the end that is a place ("Lyon, France", "Singapore 048583").
  const tail = own.filter((l) => l.text.trim()).slice(-SIGNATURE_LINES);
  for (const l of tail) {
    if (l.text.length > SIGNATURE_LINE_MAX) continue;
    for (const part of l.text.split(/[,|·•/]|\s[-–]\s/)) {
      const words = part.replace(/\d+/g, ' ').trim();
      if (!words || words.length > 30) continue;
      const z = zoneFromLabel(words) ?? officeZone(words);
      // A signature that places the writer in Japan too (a Tokyo office): their bare times may be Tokyo's.
      if (z?.kind === 'iana' && z.zone === 'Asia/Tokyo') return undefined;
      if (z?.kind === 'iana') found.add(z.zone);
    }
  }
  // Two clocks named: which one a bare time is on is unclear.
  return found.size === 1 ? [...found][0] : undefined;
}

/** An office named by its place, after the company's name: "Acme Ltd. London Office", 「テスト商事 ロンドン支店」. */
const OFFICE = /^(.{2,40}?)\s?(?:office|branch|HQ|headquarters|支店|支社|事務所|駐在員事務所|営業所|出張所|オフィス|本社|拠点)$/i;
/** Regions of Japan that are also the tables' names of US zones (中部支店 is in Nagoya, not Chicago). */
const JAPAN_REGION = /^(?:東部|中部|西部|山地|山岳部|東欧|西欧|中欧)$/;
/** The longest place a name of an office ends with, read from the end (a word's start in Latin script, any kana or kanji). */
const PLACE_MAX = 24;
function officeZone(words: string) {
  const head = OFFICE.exec(words)?.[1]?.trimEnd();
  if (!head) return null;
  for (let i = Math.max(0, head.length - PLACE_MAX); i < head.length - 1; i++) {
    if (i > 0 && /[A-Za-z]/.test(head[i]!) && /[A-Za-z.]/.test(head[i - 1]!)) continue;
    const place = head.slice(i).trim();
    if (!place || JAPAN_REGION.test(place)) continue;
    const z = zoneFromLabel(place);
    if (z) return z;
  }
  return null;
}

/**
 * A zone label that opens its own line as its topic or label: 「メキシコ時間では」「Berlin:」 right before the slot. Round 37
 * (fp37): or a place as the topic of its sentence, 「ボストンは3月19日の午前2時となります」.
 */
const GLOSS_END = /(?:[:：]|では|だと|ですと|は)$/;
function glossLabel(before: string, label: string): boolean {
  const lead = before.trimEnd();
  return GLOSS_END.test(lead) && lead.replace(GLOSS_END, '').trimEnd().endsWith(label);
}

const writerZones: FieldAnnotator<string | undefined, RuleContext> = { id: 'calendar-writer-zone', analyze: findWriterZone };

/** The writer's own zone as the mail tells it, for a remote meeting's time written with no zone; undefined otherwise. */
export function mailWriterZone(ctx: RuleContext): string | undefined {
  return ctx.facts.ofField(writerZones, ctx);
}
