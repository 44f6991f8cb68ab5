import { defineRule, type RuleContext } from '../../engine/rule';
import type { Suggestion } from '../../engine/types';
import { nameKey } from './lib/name-key';
import { isJapaneseGivenName, isJapaneseSurname, japaneseSurnameOf, type PersonName } from './lib/names';
import { findSalutation, type Salutation } from './lib/salutation';

const KANJI = /[\u3400-\u9fff]/;
const CASUAL_GREETINGS = new Set(['hey', 'heya', 'hiya', 'howdy', 'yo']);
/** Words that make "Hi …" address nobody in particular, or a group too casually. */
const CASUAL_GROUPS = new Set(['there', 'guys', 'folks', "y'all", 'y’all', 'gang', 'people']);
const GROUPS = new Set(['guys', 'folks', "y'all", 'y’all', 'gang', 'people', 'all', 'team', 'everyone', 'everybody', 'friends', 'colleagues', 'both']);

/** "Hi Kenji," "Sato," "Hey guys," to a Japanese client: the address is where respect shows first. */
export default defineRule({
  id: 'en.honorific.salutation',
  lang: 'en',
  category: 'honorific',
  severity: 'warning',
  title: { en: 'Greeting without surname or title', ja: '敬称のない宛名・くだけた挨拶' },
  rationale: {
    en: 'Japanese business contacts are addressed by surname with an honorific, even after years of work together: “Dear Mr. Sato,” or “Sato-san,”. A given name (“Hi Kenji,”), a bare surname (“Sato,”) or “Hey” / “Hi guys” reads as over-familiar or curt.',
    ja: '日本の取引先は、長い付き合いでも姓に敬称を付けて呼ぶのが基本です（“Dear Mr. Sato,” / “Sato-san,”）。名前だけ（“Hi Kenji,”）、呼び捨ての姓（“Sato,”）、“Hey”や“Hi guys”は馴れ馴れしく、または素っ気なく響きます。',
  },
  examples: {
    valid: [
      // Round 24: the client signed the thread with the given name: their own choice.
      { text: 'Hi Kenji,\n\nThe revised timeline is attached.\n\nBest regards,\nOlu\n\nOn Mon, Mar 9, 2026 at 6:12 PM Kenji Murata wrote:\n> Olu,\n> Please call me Kenji. Could you send the revised timeline?\n> Kenji' },
      { text: 'Mr. Tanaka,\n\nThank you for the updated drawings.' },
      { text: 'Ms. Smith,\n\nThank you for the updated drawings.' },
      { text: 'Dear Mr. Kuroda,\n\nThank you for your order.' },
      { text: 'Sato-san,\n\nThank you for your order.' },
      { text: 'Hi Sato-san,\nThank you for the call.' },
      { text: 'Hi John,\n\nThanks for the call.' },
      { text: 'Dear team,\n\nThe agenda is attached.' },
      { text: 'Hello all,\n\nThe agenda is attached.' },
      { text: 'Hi team,\n\nThe agenda is attached.', context: { recipient: 'internal' } },
      { text: 'Dear all,\n\nThe agenda is attached.' },
      { text: 'Hi Kenji,\n\nThe agenda is attached.', context: { recipient: 'internal' } },
      { text: 'Dear Kenji Sato,\n\nThank you for your order.' },
      { text: 'Hi Ken,\n\nYour demo account is ready.', context: { recipientNames: ['Ken Walker'] } },
      { text: 'When: Friday, 10:00\nWhere: Osaka office\n\nDear Ms. Sakurai,\nWe look forward to seeing you.' },
      { text: 'Osaka, as you know, is our largest market.' },
      { text: 'Hi Mr Tanaka and Ms Ito,\nThe agenda is attached.' },
      { text: 'Dear Mr. Kenji Sato,\nThe agenda is attached.' },
      { text: 'Kenji-san,\nThe agenda is attached.' },
      { text: 'Dear 佐藤様,\nThe agenda is attached.' },
      { text: '営業部 田中\nThe agenda is attached.' },
    ],
    invalid: [
      {
        text: 'Mr. Hiroshi,\n\nThank you for the updated drawings.',
        flagged: 'Mr. Hiroshi',
        context: { recipientNames: ['Hiroshi Kato'] },
        outputs: [
          'Dear Kato-san,\n\nThank you for the updated drawings.',
          'Dear Mr. Kato,\n\nThank you for the updated drawings.',
          'Dear Ms. Kato,\n\nThank you for the updated drawings.',
        ],
      },
      {
        text: 'Hi Takuya,\n\nThank you for the call.',
        flagged: 'Hi Takuya',
        context: { recipientNames: ['Takuya Sato'] },
        outputs: [
          'Dear Sato-san,\n\nThank you for the call.',
          'Dear Mr. Sato,\n\nThank you for the call.',
          'Dear Ms. Sato,\n\nThank you for the call.',
        ],
      },
      {
        text: 'Hi Naoki,\n\nThanks for the template.',
        flagged: 'Hi Naoki',
        outputs: ['Dear Sir or Madam,\n\nThanks for the template.'],
      },
      {
        text: 'Hi Takuya,\n\nThanks for the template.',
        flagged: 'Hi Takuya',
        context: { recipientNames: ['Takuya'] },
        outputs: ['Dear Sir or Madam,\n\nThanks for the template.'],
      },
      {
        text: 'Hi Ryo,\nThanks for the note.\n\n> On Monday, Ryo Fujita <r.fujita@example.jp> wrote:\n> Could you add three seats?',
        flagged: 'Hi Ryo',
        outputs: [
          'Dear Fujita-san,\nThanks for the note.\n\n> On Monday, Ryo Fujita <r.fujita@example.jp> wrote:\n> Could you add three seats?',
          'Dear Mr. Fujita,\nThanks for the note.\n\n> On Monday, Ryo Fujita <r.fujita@example.jp> wrote:\n> Could you add three seats?',
          'Dear Ms. Fujita,\nThanks for the note.\n\n> On Monday, Ryo Fujita <r.fujita@example.jp> wrote:\n> Could you add three seats?',
        ],
      },
      {
        text: 'Sato,\n\nPlease find the quote attached.',
        flagged: 'Sato',
        outputs: [
          'Dear Sato-san,\n\nPlease find the quote attached.',
          'Dear Mr. Sato,\n\nPlease find the quote attached.',
          'Dear Ms. Sato,\n\nPlease find the quote attached.',
        ],
      },
      {
        text: 'Hi Kenji and Yuki,\nThe samples shipped today.',
        flagged: 'Hi Kenji and Yuki',
        context: { recipientNames: ['Kenji Mori', 'Yuki Ota'] },
        outputs: ['Dear Mori-san and Ota-san,\nThe samples shipped today.'],
      },
      {
        text: 'Kenji, thanks for the quick reply.',
        flagged: 'Kenji',
        outputs: ['Dear Sir or Madam, thanks for the quick reply.'],
      },
      {
        text: 'Hi all,\nThe samples shipped today.',
        flagged: 'Hi all',
        outputs: ['Dear all,\nThe samples shipped today.'],
      },
      {
        text: 'Hi there,\nI am writing about your order.',
        flagged: 'Hi there',
        context: { recipientNames: ['SATO Yumi'] },
        outputs: ['Dear Sato-san,\nI am writing about your order.', 'Dear Mr. Sato,\nI am writing about your order.', 'Dear Ms. Sato,\nI am writing about your order.'],
      },
      {
        text: 'Dear Mr. Takuya,\nThe samples shipped today.',
        flagged: 'Dear Mr. Takuya',
        context: { recipientNames: ['Takuya Sato'] },
        outputs: ['Dear Sato-san,\nThe samples shipped today.', 'Dear Mr. Sato,\nThe samples shipped today.', 'Dear Ms. Sato,\nThe samples shipped today.'],
      },
      {
        text: 'Hi Kenji-kun,\nThe samples shipped today.',
        flagged: '-kun',
        outputs: ['Hi Kenji-san,\nThe samples shipped today.'],
      },
      {
        text: 'Dear Takuya-san,\nThe samples shipped today.',
        flagged: 'Dear Takuya-san',
        context: { recipientNames: ['Takuya Sato'] },
        outputs: ['Dear Sato-san,\nThe samples shipped today.', 'Dear Mr. Sato,\nThe samples shipped today.', 'Dear Ms. Sato,\nThe samples shipped today.'],
      },
      {
        text: 'Dear 田中,\nThe samples shipped today.',
        flagged: 'Dear 田中',
        outputs: ['Dear 田中様,\nThe samples shipped today.'],
      },
      {
        text: 'Hi team,\nThe samples shipped today.',
        flagged: 'Hi team',
        outputs: ['Dear all,\nThe samples shipped today.'],
      },
      {
        text: 'Dear Mr. Tanaka-san,\nThe samples shipped today.',
        flagged: 'Dear Mr. Tanaka-san',
        outputs: ['Dear Tanaka-san,\nThe samples shipped today.', 'Dear Mr. Tanaka,\nThe samples shipped today.'],
      },
      {
        text: 'Hey Mr. Ota,\nThe samples shipped today.',
        flagged: 'Hey Mr. Ota',
        outputs: ['Dear Mr. Ota,\nThe samples shipped today.'],
      },
      {
        text: 'Hi Anna,\nThe samples shipped today.',
        flagged: 'Hi Anna',
        context: { recipientNames: ['Anna Suzuki'] },
        outputs: ['Dear Suzuki-san,\nThe samples shipped today.', 'Dear Mr. Suzuki,\nThe samples shipped today.', 'Dear Ms. Suzuki,\nThe samples shipped today.'],
      },
    ],
  },
  document(outer) {
    const sal = findSalutation(outer.lines);
    if (!sal) return;
    const ctx = sal.other ? keepingLead(outer, outer.text.slice(sal.start, sal.greetingEnd)) : outer;
    const recipients = recipientsOf(ctx);
    if (sal.group !== undefined) return reportGroup(ctx, sal, recipients);
    if (sal.familiar) return reportFamiliarSuffix(ctx, sal.familiar);
    if (sal.titled && sal.names.length === 1 && isGivenOnly(sal.names[0]!.text, recipients)) {
      return reportTitledGivenName(ctx, sal, sal.names[0]!.text, recipients);
    }
    if (!sal.honoured && sal.names.length === 1 && KANJI.test(sal.names[0]!.text)) return reportBareKanji(ctx, sal, sal.names[0]!.text);
    if (!sal.honoured && sal.joined && sal.names.length >= 2) return reportSeveral(ctx, sal, recipients);
    if (!sal.honoured && sal.names.length === 1) {
      const name = sal.names[0]!;
      // Round 24: the client signed the thread "Kenji" or wrote "call me Kenji" / 「Tomo」で大丈夫: their own choice.
      if (offeredInHistory(ctx, name.text)) return;
      const kind = classify(name.text, recipients);
      if (kind === 'surname') return reportBareSurname(ctx, sal, name.text);
      if (kind === 'given') return reportGivenName(ctx, sal, name.text, recipients);
    }
    // "Kenji-san,": the honorific is there, on the given name, which is how colleagues address each other.
    // Only when the recipient's display name shows it is the given name (and gives the surname): a client who
    // signs "Kenji" may well have asked to be called so.
    // "Dear Mr. Tanaka-san,": two honorifics on one name, the English and the Japanese.
    // "Dear Mr. Kenji Sato-san,": the same, with the given name between; the surname is the name that ends it.
    if (sal.titled && sal.suffixed && sal.names.length >= 1 && sal.names.length <= 2) {
      return reportDoubleHonorific(ctx, sal, sal.names[sal.names.length - 1]!.text);
    }
    // "Dear Sir Tanaka,": "Sir" is a knight's title before a given name, or a form of address with no name;
    // before a Japanese surname it reads as a mistake about the person.
    if (sal.sirBeforeName && sal.names.length === 1 && classify(sal.names[0]!.text, recipients) === 'surname') {
      return reportSirBeforeSurname(ctx, sal, sal.names[0]!.text);
    }
    if (sal.honoured && !sal.titled && sal.names.length === 1 && isRecipientsGivenName(sal.names[0]!.text, recipients)) {
      return reportGivenWithSan(ctx, sal, sal.names[0]!.text, recipients);
    }
    // "Hey Mr. Ota," / "Hey Sato-san,": the title is right, but the greeting in front of it addresses a
    // client as a friend. The word itself is also a matter of register (en.register.greeting-and-sign-off).
    if (CASUAL_GREETINGS.has(sal.greeting) && sal.honoured && sal.names.length > 0) return reportCasualAddress(ctx, sal);
  },
});

