import { describe, expect, it } from 'vitest';
import type { AnalyzeRequest, AnalyzeResponse } from '../../../src/extension/protocol';
import { TabFindingsStore, type TabFindingsPersistence } from '../../../src/extension/tab-findings';
import type { Finding } from '../../../src/engine/types';

const finding = (start: number, end: number): Finding => ({
  ruleId: 'en.blunt-refusal.example', category: 'blunt-refusal', severity: 'warning', field: 'body', start, end,
  message: 'm', rationale: 'r', suggestions: [{ text: 's', label: 'l' }],
});

function pair(revision: number, body: string, findings: Finding[], composeId = 'c'): [AnalyzeRequest, AnalyzeResponse] {
  return [
    { type: 'analyze', composeId, client: 'outlook', revision, draft: { subject: 'S', body, kind: 'email', context: {} } },
    { composeId, revision, findings, japaneseReady: true, dictionaryError: null },
  ];
}

function memoryPersistence(): TabFindingsPersistence & { saved: unknown; writes: number } {
  const p = {
    saved: undefined as unknown,
    writes: 0,
    load: async () => p.saved,
    save: async (snapshot: unknown) => {
      p.saved = JSON.parse(JSON.stringify(snapshot));
      p.writes++;
    },
  };
  return p;
}

describe('tab findings', () => {
  it('never lets an older revision replace a newer one', async () => {
    const store = new TabFindingsStore();
    store.record(1, ...pair(5, 'new text', [finding(0, 3)]));
    store.record(1, ...pair(4, 'old text', [finding(0, 3), finding(4, 8)]));
    const { drafts } = await store.findings(1);
    expect(drafts[0]!.findings.map((f) => f.flagged)).toEqual(['new']);
  });

  it('survives a service worker restart through its persistence, and batches writes', async () => {
    const persistence = memoryPersistence();
    const first = new TabFindingsStore(persistence, 10);
    for (let r = 1; r <= 5; r++) first.record(3, ...pair(r, 'No way', [finding(0, 6)]));
    await first.flush();
    expect(persistence.writes).toBe(1);
    const restarted = new TabFindingsStore(persistence);
    const { drafts } = await restarted.findings(3);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.findings[0]!.flagged).toBe('No way');
  });

  it('ignores a corrupt snapshot instead of failing', async () => {
    const persistence = memoryPersistence();
    persistence.saved = { 3: 'garbage' };
    expect((await new TabFindingsStore(persistence).findings(3)).drafts).toEqual([]);
  });

  it('keeps what was recorded after a restart over the older snapshot', async () => {
    const persistence = memoryPersistence();
    const old = new TabFindingsStore(persistence);
    old.record(3, ...pair(1, 'old', [finding(0, 3)]));
    await old.flush();
    const restarted = new TabFindingsStore(persistence);
    restarted.record(3, ...pair(2, 'new', []));
    expect((await restarted.findings(3)).drafts[0]!.findings).toEqual([]);
  });

  it('forgets closed tabs and compose windows', async () => {
    const store = new TabFindingsStore();
    store.record(1, ...pair(1, 'a', [], 'x'));
    store.record(1, ...pair(1, 'a', [], 'y'));
    store.record(2, ...pair(1, 'a', [], 'z'));
    store.forgetCompose(1, 'x');
    store.forgetTab(2);
    expect((await store.findings(1)).drafts.map((d) => d.composeId)).toEqual(['y']);
    expect(store.tabIds()).toEqual([1]);
  });

  it('never brings back a tab or compose window forgotten while its snapshot was still loading', async () => {
    const persistence = memoryPersistence();
    const old = new TabFindingsStore(persistence);
    old.record(1, ...pair(1, 'a', [], 'x'));
    old.record(1, ...pair(1, 'a', [], 'y'));
    old.record(2, ...pair(1, 'a', [], 'z'));
    await old.flush();
    const restarted = new TabFindingsStore(persistence);
    const restoring = restarted.restore();
    restarted.forgetTab(2);
    restarted.forgetCompose(1, 'x');
    await restoring;
    expect((await restarted.all()).drafts.map((d) => d.composeId)).toEqual(['y']);
  });

  it('lists only the drafts of tabs that are still open', async () => {
    const persistence = { ...memoryPersistence(), openTabIds: async () => new Set([1]) };
    const store = new TabFindingsStore(persistence);
    store.record(1, ...pair(1, 'a', [], 'x'));
    store.record(2, ...pair(1, 'a', [], 'z'));
    expect((await store.all()).drafts.map((d) => d.composeId)).toEqual(['x']);
    expect(store.tabIds()).toEqual([1]);
  });
});
