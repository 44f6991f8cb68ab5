// Round 22 (r22-press): pressure on a prospect's decision in Japanese, read as structure (src/rules/ja/lib/pressure.ts):
// J1 advice (お勧めします, 得策かと, よろしいかと, 確実かと存じます) whose content is a commitment brought ahead of the
// buyer's own approval (稟議, 決裁, 社内のご承認) — まずは / 先に / だけでも with a binding decision noun or a サ変 noun
// made provisional by kuromoji's 接頭詞 仮 (仮契約, 仮発注, 仮予約); J2 the same advice under a time limit of the
// sentence with no approval named. Our own wordings, written before the code; near misses share the words (advice with
// no commitment, a commitment after their approval, the timing left to them, a client, internal mail).
import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { japaneseRules } from '../../../src/rules/ja';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine(japaneseRules);

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-08-20' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-08-20' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-08-20' };
const mail = (body: string) => `田中様\n\nいつもお世話になっております。ブルックスです。\n${body}\n\nよろしくお願いいたします。`;

type Case = [expected: string, context: DraftContext, body: string];

const PRESSED: Case[] = [
  ["pressure", P, mail("社内のご稟議が間に合わないようでしたら、まずは仮契約だけでも先に進めることをおすすめします。")],
  ["pressure", P, mail("ご決裁をお待ちいただくより、先に発注書だけでもいただくことをお勧めいたします。")],
  ["pressure", P, mail("稟議の前に、ひとまず内示だけでもいただくのがよろしいかと存じます。")],
  ["pressure", P, mail("社内承認にお時間がかかるようでしたら、仮発注という形で先に押さえておかれることを強くお勧めします。")],
  ["pressure", P, mail("まずは仮予約だけでも今週中に入れておかれることをおすすめいたします。")],
  ["pressure", P, mail("稟議が通るまでお待ちいただくより、ひとまず仮発注をいただいた方が確実かと存じます。")],
  ["pressure", P, mail("ご決裁が年明けになるようでしたら、先に申込書だけでもご提出いただくことをおすすめします。")],
  ["pressure", P, mail("月内に仮契約を結んでおかれるのが得策かと存じます。")],
  ["pressure", P, mail("社内のご承認を待たずに、まずは発注だけでも進めていただくのがよろしいかと存じます。")],
  ["pressure", P, mail("今週中にご署名いただくことを強くおすすめいたします。")],
  ["pressure", P, mail("ご稟議と並行して、仮押さえだけでも先に入れておかれることをお勧めします。")],
  ["pressure", P, mail("来週までに仮申込をしておかれると安心かと存じます。")],
];

const CLEAN: Case[] = [
  // A limited edition announced: the count is the product's attribute, not a limit on the buyer's chance.
  ["", P, mail("この度、日本市場向けに限定300本のカスクストレングスをご用意しました。")],
  ["", P, mail("ご稟議に必要な資料がございましたら、お申し付けください。")],
  ["", P, mail("今週中に資料をご覧いただくことをおすすめします。")],
  ["", P, mail("ご稟議が通りましたら、ご発注いただければ幸いです。")],
  ["", P, mail("仮契約という形も可能ですので、ご都合に合わせてご検討ください。")],
  ["", P, mail("年内の導入は急ぎませんので、ご契約の時期はご都合に合わせてお決めください。")],
  ["", C, mail("今週中にご発注いただくことをおすすめします。")],
  ["", I, "営業チーム各位\n\n先方の稟議が間に合わないなら、まずは仮契約だけでも先に進めるよう提案してください。\n\nブルックス"],
  ["", P, mail("社内でのご検討にお時間がかかるのは当然ですので、どうぞご無理のない範囲でお進めください。")],
  ["", P, mail("貴社のご稟議の日程に合わせて、お見積りの有効期限を延長いたします。")],
  ["", P, mail("弊社としては、Aプランをおすすめいたします。")],
  ["", P, mail("まずは資料をご覧いただくことをおすすめします。")],
];

describe.each([
  ['advice to commit ahead of their approval or by a date', PRESSED],
  ['near misses', CLEAN],
] as const)('%s', (_name, cases) => {
  it.each(cases)('[%s] %#', (expected, context, body) => {
    const findings = engine.analyze({ body, context });
    const got = [...new Set(findings.map((f) => f.category))].sort().join(',');
    expect(got, `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`).toBe(expected);
  });
});