/**
 * Round 21: whether this rule reports the greeting line as a bare name ("Hey Daisuke,", "Morning Ishikawa,", "Hi
 * Kenji,"), with a fix that rewrites the whole greeting ("Dear Mr./Ms. <surname>,"). The greeting word is then part of
 * the same move, and writers label it once, as the address (24 of 26 such greetings to a client or prospect in the
 * development corpora): the register rule leaves it to this one. A titled or honoured name ("Hey Mr. Ota,", "Hey
 * Sato-san!!") or a group ("Hey folks!") keeps the greeting word the register rule's.
 */
export function bareNameAddressed(ctx: RuleContext): boolean {
  const sal = findSalutation(ctx.lines);
  if (!sal || sal.other || sal.group !== undefined || sal.familiar || sal.honoured || sal.titled || sal.joined || sal.names.length !== 1) return false;
  const name = sal.names[0]!.text;
  if (KANJI.test(name)) return true;
  if (offeredInHistory(ctx, name)) return false;
  const kind = classify(name, recipientsOf(ctx));
  return kind === 'given' || kind === 'surname';
}

/**
 * Round 24: whether the other party's own words in the quoted history offer `name` as how to address them: the name
 * in quotation marks ("just call me “Kenji”", 「Tomo」で大丈夫) or "call me Kenji". A thread merely signed "Ryota" is
 * no offer (writers still label "Hi Ryota" there, be3-112); a greeting of the thread ("> Hi Kenji,") is our own mail.
 */
