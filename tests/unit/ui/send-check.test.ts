import { describe, expect, it } from 'vitest';
import { findingsHoldingSend, holdsSend } from '../../../src/ui/compose/send-check';
import { DEFAULT_POLICY, PolicySchema } from '../../../src/policy/schema';
import type { Category, Severity } from '../../../src/engine/types';

const f = (severity: Severity, category: Category) => ({ severity, category });

describe('send check', () => {
  it('by default asks for any error, whatever its category', () => {
    expect(holdsSend(f('error', 'register'), DEFAULT_POLICY)).toBe(true);
    expect(holdsSend(f('error', 'pressure'), DEFAULT_POLICY)).toBe(true);
  });

  it('by default asks for a warning in honorific, blunt-refusal, bad-news and calendar', () => {
    for (const c of ['honorific', 'blunt-refusal', 'bad-news', 'calendar'] as const) expect(holdsSend(f('warning', c), DEFAULT_POLICY)).toBe(true);
  });

  it('by default lets a warning in other categories, and any info, go', () => {
    for (const c of ['register', 'pressure', 'cold-outreach', 'policy'] as const) expect(holdsSend(f('warning', c), DEFAULT_POLICY)).toBe(false);
    expect(holdsSend(f('info', 'blunt-refusal'), DEFAULT_POLICY)).toBe(false);
  });

  it('follows the policy threshold and categories', () => {
    const strict = PolicySchema.parse({ sendCheck: { threshold: 'warning', categories: [] } });
    expect(holdsSend(f('warning', 'register'), strict)).toBe(true);
    expect(holdsSend(f('info', 'register'), strict)).toBe(false);
    const onlyPressure = PolicySchema.parse({ sendCheck: { categories: ['pressure'] } });
    expect(holdsSend(f('warning', 'pressure'), onlyPressure)).toBe(true);
    expect(holdsSend(f('warning', 'honorific'), onlyPressure)).toBe(false);
  });

  it('never asks when the threshold is off or the confirmation is switched off', () => {
    const off = PolicySchema.parse({ sendCheck: { threshold: 'off' } });
    expect(holdsSend(f('error', 'honorific'), off)).toBe(false);
    const noConfirm = PolicySchema.parse({ confirmBeforeSend: false });
    expect(holdsSend(f('error', 'honorific'), noConfirm)).toBe(false);
  });

  it('never holds internal mail, and holds client and prospect mail alike', () => {
    const list = [f('warning', 'blunt-refusal'), f('info', 'register'), f('error', 'pressure')];
    expect(findingsHoldingSend(list, DEFAULT_POLICY, 'internal')).toEqual([]);
    expect(findingsHoldingSend(list, DEFAULT_POLICY, 'client')).toEqual([list[0], list[2]]);
    expect(findingsHoldingSend(list, DEFAULT_POLICY, 'prospect')).toEqual([list[0], list[2]]);
  });
});

describe('paint fast: a finished sentence is checked at once', () => {
  it('knows the end of a sentence from the input event', async () => {
    const { endsASentence } = await import('../../../src/ui/compose/typing');
    const ev = (inputType: string, data: string | null, isComposing = false) => ({ inputType, data, isComposing });
    expect(endsASentence(ev('insertText', '。'))).toBe(true);
    expect(endsASentence(ev('insertText', '?'))).toBe(true);
    expect(endsASentence(ev('insertParagraph', null))).toBe(true);
    expect(endsASentence(ev('insertLineBreak', null))).toBe(true);
    expect(endsASentence(ev('insertText', 'a'))).toBe(false);
    expect(endsASentence(ev('insertText', '。', true))).toBe(false);
    expect(endsASentence(ev('deleteContentBackward', null))).toBe(false);
  });
});
