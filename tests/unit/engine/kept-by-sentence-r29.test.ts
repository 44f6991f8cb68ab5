// Round 29 (perfedit29): two document walks that now keep what they read of each sentence between keystrokes, and
// one that reads nothing where nothing reads it. A kept reading must give way the moment its sentence changes: after
// every edit below, a warm engine (its readings kept from the edit before) must report exactly what a new engine
// reports on the same draft. Seen failing: with closurePeriods reading the kept values without asking for the edited
// stretch (ofSentences' middle left out), the period sentence edited away still reports; with cold-pitch computing
// its parts for a client, the count of parts read to a client is not 0.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeDraft } from '../../../bench/texts';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import type { DraftInput } from '../../../src/engine/types';
import { RULES } from '../../../src/rules';

const parts = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/engine/analysis/cold-pitch', async (original) => {
  const actual = await original<typeof import('../../../src/engine/analysis/cold-pitch')>();
  return { ...actual, pitchParts: (...args: Parameters<typeof actual.pitchParts>) => (parts.calls++, actual.pitchParts(...args)) };
});

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

type Context = NonNullable<DraftInput['context']>;
const client: Context = { recipient: 'client', firstContact: false, now: '2026-04-01' };
const prospect: Context = { recipient: 'prospect', firstContact: true, now: '2026-04-01' };

/** The findings as the engine reports them, minus nothing: rule, offsets, message, suggestions. */
const findingsOf = (engine: Engine, body: string, context: Context) => engine.analyze({ body, context });

/** Each draft in turn through one warm engine, each compared with a new engine's findings on it. */
function warmEqualsCold(drafts: string[], context: Context, rule: string): number[] {
  const warm = new Engine({ rules: RULES, tokenizer });
  return drafts.map((body) => {
    const got = findingsOf(warm, body, context);
    expect(got).toEqual(findingsOf(new Engine({ rules: RULES, tokenizer }), body, context));
    return got.filter((f) => f.ruleId === rule).length;
  });
}

const HOLIDAY = 'any.calendar.meeting-on-holiday';

describe('closure periods kept by sentence (calendar meeting-on-holiday)', () => {
  const filler = makeDraft('en', 2, 7);
  const proposal = 'Could we visit your office during Golden Week to discuss the new line?';
  const draft = (middle: string) => `Dear Mr. Sato,\n\n${filler}\n${middle}\nWe look forward to hearing from you.\n\nBest regards,\nTom`;

  it('drops the period when its sentence is edited away, and finds it again when it comes back', () => {
    const counts = warmEqualsCold([
      draft(proposal),
      draft(proposal.replace('during', 'after')), // the same sentence, now after the period: not the period
      draft(proposal), // back: found again (the kept run must not have kept "none")
      draft(`${proposal} Our office is closed.`), // the line's sentences change in number
      draft('Our office is closed during Golden Week.'), // a closure told, not a meeting proposed
      draft(proposal).replace('Dear Mr. Sato', 'Dear Mr. Satoh'), // an edit above: the period's sentence moves
    ], client, HOLIDAY);
    expect(counts).toEqual([1, 0, 1, 1, 0, 1]);
  });

  it('reads a Japanese period and its sentence changed by one character', () => {
    const ja = (s: string) => `佐藤様\n\nいつもお世話になっております。\n${makeDraft('ja', 2, 3)}\n${s}\nよろしくお願いいたします。`;
    const ctx = { ...client, now: '2026-07-01' };
    const counts = warmEqualsCold([
      ja('お盆期間中にお伺いしてもよろしいでしょうか。'),
      ja('お盆明けにお伺いしてもよろしいでしょうか。'),
      ja('お盆期間中にお伺いしてもよろしいでしょうか。'),
    ], ctx, HOLIDAY);
    expect(counts).toEqual([1, 0, 1]);
  });
});

describe('cold-pitch reads its parts only where they are read', () => {
  const pitch = [
    'Dear Mr. Hosokawa,',
    '',
    'Having spent a number of years advising component makers on sub-tier visibility, I felt it would be remiss of me not to write.',
    'Harrowgate Supply Chain Advisory conducts structured audits of second-tier suppliers.',
    'I would very much welcome forty-five minutes with you in early March.',
  ].join('\n');

  it('reads no parts for a client, and still finds the pitch and the chase for a prospect', () => {
    parts.calls = 0;
    findingsOf(new Engine({ rules: RULES, tokenizer }), pitch, client);
    expect(parts.calls).toBe(0);
    const counts = warmEqualsCold([
      pitch,
      pitch.replace('I would very much welcome forty-five minutes with you in early March.', 'Thank you for reading.'),
      pitch,
      `${pitch}\nWe send the brochure two times already but still not get your answer.`,
    ], prospect, 'any.cold-outreach.cold-pitch');
    expect(parts.calls).toBeGreaterThan(0);
    expect(counts[0]).toBe(1);
    expect(counts[1]).toBe(0);
    expect(counts[2]).toBe(1);
  });
});