function offeredInHistory(ctx: RuleContext, name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (!letters) return false;
  const quotedLines = ctx.text.slice(0, ctx.own.length).split('\n').filter((l) => /^\s*[>＞]/.test(l));
  const history = [...quotedLines, ctx.text.slice(ctx.own.length)].join('\n');
  // Plain string look-ups, not a pattern built from the name: the name is the writer's text.
  const lower = history.toLowerCase();
  const key = letters.toLowerCase();
  for (const open of OPEN_QUOTES) for (const close of CLOSE_QUOTES) if (lower.includes(open + key + close)) return true;
  for (let at = lower.indexOf(`call me ${key}`); at >= 0; at = lower.indexOf(`call me ${key}`, at + 1)) {
    const before = lower[at - 1];
    const after = lower[at + 8 + key.length];
    if ((before === undefined || !/[\p{L}\p{N}_]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}_]/u.test(after))) return true;
  }
  return false;
}

const OPEN_QUOTES = ['"', '“', '‘', "'", '「', '『'];
const CLOSE_QUOTES = ['"', '”', '’', "'", '」', '』'];

interface Recipients {
  japanese: PersonName[];
  /** Given names of recipients whose names are not Japanese: "Hi Ken," to Ken Miller is fine. */
  otherGivenKeys: Set<string>;
}

