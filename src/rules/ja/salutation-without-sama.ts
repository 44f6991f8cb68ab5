import { defineRule, type RuleContext } from '../../engine/rule';
import type { Line } from '../../engine/types';
import { bareNameAtEnd, bareNamesInList, chunks, endsWithAny, namesOrganisation } from './lib/addressee';
import { SALUTATION } from './lib/dictionaries';
import { layoutOf } from '../../engine/analysis/layout';
import { suggestion } from './lib/suggest';

/**
 * The addressee at the top of a client mail takes 様. さん is for colleagues; 殿 now reads as a superior
 * writing down; a bare surname reads as a memo. Only the address block at the top is read: 様 in the
 * signature, or さん about a colleague in the body, is not a salutation.
 */
export default defineRule({
  id: 'ja.honorific.salutation-without-sama',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  title: { en: 'Addressee without 様', ja: '宛名に「様」がない' },
  rationale: {
    en: 'The first thing a Japanese buyer reads is their own name. To a client it is always 〇〇様; さん is how colleagues address each other, 殿 is now felt as a superior writing down, and a bare name reads as an internal memo.',
    ja: 'お客様が最初に目にするのは宛名です。取引先には「〇〇様」と書くのが基本で、「さん」は社内の呼び方、「殿」は目上から目下への敬称と受け取られ、呼び捨ては社内メモのような印象を与えます。',
  },
  examples: {
    valid: [
      // Round 23 (mendref): the addressee honoured above; the bare name under it is the sender's.
      { text: '株式会社ミナト\n購買部 田中様\n株式会社ノルド\n佐伯\n\nいつもお世話になっております。' },
      { text: '株式会社コトブキ運輸\n配車課 堀内様\n\nお世話になっております。' },
      { text: '株式会社コトブキ運輸\n配車課 堀内 様\n\nお世話になっております。' },
      { text: '吉岡 さん\n\nお疲れさまです。宮下です。', context: { recipient: 'internal' } },
      { text: '北川さん\n\nお疲れさまです。宮下です。', context: { recipient: 'internal' } },
      { text: '株式会社ABC\n営業部 部長 佐藤様\n\nいつもお世話になっております。\n\nよろしくお願いいたします。\n\n株式会社XYZ 営業部 山田太郎' },
      { text: 'お世話になっております。\n先日、弊社の佐藤さんから伺った件です。' },
      { text: '株式会社ミナト\n購買部 ご担当者様\n\nいつもお世話になっております。' },
      { text: '株式会社ミナト\n品質部 Nakamura様\n\nいつもお世話になっております。' },
      // Round 36 (fp36): an indented line under 出席者： goes on with its attendees (ours bare), no address block.
      { text: '日時：11月24日（火）10:00〜11:00\n出席者：株式会社サクラ包装 野口様\n　　　　株式会社ノルド 営業部長 ホフマン\n\n株式会社サクラ包装\n技術開発室 野口様\n\nいつもお世話になっております。' },
    ],
    invalid: [
      {
        text: '株式会社コトブキ運輸\n配車課 堀内さん\n\nお世話になっております。',
        flagged: '堀内さん',
        outputs: ['株式会社コトブキ運輸\n配車課 堀内様\n\nお世話になっております。'],
      },
      {
        text: '株式会社ミドリ製薬\n購買部 佐藤\n\nいつもお世話になっております。',
        flagged: '佐藤',
        outputs: ['株式会社ミドリ製薬\n購買部 佐藤様\n\nいつもお世話になっております。'],
      },
      {
        text: '株式会社丸源商事\n食品二部 部長 吉岡 殿\n\nいつもお世話になっております。',
        flagged: '吉岡 殿',
        outputs: ['株式会社丸源商事\n食品二部 部長 吉岡様\n\nいつもお世話になっております。'],
      },
      {
        text: '株式会社ミドリ製薬 購買部\n佐藤 健一殿\n\nいつもお世話になっております。',
        flagged: '健一殿',
        outputs: ['株式会社ミドリ製薬 購買部\n佐藤 健一様\n\nいつもお世話になっております。'],
      },
      {
        text: '株式会社ミナト\n購買部 ご担当者\n\nいつもお世話になっております。',
        flagged: 'ご担当者',
        outputs: ['株式会社ミナト\n購買部 ご担当者様\n\nいつもお世話になっております。'],
      },
      {
        text: '株式会社ミナト\n品質部 Nakamura\n\nいつもお世話になっております。',
        flagged: 'Nakamura',
        outputs: ['株式会社ミナト\n品質部 Nakamura様\n\nいつもお世話になっております。'],
      },
      {
        text: 'タカミ物流株式会社\n岡田様、小池\n\nお世話になっております。',
        flagged: '小池',
        outputs: ['タカミ物流株式会社\n岡田様、小池様\n\nお世話になっております。'],
      },
      {
        text: '田中さん、いつもお世話になっております。',
        flagged: '田中さん',
        outputs: ['田中様、いつもお世話になっております。'],
      },
    ],
  },
  // What the hook reads is the address block at the top (and the line under it, or the first line): its findings are
  // kept with the lines they came from and given again while those lines are the same, so a keystroke below the
  // address costs a comparison of a few lines (the block's names and tokens were read again on every keystroke).
  document(ctx) {
    const layout = layoutOf(ctx);
    const block = layout.salutation;
    const tail = block[block.length - 1];
    const under = tail && ctx.lines[tail.index + 1];
    const first = ctx.lines[layout.bodyStart];
    const read: Line[] = [...block];
    if (under) read.push(under);
    if (block.length === 0 && first) read.push(first);
    const memos = ctx.facts.scratch(MEMO_ID, () => new Map<string, BlockMemo>());
    const memo = memos.get(ctx.field);
    const underOwn = !!under && under.end <= ctx.own.length;
    if (memo && memo.blockLength === block.length && memo.underOwn === underOwn && sameLines(memo.read, read)) {
      for (const r of memo.reports) reportName(ctx, ...r);
      return;
    }
    const reports: BlockMemo['reports'] = [];
    readBlock(ctx, block, layout.bodyStart, (start, end, name, written) => reports.push([start, end, name, written]));
    memos.set(ctx.field, { blockLength: block.length, underOwn, read: read.map(({ text, start, index }) => ({ text, start, index })), reports });
    for (const r of reports) reportName(ctx, ...r);
  },
});

