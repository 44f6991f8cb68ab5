// Round 31 (issue 9, the data contract): every word group of dictionaries/calendar/meeting-context.json carries its own
// examples — `has` texts the group finds, `hasNot` near misses it leaves — run here through the lexicon the calendar
// rules read (has(), and the line parts read at a fixed place of a line).
import { describe, expect, it } from 'vitest';
import data from '../../../dictionaries/calendar/meeting-context.json';
import { has, LINE_PARTS, WORDS, type WordGroup } from '../../../src/rules/any/calendar/lexicon';
import firstData from '../../../dictionaries/calendar/first-meeting.json';
import { firstMeetingGroupFinds } from '../../../src/rules/any/calendar/first-meeting';

interface Group { has?: string[]; hasNot?: string[] }

const groups = Object.entries(data as Record<string, unknown>).filter(([k, v]) => k !== 'parts' && v !== null && typeof v === 'object') as Array<[string, Group]>;

/** How a group is read: searched for (WORDS), or at the start of a line's label or as a whole list marker. */
function finds(group: string, text: string): boolean {
  if (group === 'dateLabel') return LINE_PARTS.label.test(text);
  if (group === 'listItem') return LINE_PARTS.listMarker.test(text);
  if (!(group in WORDS)) throw new Error(`meeting-context: no reader for the group ${group}`);
  return has(group as WordGroup, text);
}

describe('dictionaries/calendar/meeting-context.json groups', () => {
  it('every group has examples', () => {
    expect(groups.filter(([, g]) => !(g.has?.length && g.hasNot?.length)).map(([k]) => k)).toEqual([]);
  });
  it.each(groups)('%s finds its has and leaves its hasNot', (group, g) => {
    for (const t of g.has ?? []) expect(finds(group, t), `${group} should find «${t}»`).toBe(true);
    for (const t of g.hasNot ?? []) expect(finds(group, t), `${group} should leave «${t}»`).toBe(false);
  });
});

const firstGroups = Object.entries(firstData as Record<string, unknown>).filter(([, v]) => v !== null && typeof v === 'object') as Array<[string, Group]>;

describe('dictionaries/calendar/first-meeting.json groups', () => {
  it('every group has examples', () => {
    expect(firstGroups.filter(([, g]) => !(g.has?.length && g.hasNot?.length)).map(([k]) => k)).toEqual([]);
  });
  it.each(firstGroups)('%s finds its has and leaves its hasNot', (group, g) => {
    for (const t of g.has ?? []) expect(firstMeetingGroupFinds(group, t), `${group} should find «${t}»`).toBe(true);
    for (const t of g.hasNot ?? []) expect(firstMeetingGroupFinds(group, t), `${group} should leave «${t}»`).toBe(false);
  });
});