function recipientsOf(ctx: RuleContext): Recipients {
  const japanese: PersonName[] = [];
  const otherGivenKeys = new Set<string>();
  for (const display of ctx.draft.context.recipientNames ?? []) {
    const person = japaneseSurnameOf(display);
    const words = display.split(/[\s,]+/).filter(Boolean);
    if (person) japanese.push(person);
    // A full name that is not Japanese ("Ken Walker") tells us "Hi Ken," is fine; a lone "Takuya" tells us nothing.
    else if (words.length >= 2) for (const w of words) otherGivenKeys.add(nameKey(w));
  }
  return { japanese, otherGivenKeys };
}

function classify(word: string, r: Recipients): 'given' | 'surname' | undefined {
  const key = nameKey(word);
  if (r.japanese.some((p) => p.given && nameKey(p.given) === key)) return 'given';
  if (r.japanese.some((p) => nameKey(p.surname) === key)) return 'surname';
  if (r.otherGivenKeys.has(key)) return undefined;
  if (isJapaneseGivenName(word)) return 'given';
  if (isJapaneseSurname(word)) return 'surname';
  return undefined;
}

function politeForms(surname: string): Suggestion[] {
  return [
    { text: `Dear ${surname}-san`, label: `“Dear ${surname}-san”`, labelJa: `“Dear ${surname}-san”にする` },
    { text: `Dear Mr. ${surname}`, label: `“Dear Mr. ${surname}”`, labelJa: `“Dear Mr. ${surname}”にする` },
    { text: `Dear Ms. ${surname}`, label: `“Dear Ms. ${surname}”`, labelJa: `“Dear Ms. ${surname}”にする` },
  ];
}

const FORMAL: Suggestion = {
  text: 'Dear Sir or Madam',
  label: 'Formal greeting (better still: their surname)',
  labelJa: '改まった挨拶にする（姓が分かれば姓で）',
};

