// Issue 11 item 3: a slot written in two zones (the writer's and a Tokyo restatement) is one meeting, and a
// suggestion that moves it rewrites both halves for the same instant. Each suggestion applied and re-checked
// raises nothing of the same rule, and its two halves, converted to Tokyo time, are the same instant.
import { describe, expect, it } from 'vitest';
import { analyzeDates, type Slot } from '../../../src/engine/analysis/dates';
import { serial } from '../../../src/engine/analysis/dates-day';
import { convert, resolveZone } from '../../../src/engine/analysis/dates-zones';
import { applySuggestion } from '../../../src/engine/apply';
import type { Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();

const NOW = '2026-01-12T09:00:00+09:00';
const TODAY = '2026-01-12';

function calendar(body: string): Finding[] {
  return engine
    .analyze({ subject: '', body, kind: 'email', context: { recipient: 'client', firstContact: false, now: NOW } })
    .filter((f) => f.category === 'calendar');
}

/** A half's start in Tokyo minutes since the epoch day (a half with no date: minutes of its day only). */
function tokyo(x: Slot, fallbackDay: Slot['date']): { at: number; dated: boolean } {
  const zone = resolveZone(x.time!.zone, 'Asia/Tokyo', undefined)!;
  const day = (x.date ?? fallbackDay)?.day ?? { y: 2026, m: 1, d: 15 };
  const w = convert({ day, minutes: x.time!.from.h * 60 + x.time!.from.min }, zone, 'Asia/Tokyo');
  return { at: serial(w.day) * 1440 + w.minutes, dated: Boolean(x.date) };
}

/** The two halves of the text's two-zone slot name one instant (by the clock alone when a half has no date). */
function halvesAgree(text: string): void {
  const slots = analyzeDates(text, TODAY).slots.filter((x) => x.time?.zone);
  const i = slots.findIndex((x) => x.restates);
  expect(i, `no two-zone slot left in: ${text}`).toBeGreaterThanOrEqual(0);
  const half = slots[i]!;
  const main = slots[i === 0 ? 1 : i - 1]!;
  const a = tokyo(main, half.date);
  const b = tokyo(half, main.date);
  if (main.date && half.date) expect(a.at, text).toBe(b.at);
  else expect(((a.at % 1440) + 1440) % 1440, text).toBe(((b.at % 1440) + 1440) % 1440);
}

interface Case {
  body: string;
  rule: string;
  /** Every suggestion, applied. */
  outputs: string[];
}

const CASES: Case[] = [
  {
    body: 'Could we have a call on Thursday, January 15 at 6pm CET (1am JST)?',
    rule: 'outside-business-hours',
    outputs: [
      'Could we have a call on Thursday, January 15 at 9am CET (5pm JST)?',
      'Could we have a call on Friday, January 16 at 9am CET (5pm JST)?',
    ],
  },
  {
    // The Tokyo half carries the date; the foreign half is apart from it and gets its own weekday.
    body: 'Could we have a call at 15:00 PT / 08:00 JST on Thursday, January 15?',
    rule: 'outside-business-hours',
    outputs: [
      'Could we have a call at Tue 16:00 PT / 09:00 JST on Wednesday, January 14?',
      'Could we have a call at Wed 16:00 PT / 09:00 JST on Thursday, January 15?',
    ],
  },
  {
    // Across the date line: each half keeps its own date.
    body: 'Could we do the call on Thursday, January 15 at 3pm PT (Friday, January 16, 8am JST)?',
    rule: 'outside-business-hours',
    outputs: [
      'Could we do the call on Wednesday, January 14 at 4pm PT (Thursday, January 15, 9am JST)?',
      'Could we do the call on Thursday, January 15 at 4pm PT (Friday, January 16, 9am JST)?',
    ],
  },
  {
    body: '日本時間1月16日（金）8時（米国太平洋時間 1月15日（木）15時）にお打ち合わせをお願いできますでしょうか。',
    rule: 'outside-business-hours',
    outputs: [
      '日本時間1月15日（木）9時（米国太平洋時間 1月14日（水）16時）にお打ち合わせをお願いできますでしょうか。',
      '日本時間1月16日（金）9時（米国太平洋時間 1月15日（木）16時）にお打ち合わせをお願いできますでしょうか。',
    ],
  },
  {
    body: 'Could we meet Tue 7am SGT (8am Tokyo) for the review call?',
    rule: 'outside-business-hours',
    outputs: [
      'Could we meet Tuesday, January 13 8am SGT (9am Tokyo) for the review call?',
      'Could we meet Tuesday, January 13 12pm SGT (1pm Tokyo) for the review call?',
    ],
  },
  {
    body: 'Could we have the call on Thursday, January 15, 6pm–7pm CET (2am–3am JST)?',
    rule: 'outside-business-hours',
    outputs: [
      'Could we have the call on Thursday, January 15, 9am–10am CET (5pm–6pm JST)?',
      'Could we have the call on Friday, January 16, 9am–10am CET (5pm–6pm JST)?',
    ],
  },
  {
    // UTC−4: no hour of the writer's working day is one of Tokyo's; the nearest Tokyo slot, in both zones.
    body: 'Could we have the call on Wednesday, January 14 at 10:00 UTC-4 (23:00 JST)?',
    rule: 'outside-business-hours',
    outputs: [
      'Could we have the call on Wednesday, January 14 at 4:00 UTC-4 (17:00 JST)?',
      'Could we have the call on Wednesday, January 14 at 20:00 UTC-4 (Thu 9:00 JST)?',
    ],
  },
  {
    // A weekend in Tokyo: both dates move by the same days, the times stay.
    body: 'Could we do the call on Saturday, January 17 at 17:00 PT (Sunday, January 18, 10:00 JST)?',
    rule: 'meeting-on-weekend',
    outputs: [
      'Could we do the call on Thursday, January 15 at 17:00 PT (Friday, January 16, 10:00 JST)?',
      'Could we do the call on Sunday, January 18 at 17:00 PT (Monday, January 19, 10:00 JST)?',
    ],
  },
];

describe('a two-zone slot moves as one: both halves rewritten for the same instant', () => {
  it.each(CASES.map((c) => [c.body, c] as const))('%s', (_name, c) => {
    const found = calendar(c.body).filter((f) => f.ruleId === `any.calendar.${c.rule}`);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    const applied = f.suggestions.map((_, i) => applySuggestion(c.body, f, i));
    expect(applied).toEqual(c.outputs);
    for (const after of applied) {
      expect(calendar(after).filter((g) => g.ruleId === f.ruleId)).toEqual([]);
      halvesAgree(after);
    }
  });
});

describe('a writer whose working day never meets Tokyo\'s still gets the nearest Tokyo slot, in both zones', () => {
  it('UTC−4, one zone', () => {
    const body = 'Could we have the call on Wednesday, January 14 at 10:00 UTC-4?';
    const f = calendar(body).find((g) => g.ruleId === 'any.calendar.outside-business-hours')!;
    expect(f.suggestions.map((_, i) => applySuggestion(body, f, i))).toEqual([
      'Could we have the call on Wednesday, January 14 at 4:00 UTC-4 (Wed 17:00 JST)?',
      'Could we have the call on Wednesday, January 14 at 20:00 UTC-4 (Thu 9:00 JST)?',
    ]);
  });
});

describe('near misses stay untouched', () => {
  it.each([
    // Both halves inside Tokyo hours: nothing to move.
    'Could we have the call on Thursday, January 15 at 5pm PT (Friday 10am JST)?',
    'Could we have a call at 16:00 PT / 09:00 JST on Thursday, January 15?',
    '日本時間1月16日（金）10時（米国太平洋時間 1月15日（木）17時）にお打ち合わせをお願いできますでしょうか。',
    // "Tokyo" that names a place, not a clock.
    'Could we meet at 10am at the Tokyo office (Marunouchi) on Thursday, January 15?',
  ])('%s', (body) => {
    expect(calendar(body).filter((f) => f.ruleId === 'any.calendar.outside-business-hours')).toEqual([]);
  });

  it('a second zone in another sentence is no restatement: only the slot is rewritten', () => {
    const body = 'Could we have the call on Thursday, January 15 at 6pm CET? The report is due at 1am JST.';
    const f = calendar(body).find((g) => g.ruleId === 'any.calendar.outside-business-hours')!;
    expect(f.suggestions[0]!.edits).toBeUndefined();
    expect(applySuggestion(body, f, 0)).toBe('Could we have the call on Thursday, January 15 at 9am CET (Thu 5pm JST)? The report is due at 1am JST.');
  });
});
