// Quoted history in plain-text replies and forwards is the other party's words: never flagged, by any rule,
// in any language, whatever the mail client wrote above it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyMarks, historyStart, quotedHistory } from '../../../src/engine/analysis/quotes';
import { splitLines } from '../../../src/engine/segment';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();

const OWN_JA = 'お世話になっております。\nご連絡ありがとうございます。\nよろしくお願いいたします。';
const OWN_EN = 'Dear Mr Sato,\n\nThank you for your message. We will reply shortly.\n\nBest regards,\nAnna';
/** The other side's words, which would be flagged if we had written them. */
const BLUNT_JA = 'その件はできません。\n了解！\n御社の都合で決めて。';
const BLUNT_EN = "No, that's out of scope.\nThx, asap pls.";

describe('where quoted history starts', () => {
  const start = (text: string) => {
    const lines = splitLines(text);
    const i = historyStart(lines);
    return i < lines.length ? lines[i]!.text : null;
  };
  it.each([
    ['-----Original Message-----', '-----Original Message-----'],
    ['----- Original Message -----', '----- Original Message -----'],
    ['-----元のメッセージ-----', '-----元のメッセージ-----'],
    ['---------- Forwarded message ---------', '---------- Forwarded message ---------'],
    ['On Mon, Dec 1, 2025 at 10:00 AM Sato Kenji <sato@example.jp> wrote:', 'On Mon, Dec 1, 2025 at 10:00 AM Sato Kenji <sato@example.jp> wrote:'],
    ['2025年12月1日(月) 10:00 佐藤健一 <sato@example.jp>:', '2025年12月1日(月) 10:00 佐藤健一 <sato@example.jp>:'],
    ['佐藤健一 様のメッセージ:', '佐藤健一 様のメッセージ:'],
    ['佐藤 <sato@example.jp> wrote:', '佐藤 <sato@example.jp> wrote:'],
    ['From: Sato Kenji <sato@example.jp>\nSent: Monday, December 1, 2025 10:00\nTo: Anna\nSubject: RE: 見積もり', 'From: Sato Kenji <sato@example.jp>'],
    ['差出人: 佐藤健一 <sato@example.jp>\n送信日時: 2025年12月1日 10:00\n宛先: Anna\n件名: 見積もり', '差出人: 佐藤健一 <sato@example.jp>'],
    ['________________________________\nFrom: Sato', '________________________________'],
  ])('%s', (header, first) => {
    expect(start(`${OWN_JA}\n\n${header}\n${BLUNT_JA}`)).toBe(first);
  });
  it('an attribution split over two lines ("On …" / "… wrote:")', () => {
    expect(start(`${OWN_EN}\n\nOn Mon, Dec 1, 2025 at 10:00 AM Sato Kenji\n<sato@example.jp> wrote:\n${BLUNT_EN}`)).toBe(
      'On Mon, Dec 1, 2025 at 10:00 AM Sato Kenji',
    );
  });
  it.each([
    ['a line that merely mentions From: in a sentence', `${OWN_EN}\nFrom: our side, the plan is fine.`],
    ['a date line without a colon at its end', `${OWN_JA}\n2025年12月1日に伺います。`],
    ['a sentence starting with On', `${OWN_EN}\nOn Monday we will send the files.`],
    ['a dash rule that is not a separator', `${OWN_JA}\n-----\n以上`],
  ])('nothing for %s', (_what, text) => {
    expect(start(text)).toBeNull();
  });
  it('> and ＞ lines are quoted ranges, each run of them one range', () => {
    const text = 'はい。\n> 一行目\n> 二行目\n了解いたしました。\n＞ 三行目';
    const ranges = quotedHistory(splitLines(text)).map(([a, b]) => text.slice(a, b));
    expect(ranges).toEqual(['> 一行目\n> 二行目', '＞ 三行目']);
  });
});

describe('the engine never flags quoted history', () => {
  const analyze = (body: string) => engine.analyze({ body, context: { recipient: 'client', now: '2025-12-01' } });
  it('the blunt words are flagged when they are ours (so the test can fail)', () => {
    expect(analyze(`${OWN_JA}\n${BLUNT_JA}`).length).toBeGreaterThan(0);
    expect(analyze(`${OWN_EN}\n${BLUNT_EN}`).length).toBeGreaterThan(0);
  });
  it.each([
    ['-----Original Message-----'],
    ['-----元のメッセージ-----'],
    ['On Mon, Dec 1, 2025 at 10:00 AM Sato Kenji <sato@example.jp> wrote:'],
    ['2025年12月1日(月) 10:00 佐藤健一 <sato@example.jp>:'],
    ['From: Sato Kenji <sato@example.jp>\nDate: Mon, 1 Dec 2025\nSubject: RE: quote'],
    ['差出人: 佐藤健一\n送信日時: 2025年12月1日 10:00\n件名: 見積もり'],
  ])('after %s', (header) => {
    expect(analyze(`${OWN_JA}\n\n${header}\n${BLUNT_JA}\n${BLUNT_EN}`)).toEqual([]);
    expect(analyze(`${OWN_EN}\n\n${header}\n${BLUNT_EN}\n${BLUNT_JA}`)).toEqual([]);
  });
  it('in > and ＞ lines between our own lines', () => {
    const quoted = (mark: string) => [...BLUNT_JA.split('\n'), ...BLUNT_EN.split('\n')].map((l) => `${mark} ${l}`).join('\n');
    expect(analyze(`${OWN_JA.split('\n')[0]}\n${quoted('>')}\n${OWN_JA.split('\n').slice(1).join('\n')}`)).toEqual([]);
    expect(analyze(`${OWN_JA.split('\n')[0]}\n${quoted('＞')}\n${OWN_JA.split('\n').slice(1).join('\n')}`)).toEqual([]);
  });
  it('the closing of the quoted mail does not count as ours', () => {
    const ours = analyze('お世話になっております。\n資料を添付いたします。');
    const withHistory = analyze('お世話になっております。\n資料を添付いたします。\n\n-----Original Message-----\nよろしくお願いいたします。');
    expect(withHistory.map((f) => f.ruleId)).toEqual(ours.map((f) => f.ruleId));
  });
});

describe('history start from cached line marks', () => {
  const pieces = [
    '-----Original Message-----', 'On Mon, 1 Dec 2025 at 10:00, Sato <sato@example.jp>', 'wrote:', 'On Monday Sato wrote:',
    'From: Sato', '差出人: 佐藤', 'Sent: Monday', 'To: Tanaka', `Subject: ${'x'.repeat(420)}`, '件名: 見積', `${'y'.repeat(350)} wrote:${' '.repeat(80)}`,
    '2025年12月1日(月) 10:00 佐藤 <sato@example.jp>:', 'いつもお世話になっております。', '> 引用', '', 'Thanks.',
  ];
  it('finds the same line as testing every pattern on every line', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (chosen) => {
        const lines = splitLines(chosen.join('\n'));
        expect(historyStart(lines, historyMarks)).toBe(historyStart(lines));
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