/** The surname of the person greeted by `given`: from the recipients' display names, else from the mail. */
function surnameFor(ctx: RuleContext, given: string, r: Recipients): string | undefined {
  const key = nameKey(given);
  const match = r.japanese.find((p) => p.given && nameKey(p.given) === key);
  if (match) return match.surname;
  if (r.japanese.length === 1) return r.japanese[0]!.surname;
  return surnameNextTo(ctx.text, given);
}

/** "Takuya Sato" or "SATO Takuya" anywhere in the mail (a quoted header, a signature in the thread). */
function surnameNextTo(text: string, given: string): string | undefined {
  const escaped = given.replace(/[^\p{L}]/gu, '');
  const after = new RegExp(`\\b${escaped}\\s+(\\p{Lu}[\\p{L}'’]+)`, 'gu');
  for (const m of text.matchAll(after)) if (isJapaneseSurname(m[1]!) && !isJapaneseGivenName(m[1]!)) return tidy(m[1]!);
  // Only from the start of a word: from every capital of a long run it took quadratic time (issue 15).
  const before = new RegExp(`(?<![\\p{L}'’])(\\p{Lu}[\\p{L}'’]+),?\\s+${escaped}\\b`, 'gu');
  for (const m of text.matchAll(before)) if (isJapaneseSurname(m[1]!) && !isJapaneseGivenName(m[1]!)) return tidy(m[1]!);
  return undefined;
}

function tidy(word: string): string {
  return /^\p{Lu}+$/u.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}

function reportGivenName(ctx: RuleContext, sal: Salutation, given: string, r: Recipients): void {
  const surname = surnameFor(ctx, given, r);
  ctx.report({
    start: sal.start,
    end: sal.end,
    message: surname
      ? `A Japanese client is addressed by surname, not by given name: “Dear ${surname}-san,” or “Dear Mr./Ms. ${surname},”.`
      : `A Japanese client is addressed by surname, not by given name (“${given}”): write “Dear Mr./Ms. <surname>,” or “<surname>-san,”.`,
    messageJa: surname
      ? `日本のお客様は名前ではなく姓で呼びます（“Dear ${surname}-san,” / “Dear Mr./Ms. ${surname},”）。`
      : `日本のお客様は名前（${given}）ではなく姓で呼びます。“Dear Mr./Ms. 姓,” または “姓-san,” としましょう。`,
    suggestions: surname ? politeForms(surname) : [FORMAL],
  });
}

/** "Kenji-kun," / "Yuki-chan,": suffixes for juniors and children; a client gets "-san". */
function reportFamiliarSuffix(ctx: RuleContext, range: { start: number; end: number }): void {
  const suffix = ctx.text.slice(range.start, range.end);
  const replacement = /^[-A-Za-z]/.test(suffix) ? '-san' : 'さん';
  ctx.report({
    start: range.start,
    end: range.end,
    message: `“${suffix}” is for juniors, children and close friends. A client is addressed with “-san”.`,
    messageJa: `“${suffix}”は目下の人や子ども、親しい友人に使う敬称です。お客様には“-san”を使いましょう。`,
    suggestions: [{ text: replacement, label: `Use “${replacement}”`, labelJa: `“${replacement}”にする` }],
  });
}

/** A given name that cannot be a surname: the recipients say so, or the name lists know it only as a given name. */
function isGivenOnly(word: string, r: Recipients): boolean {
  const key = nameKey(word);
  if (r.japanese.some((p) => p.given && nameKey(p.given) === key)) return true;
  if (r.japanese.some((p) => nameKey(p.surname) === key) || r.otherGivenKeys.has(key)) return false;
  return isJapaneseGivenName(word) && !isJapaneseSurname(word);
}

/** "Dear Mr. Takuya,": the title is there, but on the given name, which reads as a mistake about the person. */
function reportTitledGivenName(ctx: RuleContext, sal: Salutation, given: string, r: Recipients): void {
  const surname = surnameFor(ctx, given, r);
  ctx.report({
    start: sal.start,
    end: sal.end,
    message: surname
      ? `“Mr.” / “Ms.” goes with the surname, not the given name (“${given}”): “Dear ${surname}-san,” or “Dear Mr./Ms. ${surname},”.`
      : `“Mr.” / “Ms.” goes with the surname, not the given name (“${given}”): write “Dear Mr./Ms. <surname>,” or “<surname>-san,”.`,
    messageJa: surname
      ? `“Mr.”“Ms.”は名前（${given}）ではなく姓に付けます（“Dear ${surname}-san,” / “Dear Mr./Ms. ${surname},”）。`
      : `“Mr.”“Ms.”は名前（${given}）ではなく姓に付けます。“Dear Mr./Ms. 姓,” または “姓-san,” としましょう。`,
    suggestions: surname ? politeForms(surname) : [FORMAL],
  });
}

