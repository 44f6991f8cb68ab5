// A slot on one pathological long line (issue 15) is read as it is on a short one: the slot-line checks look
// at fixed places of the line (its head, the few characters before a slot), so 100 KB of spaces, digits and
// slashes, 「日」, bullets or colons neither slow them down nor change what is found. No timing is asserted
// here; the figures are in the bench (`npm run bench:long-lines`).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { bilingualRules } from '../../../src/rules/any';
import { lineHead, listMarkerBefore } from '../../../src/rules/any/calendar/slot-line';

const KB100 = 100 * 1024;
const engine = new Engine({ rules: bilingualRules });

function calendar(body: string): Array<[string, string]> {
  return engine
    .analyze({ subject: '', body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2026-11-20' } })
    .filter((f) => f.category === 'calendar')
    .map((f) => [f.ruleId.replace('any.calendar.', ''), body.slice(f.start, f.end)]);
}

const fill = (unit: string) => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
const LEAD_JA = 'お打ち合わせの候補日を以下にお送りいたします。\n';
const LEAD_EN = 'Here are a few options for our call:\n';
const SAT = '12月12日（土）14時';

describe('the head of a line and the marker before a slot, on 100 KB lines', () => {
  it.each([
    ['spaces', fill(' ') + '・日時：12月3日', true],
    ['spaces, then a label without a bullet', fill(' ') + '候補日 12月3日', true],
    ['a run of 「日」 (日 alone is no label)', fill('日'), false],
    ['a run of colons', fill(':'), false],
    ['a run of bullets (one bullet, then text)', fill('・'), false],
    ['digits and slashes', fill('12/3/'), false],
    ['spaces, a bullet, 100 KB of spaces, then a label', '・' + fill(' ') + '日時：12月3日', false],
    ['a label, then 100 KB of anything', '日時：12月3日' + fill('日'), true],
    ['an English label after spaces', fill(' ') + '- Proposed times: Tue 3/9 10am', true],
    ['"option 1" then spaces: a label needs its colon', 'option 1' + fill(' '), false],
  ])('%s', (_name, text, labelled) => {
    expect(lineHead(text).labelled).toBe(labelled);
  });

  it('finds a bullet or number before the slot past any leading white space', () => {
    const line = fill(' ') + '・ 12月3日（木）';
    expect(listMarkerBefore(line, lineHead(line), line.indexOf('12月'))).toBe(true);
    const numbered = fill(' ') + '（2）12月3日（木）';
    expect(listMarkerBefore(numbered, lineHead(numbered), numbered.indexOf('12月'))).toBe(true);
  });

  it('takes no long run before the slot for a marker', () => {
    for (const unit of ['・', '1', '12/3/', ':', '日']) {
      const line = fill(unit) + ' 12月3日（木）';
      expect(listMarkerBefore(line, lineHead(line), line.indexOf(' 12月3日'))).toBe(false);
    }
  });
});

describe('the calendar findings of a draft with one 100 KB line', () => {
  it.each([
    ['spaces before a bulleted candidate', LEAD_JA + fill(' ') + '・' + SAT, [['meeting-on-weekend', '12月12日（土）']]],
    ['spaces before a numbered candidate', LEAD_JA + fill(' ') + '2. ' + SAT, [['meeting-on-weekend', '12月12日（土）']]],
    ['a labelled slot followed by 100 KB of spaces', LEAD_JA + '日時：' + SAT + fill(' '), [['meeting-on-weekend', '12月12日（土）']]],
    ['a candidate after a 100 KB line of bullets', LEAD_JA + fill('・') + '\n・' + SAT, [['meeting-on-weekend', '12月12日（土）']]],
    ['a candidate after a 100 KB line of 「日」', LEAD_JA + fill('日') + '\n・' + SAT, [['meeting-on-weekend', '12月12日（土）']]],
    ['a candidate after a 100 KB line of colons', LEAD_EN + fill(':') + '\n- Sat Dec 12, 2pm', [['meeting-on-weekend', 'Sat Dec 12']]],
    ['a candidate after a 100 KB line of digits and slashes', LEAD_EN + fill('12/3/') + '\n- Sat Dec 12, 2pm', [['meeting-on-weekend', 'Sat Dec 12']]],
  ])('%s', (_name, body, expected) => {
    expect(calendar(body as string)).toEqual(expected);
  });

  it.each([
    ['spaces alone', fill(' ')],
    ['digits and slashes under a meeting lead-in', LEAD_EN + fill('12/3/')],
    ['「日」 under a meeting lead-in', LEAD_JA + fill('日')],
    ['bullets under a meeting lead-in', LEAD_JA + fill('・')],
    ['"・" and spaces', LEAD_JA + fill('・ ')],
    ['colons', LEAD_EN + fill(':')],
    ['a weekday candidate at the end of 100 KB of spaces', LEAD_JA + fill(' ') + '・12月10日（木）14時'],
  ])('%s stays clean', (_name, body) => {
    expect(calendar(body)).toEqual([]);
  });
});
