// Round 35 (refja35): Japanese blunt refusals answering the client's ask — our negated practice or provision, our negated potential in
// a subordinate clause or a reported decision of ours, a list or table cell that says no, and the status quo kept — with their near
// misses and the false alarm of a colleague's ability (classes-r35-refusal-cases.ts).
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import { nodeEngine } from '../node-engine';
import { quotedRefusals, type QuotedRefusal } from '../refusal-quotes';
import {
  ABILITY_CLEAN_R35, ABILITY_R35, CELL_CLEAN_R35, CELL_R35, DECISION_CLEAN_R35, DECISION_R35, KEPT_CLEAN_R35, KEPT_R35,
  PRACTICE_CLEAN_R35, PRACTICE_R35, type Case,
} from './classes-r35-refusal-cases';

const mail = (middle: string) =>
  `株式会社ミドリ精工\n購買部 石川様\n\nいつもお世話になっております。\n東栄産業の村上です。\n\n${middle}\n\n何卒よろしくお願いいたします。\n\n東栄産業株式会社　村上`;

const { refusals, table } = quotedRefusals(nodeEngine());
/** The case as quotedRefusals reads it: the middle wrapped in the mail. */
const quoted = ([subject, middle, quote]: Case): QuotedRefusal => [subject, mail(middle), quote];
const [head, tail] = mail('\u0000').split('\u0000') as [string, string];
const name = ([, body]: QuotedRefusal) => body.slice(head.length, body.length - tail.length).replace(/\n/g, ' ⏎ ');
/** One test per refusal and per near miss of a class. */
const cases = (refused: Case[], clean: Case[]) => table(refused.map(quoted), clean.map(quoted), name);

/** The body after applying the finding's first suggestion (the one overlapping the quote). */
function rewritten(c: Case): string {
  const body = mail(c[1]);
  const at = body.lastIndexOf(c[2]!);
  const f = refusals(c[0], body).find((x) => x.start < at + c[2]!.length && at < x.end)!;
  return applySuggestion(body, f, 0);
}

describe('round 35, class 1: our negated practice or provision answering their ask', () => {
  cases(PRACTICE_R35, PRACTICE_CLEAN_R35);
  it('keeps the verb and its object in the rewrite of a ず clause', () => {
    expect(rewritten(PRACTICE_R35.find((c) => c[2] === '承っておらず')!)).toContain('あいにく、小分けは承りかねるため、1kg袋でのお届けとなります。');
  });
});

describe('round 35, class 2: our negated potential in a subordinate clause, and a reported decision of ours', () => {
  cases(DECISION_R35, DECISION_CLEAN_R35);
  it('rewrites the reported decision as the softened no, in the seller\'s verb', () => {
    expect(rewritten(DECISION_R35.find((c) => c[2] === '受け付けられない')!)).toContain('返品は受け付けかねます。');
    expect(rewritten(DECISION_R35.find((c) => c[2] === '応じかねる')!)).toContain('保証期間の延長には応じかねます。');
  });
});

describe('round 35, class 3: a list or table cell that says no to what they asked', () => {
  cases(CELL_R35, CELL_CLEAN_R35);
});

describe('round 35, class 4: the status quo kept against their ask', () => {
  cases(KEPT_R35, KEPT_CLEAN_R35);
  it('says our verb humbly after a cushion', () => {
    expect(rewritten(KEPT_R35.find((c) => c[1].includes('価格は現行のまま据え置きます'))!)).toContain('大変恐縮ですが、価格は現行のまま据え置かせていただきます。');
    expect(rewritten(KEPT_R35.find((c) => c[2] === '変更しません')!)).toContain('大変恐縮ですが、仕様は変更いたしかねます。');
  });
});

describe('round 35: a colleague\'s ability is no refusal; our no with a person named still is', () => {
  cases(ABILITY_R35, ABILITY_CLEAN_R35);
});
