// The calendar walk's verdicts (which slots of a sentence are a meeting's) are kept from keystroke to keystroke
// while nothing they were read from changed (src/rules/any/calendar/slot-verdicts.ts): a keystroke far from any
// slot works none of them out again, an edit to a line they read does, and in every case the findings are those
// a new Engine gives for the same draft. Counted, never timed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FactStore } from '../../../src/engine/analysis/facts';
import { Engine } from '../../../src/engine/engine';
import { bilingualRules } from '../../../src/rules/any';
import { verdictsComputed } from '../../../src/rules/any/calendar/slot-verdicts';

afterEach(() => vi.restoreAllMocks());

const FILLER_JA = Array.from({ length: 12 }, (_, i) => `このたびは第${i + 1}回の資料をお送りいただき、誠にありがとうございました。`).join('\n');
const FILLER_EN = Array.from({ length: 12 }, (_, i) => `Thank you again for sending the materials for part ${i + 1}.`).join('\n');

const JA = [
  '山田様',
  '',
  'いつもお世話になっております。',
  '',
  '下記の日程でお打ち合わせをお願いできますでしょうか。',
  '・12月12日（土）10:00〜11:00',
  '・12月14日（月）15:00〜16:00',
  'ご都合をお知らせください。',
  '',
  FILLER_JA,
  '',
  'よろしくお願いいたします。',
].join('\n');

const EN = [
  'Dear Ms. Tanaka,',
  '',
  'Could we have a short call on Saturday, December 12 at 10:00 JST?',
  'Alternatively, Monday, December 14 at 15:00 JST would also suit us.',
  '',
  FILLER_EN,
  '',
  'Best regards,',
  'Anna',
].join('\n');

const draftOf = (body: string, subject = 'ご相談 / Question') => ({
  subject, body, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2026-12-01' },
});

/** An engine that has analysed `first`, and the count of verdicts its own fact store (the walk's memo) worked out. */
function watchedEngine(first: ReturnType<typeof draftOf>): { engine: Engine; computed: () => number } {
  const stores = new Set<FactStore>();
  const scratch = FactStore.prototype.scratch;
  const spy = vi.spyOn(FactStore.prototype, 'scratch').mockImplementation(function (this: FactStore, id, make) {
    stores.add(this);
    return scratch.call(this, id, make);
  });
  const engine = new Engine({ rules: bilingualRules });
  engine.analyze(first);
  // Only this engine's store: the new Engines the test compares with have their own.
  spy.mockRestore();
  expect(stores.size).toBe(1);
  const [facts] = [...stores];
  const computed = () => verdictsComputed({ facts: facts! }, 'slots') + verdictsComputed({ facts: facts! }, 'ranges');
  return { engine, computed };
}

const fresh = (draft: ReturnType<typeof draftOf>) => new Engine({ rules: bilingualRules }).analyze(draft);

describe.each([['ja', JA, '資料'], ['en', EN, 'materials']])('the calendar walk on a %s draft', (_lang, body, far) => {
  it('flags the Saturday slot (the walk has work to keep)', () => {
    expect(fresh(draftOf(body)).some((f) => f.ruleId === 'any.calendar.meeting-on-weekend')).toBe(true);
  });

  it('works out no verdict again for a keystroke far from the slots, and finds what a new Engine finds', () => {
    const { engine, computed } = watchedEngine(draftOf(body));
    const before = computed();
    expect(before).toBeGreaterThan(0);
    // Characters typed one by one into the last filler line, far below the slots.
    let text = body;
    const at = text.lastIndexOf(far);
    for (const ch of ['x', 'y', 'z']) {
      text = text.slice(0, at) + ch + text.slice(at);
      expect(engine.analyze(draftOf(text))).toEqual(fresh(draftOf(text)));
    }
    expect(computed()).toBe(before);
  });

  it('finds what a new Engine finds after an edit next to the slots', () => {
    const engine = new Engine({ rules: bilingualRules });
    engine.analyze(draftOf(body));
    // The line right above the first slot line: the lead-in the slots are read under.
    const lines = body.split('\n');
    const slotLine = lines.findIndex((l) => /12月12日|December 12/.test(l));
    const above = slotLine - 1;
    const edited = lines.map((l, i) => (i === above ? `${l}（再送）` : l)).join('\n');
    expect(engine.analyze(draftOf(edited))).toEqual(fresh(draftOf(edited)));
    // A line added below the last line of the draft is read only when the slots' lines reach it; the findings
    // are a new Engine's either way.
    const longer = `${edited}\n追伸：12月13日のご予定もお知らせください。`;
    expect(engine.analyze(draftOf(longer))).toEqual(fresh(draftOf(longer)));
  });

  it('works verdicts out again under another subject, kind or day', () => {
    const { engine, computed } = watchedEngine(draftOf(body));
    let before = computed();
    const meetingSubject = draftOf(body, 'お打ち合わせ日程のご相談 / Meeting request');
    expect(engine.analyze(meetingSubject)).toEqual(fresh(meetingSubject));
    expect(computed()).toBeGreaterThan(before);
    before = computed();
    const invite = { ...draftOf(body), kind: 'meeting-invite' as const };
    expect(engine.analyze(invite)).toEqual(new Engine({ rules: bilingualRules }).analyze(invite));
    expect(computed()).toBeGreaterThan(before);
    before = computed();
    const later = { ...draftOf(body), context: { ...draftOf(body).context, now: '2026-12-10' } };
    expect(engine.analyze(later)).toEqual(new Engine({ rules: bilingualRules }).analyze(later));
    expect(computed()).toBeGreaterThan(before);
  });
});

describe('a lead-in two lines above the slots', () => {
  // The slots' previous sentence (the agenda line) stays the same: only the lines read around them change.
  const body = (lead: string) => `山田様\n\n${lead}\nThe agenda is attached.\n・12月12日（土）10:00〜11:00\n・12月14日（月）15:00〜16:00\n\n以上`;
  const MEETING = '下記の日程でお打ち合わせをお願いできますでしょうか。';
  const OTHER = '下記の件、よろしくお願いいたします。';
  const weekend = (findings: ReturnType<Engine['analyze']>) => findings.some((f) => f.ruleId === 'any.calendar.meeting-on-weekend');

  it('is read again when it changes: the Saturday is a meeting\'s under one lead-in and not under the other', () => {
    const { engine, computed } = watchedEngine(draftOf(body(MEETING)));
    expect(weekend(engine.analyze(draftOf(body(MEETING))))).toBe(true);
    const before = computed();
    const other = engine.analyze(draftOf(body(OTHER)));
    expect(weekend(other)).toBe(false);
    expect(other).toEqual(fresh(draftOf(body(OTHER))));
    expect(computed()).toBeGreaterThan(before);
    expect(weekend(engine.analyze(draftOf(body(MEETING))))).toBe(true);
  });
});

describe('a random walk of edits over a draft with slots', () => {
  it('gives, after every edit, the findings a new Engine gives', () => {
    const engine = new Engine({ rules: bilingualRules });
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const keys = ['あ', '。', '\n', ' ', '日', '1', 'x', '?'];
    let text = `${JA}\n\n${EN}`;
    engine.analyze(draftOf(text));
    for (let i = 0; i < 40; i++) {
      const at = Math.floor(next() * (text.length + 1));
      const cut = next() < 0.2;
      text = cut ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + keys[Math.floor(next() * keys.length)] + text.slice(at);
      expect(engine.analyze(draftOf(text))).toEqual(fresh(draftOf(text)));
    }
  });
});