function reportBareSurname(ctx: RuleContext, sal: Salutation, surname: string): void {
  ctx.report({
    start: sal.start,
    end: sal.end,
    message: `A bare surname reads as curt. Add an honorific: “Dear ${surname}-san,” or “Dear Mr./Ms. ${surname},”.`,
    messageJa: `姓だけの呼びかけは呼び捨てに聞こえます。敬称を付けましょう（“Dear ${surname}-san,” / “Dear Mr./Ms. ${surname},”）。`,
    suggestions: politeForms(surname),
  });
}

/** "Hi Kenji and Yuki,": every name Japanese and none honoured. */
function reportSeveral(ctx: RuleContext, sal: Salutation, r: Recipients): void {
  const kinds = sal.names.map((n) => classify(n.text, r));
  if (kinds.some((k) => k === undefined)) return;
  const surnames = sal.names.map((n, i) => (kinds[i] === 'surname' ? n.text : surnameFor(ctx, n.text, r)));
  const known = surnames.every((s) => s !== undefined) && new Set(surnames).size === surnames.length;
  const text = known ? `Dear ${surnames.map((s) => `${s}-san`).join(' and ')}` : 'Dear all';
  ctx.report({
    start: sal.start,
    end: sal.end,
    message: 'Japanese clients are addressed by surname with an honorific, each of them: “Dear Sato-san and Tanaka-san,” or “Dear all,”.',
    messageJa: '日本のお客様は、お一人ずつ姓に敬称を付けて呼びます（“Dear Sato-san and Tanaka-san,” / “Dear all,”）。',
    suggestions: [{ text, label: `“${text}”`, labelJa: `“${text}”にする` }],
  });
}

function reportGroup(ctx: RuleContext, sal: Salutation, r: Recipients): void {
  const group = sal.group ?? '';
  // "Hi team," "Hi all,": a chat greeting to a group of clients; "Dear all," "Dear team," are fine.
  const casual = CASUAL_GREETINGS.has(sal.greeting) || CASUAL_GROUPS.has(group) || (sal.greeting === 'hi' && GROUPS.has(group));
  if (!casual) return;
  // "Hey team," / "Hi guys," to a client is also the register rule's (the greeting word is chat): both findings stay,
  // though round 24's writers labelled it register 5 of 5 — a corpus that labels the missing address (honorific) must
  // still meet it, and the two rules' fixes agree ("Dear all").
  const toGroup = GROUPS.has(group);
  const surname = !toGroup && r.japanese.length === 1 ? r.japanese[0]!.surname : undefined;
  ctx.report({
    start: sal.start,
    end: sal.end,
    message: toGroup
      ? '“Hi guys” / “Hey all” is too casual for a Japanese client. “Dear all,” is the usual greeting to a group.'
      : 'A greeting that names nobody (“Hi there”, “Hey”) reads as casual or as a mass mailing. Address the person by surname.',
    messageJa: toGroup
      ? '“Hi guys”や“Hey all”はお客様には砕けすぎです。複数の方には“Dear all,”が一般的です。'
      : '宛名のない挨拶（“Hi there”、“Hey”）は砕けた印象や一斉送信の印象を与えます。姓に敬称を付けて呼びかけましょう。',
    suggestions: toGroup
      ? [{ text: 'Dear all', label: '“Dear all”', labelJa: '“Dear all”にする' }]
      : surname
        ? politeForms(surname)
        : [FORMAL],
  });
}

/** "Hey Mr. Ota,": the address kept as written, the greeting in front of it made formal. */
function reportCasualAddress(ctx: RuleContext, sal: Salutation): void {
  const address = ctx.text.slice(sal.greetingEnd, sal.end).replace(/^[\s,]+/, '');
  const text = `Dear ${address}`;
  ctx.report({
    start: sal.start,
    end: sal.end,
    message: `“${ctx.text.slice(sal.start, sal.greetingEnd)}” greets a friend. A Japanese client is addressed formally, title and all: “${text},”.`,
    messageJa: `“${ctx.text.slice(sal.start, sal.greetingEnd)}”は友人への挨拶です。お客様には敬称とともに改まった挨拶をしましょう（“${text},”）。`,
    suggestions: [{ text, label: `“${text}”`, labelJa: `“${text}”にする` }],
  });
}