/** The findings of the hook above, with the lines they were read from (by text, start and index). */
interface BlockMemo {
  blockLength: number;
  underOwn: boolean;
  read: Array<Pick<Line, 'text' | 'start' | 'index'>>;
  reports: Array<[number, number, string, string]>;
}
const MEMO_ID = 'ja.honorific.salutation-without-sama/block';

/** The same lines: an unchanged line keeps its very string, so this is a pointer comparison per line. */
function sameLines(a: ReadonlyArray<Pick<Line, 'text' | 'start' | 'index'>>, b: readonly Line[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.text !== y.text || x.start !== y.start || x.index !== y.index) return false;
  }
  return true;
}

/**
 * The address block's names without 様 (and an inline salutation on the first line when there is no block), told
 * to `reportName` — reading only the block's lines, the line under it, the first line and their sentences' tokens.
 */
function readBlock(
  ctx: RuleContext, block: readonly Line[], bodyStart: number, reportName: (start: number, end: number, name: string, written: string) => void,
): void {
  block.forEach((line, k) => {
    const parts = chunks(line);
    const last = parts.pop();
    if (!last) return;
    const suffix = endsWithAny(last.text, SALUTATION.casualSuffixes);
    if (suffix && last.text.length > suffix.length) {
      reportName(last.start, last.end, last.text.slice(0, -suffix.length), last.text);
      return;
    }
    // 部長 吉岡 殿 / 田中 さん: the suffix written apart from the name is the same address.
    const name = parts[parts.length - 1];
    if (suffix && name && !endsWithAny(name.text, SALUTATION.honorificSuffixes)) {
      reportName(name.start, last.end, name.text, line.text.slice(name.start - line.start, last.end - line.start));
      return;
    }
    // The person is named on the last address line; a bare name there has no honorific at all.
    if (k === block.length - 1) {
      // 購買部 ご担当者: a role that is no honorific in itself (担当者, 代表) still takes 様.
      const role = endsWithAny(last.text.replace(/^[ごお御]/, ''), SALUTATION.titlesTakingSama);
      if (role && (last.text.length === role.length || /^[ごお御]/.test(last.text) || chunks(line).length > 1)) {
        reportName(last.start, last.end, last.text, last.text);
        return;
      }
      // 株式会社ミナト\n購買部 田中様\n株式会社ノルド\n佐伯: the addressee already named with 様 (or 御中) above, a bare name
      // under it is the sender's, as in a letter's heading — not a second addressee left without 様.
      // Round 24: 岡田様、小池: people listed on one line, one of them left without 様.
      const listed = bareNamesInList(line, ctx.sentences);
      if (listed.length) {
        for (const c of listed) reportName(c.start, c.end, c.text, c.text);
        return;
      }
      if (block.slice(0, k).some((l: Line) => endsWithAny(l.text.trim(), SALUTATION.honorificSuffixes))) return;
      const above = block.slice(0, k).some((l: Line) => namesOrganisation(l));
      const name = bareNameAtEnd(line, ctx.sentences, above);
      if (name) reportName(name.start, name.end, name.text, name.text);
    }
  });
  // Round 24: タカミ物流\n岡田様、小池: a list line that ends on the bare name is no address line to the layout,
  // which then stops the block above it; the line right under the block is read as its last line.
  const tail = block[block.length - 1];
  const under = tail && ctx.lines[tail.index + 1];
  if (under && under.text.trim() && under.end <= ctx.own.length) {
    for (const c of bareNamesInList(under, ctx.sentences)) reportName(c.start, c.end, c.text, c.text);
  }
  // An inline salutation on the first line: 「田中さん、いつもお世話になっております。」
  const first = ctx.lines[bodyStart];
  if (block.length === 0 && first) {
    const m = /^\s*([\p{Script=Han}々ァ-ヶー]{1,6}(?:[ \u3000][\p{Script=Han}々ァ-ヶー]{1,6})?)(さん|くん|君|ちゃん|殿)(?=[、,，\s])/u.exec(first.text);
    if (m) {
      const start = first.start + m.index + m[0].length - m[1]!.length - m[2]!.length;
      reportName(start, start + m[1]!.length + m[2]!.length, m[1]!, m[1]! + m[2]!);
    }
  }
}

function reportName(ctx: RuleContext, start: number, end: number, name: string, written: string): void {
  ctx.report({
    start,
    end,
    message: `Address a client as ${name}様, not ${written}.`,
    messageJa: `取引先の宛名は「${written}」ではなく「${name}様」と書きます。`,
    suggestions: [suggestion(`${name}様`, `Write ${name}様`, `「${name}様」にする`)],
  });
}
