// Round 34 (refja34): a Japanese refusal that answers the client's ask with a practice, a limit or a way of ours — a negated
// practice (していません / やってません, in a sentence or a list answer), the terms kept (従来通り / 変更はございません) and one way
// named as the only one (円建てのみ / 銀行振込に限らせて) — with their near misses (classes-r34-stated-limit-cases.ts).
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';
import { quotedRefusals } from '../refusal-quotes';
import {
  KEPT_CLEAN_R34, KEPT_R34, PRACTICE_CLEAN_R34, PRACTICE_R34, SOLE_CLEAN_R34, SOLE_R34,
} from './classes-r34-stated-limit-cases';

const { refusals, table } = quotedRefusals(nodeEngine());

describe('round 34: a negated practice of ours answering what the client asked for', () => table(PRACTICE_R34, PRACTICE_CLEAN_R34));

describe('round 34: the terms kept, answering the client\'s ask to change them', () => table(KEPT_R34, KEPT_CLEAN_R34));

describe('round 34: one way named as the only one, answering the client\'s wish for another', () => {
  table(SOLE_R34, SOLE_CLEAN_R34);
  it('rewrites the rule told as our constraint, keeping what it names', () => {
    const body = mailOf('ドル建てでのお支払いのご希望について、お返事いたします。\nお支払いは円建てのみとなります。');
    const f = refusals('Re: 通貨', body).find((x) => x.ruleId === 'ja.blunt-refusal.stated-limit')!;
    let out = body;
    for (const e of [...f.suggestions[0]!.edits!].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    expect(out).toContain('大変恐縮ですが、お支払いは円建てのみとさせていただいております。');
  });
});

function mailOf(b: string): string {
  return `株式会社ミナト精機\n資材部 小川様\n\nいつもお世話になっております。\nアルタ化成の新井です。\n\n${b}\n\n引き続きよろしくお願いいたします。`;
}