function isRecipientsGivenName(word: string, r: Recipients): boolean {
  const key = nameKey(word);
  return r.japanese.some((p) => p.given && nameKey(p.given) === key && nameKey(p.surname) !== key);
}

/** "Dear Kenji-san,": -san after a given name is for colleagues and friends; a client's is after the surname. */
function reportGivenWithSan(ctx: RuleContext, sal: Salutation, given: string, r: Recipients): void {
  const surname = surnameFor(ctx, given, r);
  ctx.report({
    start: sal.start,
    end: sal.end,
    message: surname
      ? `“-san” after a given name (“${given}”) is for colleagues and friends. A client is addressed by surname: “Dear ${surname}-san,”.`
      : `“-san” after a given name (“${given}”) is for colleagues and friends. A client is addressed by surname: “<surname>-san,”.`,
    messageJa: surname
      ? `名前（${given}）に“-san”を付けるのは同僚や友人どうしです。お客様は姓で呼びます（“Dear ${surname}-san,”）。`
      : `名前（${given}）に“-san”を付けるのは同僚や友人どうしです。お客様は姓で呼びます（“姓-san,”）。`,
    suggestions: surname ? politeForms(surname) : [FORMAL],
  });
}

/** "Dear Mr. Tanaka-san,": either honorific alone is right; both together read as a mistake. */
function reportDoubleHonorific(ctx: RuleContext, sal: Salutation, surname: string): void {
  const title = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?/i.exec(ctx.text.slice(sal.start, sal.end))?.[0] ?? 'Mr.';
  const greeting = ctx.text.slice(sal.start, sal.greetingEnd);
  const lead = greeting ? `${greeting} ` : '';
  const forms = [`${lead}${surname}-san`, `${lead}${title} ${surname}`];
  ctx.report({
    start: sal.start,
    end: sal.end,
    message: `“${title}” and “-san” are the same courtesy twice. Use one of them: “${forms[0]},” or “${forms[1]},”.`,
    messageJa: `“${title}”と“-san”は同じ敬称の重複です。どちらか一方にしましょう（“${forms[0]},” / “${forms[1]},”）。`,
    suggestions: forms.map((text) => ({ text, label: `“${text}”`, labelJa: `“${text}”にする` })),
  });
}

function reportSirBeforeSurname(ctx: RuleContext, sal: Salutation, surname: string): void {
  ctx.report({
    start: sal.start,
    end: sal.end,
    message: `“Sir” is not a title for a surname. Address a Japanese client as “Dear ${surname}-san,” or “Dear Mr./Ms. ${surname},”.`,
    messageJa: `“Sir”は姓に付ける敬称ではありません。“Dear ${surname}-san,” または “Dear Mr./Ms. ${surname},” としましょう。`,
    suggestions: politeForms(surname),
  });
}

/** "Dear 田中,": a name in kanji with no 様 reads as a bare name to a Japanese reader. */
function reportBareKanji(ctx: RuleContext, sal: Salutation, name: string): void {
  const text = `Dear ${name}様`;
  ctx.report({
    start: sal.start,
    end: sal.end,
    message: `A Japanese name written in kanji needs its honorific, even in an English mail: “${text},”.`,
    messageJa: `英文メールでも、漢字のお名前には敬称を付けます（“${text},”）。`,
    suggestions: [{ text, label: `“${text}”`, labelJa: `“${text}”にする` }],
  });
}

/**
 * "Thanks Naoki!", "Hola Ryota,", "Happy Monday Ayumi!": the words before the name are the writer's own and stay
 * (a casual or foreign greeting word is the register rule's to change); only the address becomes the polite
 * one ("Thanks Ogawa-san!"), or goes when no surname is known ("Thanks!").
 */
function keepingLead(ctx: RuleContext, lead: string): RuleContext {
  const report: RuleContext['report'] = (r) =>
    ctx.report({
      ...r,
      suggestions: r.suggestions.map((s) => {
        const text = s.text === FORMAL.text ? lead : s.text.replace(/^Dear /, `${lead} `);
        return { ...s, text, label: `“${text}”`, labelJa: `“${text}”にする` };
      }),
    });
  return Object.create(ctx, { report: { value: report } }) as RuleContext;
}
