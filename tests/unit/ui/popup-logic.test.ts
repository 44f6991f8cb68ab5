import { describe, expect, it } from 'vitest';
import { reviewMarkdown, type ReviewFinding } from '../../../src/ui/popup/review';
import { isMailUrl, orderDrafts, pickTarget } from '../../../src/ui/popup/target';
import { TabFindingsStore } from '../../../src/extension/tab-findings';
import type { AnalyzeRequest } from '../../../src/extension/protocol';

const STRINGS = { title: 'Nemawashi review', heading: 'Quote', count: '2 finding(s)', clean: 'Nothing to flag.', suggestion: 'Suggestion', why: 'Why it matters', subject: 'in the subject' };

function finding(over: Partial<ReviewFinding>): ReviewFinding {
  return {
    ruleId: 'en.blunt-refusal.out-of-scope', category: 'blunt-refusal', severity: 'warning', field: 'body', start: 0, end: 4,
    message: 'Flat refusal.', messageJa: '率直すぎる断り。', rationale: 'Trust first.', rationaleJa: '信頼が先。', flagged: 'No.', suggestions: [{ text: 'I am afraid not.', label: 'Soften' }], ...over,
  };
}

describe('Copy review (Markdown)', () => {
  it('lists findings most severe first with message, why and each suggestion', () => {
    const md = reviewMarkdown([finding({}), finding({ severity: 'error', category: 'honorific', flagged: '御社', start: 9, suggestions: [{ text: '貴社', label: 'x' }, { text: '御社様', label: 'y' }] })], 'en', STRINGS);
    expect(md).toBe(
      [
        '# Nemawashi review', '', '## Quote', '', '2 finding(s)', '',
        '1. **Error** · Honorifics and keigo: `御社`', '   - Flat refusal.', '   - Why it matters: Trust first.', '   - Suggestion: `貴社`', '   - Suggestion: `御社様`',
        '2. **Warning** · Blunt refusals: `No.`', '   - Flat refusal.', '   - Why it matters: Trust first.', '   - Suggestion: `I am afraid not.`', '',
      ].join('\n'),
    );
  });

  it('uses the Japanese texts in a Japanese review, and fences backticks and line breaks safely', () => {
    const md = reviewMarkdown([finding({ flagged: 'a `b`\nc' })], 'ja', STRINGS);
    expect(md).toContain('**警告** · 直接的な断り: ``a `b` c``');
    expect(md).toContain('   - 率直すぎる断り。');
    expect(md).toContain('信頼が先。');
  });

  it('says so when there is nothing to flag', () => {
    expect(reviewMarkdown([], 'en', STRINGS)).toContain('Nothing to flag.');
  });
});

describe('popup target tab', () => {
  it('is the active tab when the popup is a popup, and knows mail clients from other sites', () => {
    const tabs = [{ id: 1, active: false, url: 'https://mail.google.com/mail/u/0/' }, { id: 2, active: true }];
    expect(pickTarget(tabs, undefined)).toEqual({ tabId: 2, supported: false });
    expect(pickTarget([{ ...tabs[0], active: true }], undefined)).toEqual({ tabId: 1, supported: true });
  });

  it('is the tab used just before when the popup page is itself open in a tab', () => {
    const tabs = [{ id: 1, url: 'https://outlook.office.com/mail/', lastAccessed: 50 }, { id: 2, lastAccessed: 10 }, { id: 3, active: true, lastAccessed: 99 }];
    expect(pickTarget(tabs, { id: 3 })).toEqual({ tabId: 1, supported: true });
  });

  it('matches only the manifest hosts', () => {
    expect(isMailUrl('https://outlook.live.com/mail/0/')).toBe(true);
    expect(isMailUrl('https://mail.google.com.evil.example/')).toBe(false);
    expect(isMailUrl('https://example.com/')).toBe(false);
    expect(isMailUrl(undefined)).toBe(false);
  });
});

function request(composeId: string, body: string, over: Partial<AnalyzeRequest> = {}): AnalyzeRequest {
  return { type: 'analyze', composeId, client: 'gmail', revision: 1, draft: { subject: composeId, body, kind: 'email', context: {} }, ...over };
}
const response = (composeId: string) => ({
  composeId, revision: 1, japaneseReady: true, dictionaryError: null,
  findings: [{ ruleId: 'r', category: 'honorific' as const, severity: 'warning' as const, field: 'body' as const, start: 0, end: 2, message: 'm', rationale: 'r', suggestions: [] }],
});

describe('drafts for the popup', () => {
  it('lists every tab’s drafts, the most recently focused first; the target tab’s come first in the popup', async () => {
    const store = new TabFindingsStore();
    store.record(1, request('a', '御社'), response('a'));
    store.record(2, request('b', '御社'), response('b'));
    store.record(2, request('c', '御社'), response('c'));
    store.focus(2, 'c', 100);
    store.focus(1, 'a', 200);
    const { drafts } = await store.all();
    expect(drafts.map((d) => [d.tabId, d.composeId])).toEqual([[1, 'a'], [2, 'c'], [2, 'b']]);
    const { here, elsewhere } = orderDrafts(drafts, 2);
    expect(here.map((d) => d.composeId)).toEqual(['c', 'b']);
    expect(elsewhere.map((d) => d.composeId)).toEqual(['a']);
  });

  it('leaves out what the person ignored in the compose window (same rule, field and words)', async () => {
    const store = new TabFindingsStore();
    store.record(1, request('a', '御社', { ignored: [{ ruleId: 'r', field: 'body', flagged: '御社' }] }), response('a'));
    store.record(1, request('b', '御社', { ignored: [{ ruleId: 'r', field: 'body', flagged: '貴社' }] }), response('b'));
    const { drafts } = await store.all();
    expect(drafts.find((d) => d.composeId === 'a')!.findings).toEqual([]);
    expect(drafts.find((d) => d.composeId === 'b')!.findings).toHaveLength(1);
  });
});
