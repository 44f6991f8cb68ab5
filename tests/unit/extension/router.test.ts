import { beforeEach, describe, expect, it } from 'vitest';
import { EngineHost } from '../../../src/extension/engine-host';
import {
  AnalyzeResponseSchema, PolicyResponseSchema, StatusSchema, TabFindingsSchema, type AnalyzeRequest,
} from '../../../src/extension/protocol';
import { createRouter, type EngineClient } from '../../../src/extension/router';
import { effectivePolicy } from '../../../src/extension/effective-policy';
import { TabFindingsStore } from '../../../src/extension/tab-findings';
import { DEFAULT_POLICY } from '../../../src/policy/schema';

const TAB = { tab: { id: 7 } } as const;
const BLUNT = 'Thanks for the list. No, that is out of scope for this contract.';

function analyzeRequest(overrides: Partial<AnalyzeRequest> = {}): AnalyzeRequest {
  return {
    type: 'analyze', composeId: 'compose-1', client: 'gmail', revision: 1,
    draft: { subject: 'Scope', body: BLUNT, kind: 'email', context: {} },
    ...overrides,
  };
}

/** The real engine without its dictionary: English and phrase rules run, as while kuromoji loads. */
function engineWithoutDictionary(): EngineClient {
  const host = new EngineHost({ readDictionary: () => Promise.reject(new Error('not in this test')) });
  return {
    analyze: async (request, policy) => host.analyze(request, policy),
    status: async () => host.status(),
    warmUp: async () => {},
  };
}

let store: TabFindingsStore;
let route: ReturnType<typeof createRouter>;
let policy = effectivePolicy(DEFAULT_POLICY, undefined);

beforeEach(() => {
  store = new TabFindingsStore();
  policy = effectivePolicy(DEFAULT_POLICY, undefined);
  route = createRouter({ engine: engineWithoutDictionary(), policy: async () => policy, store });
});

describe('background router', () => {
  it('checks a pasted text for the chosen recipient without recording it for any tab', async () => {
    const client = AnalyzeResponseSchema.parse(await route({ type: 'check-text', body: BLUNT, recipient: 'client', firstContact: false }, {}));
    expect(client.findings.some((f) => BLUNT.slice(f.start, f.end).includes('out of scope'))).toBe(true);
    const internal = AnalyzeResponseSchema.parse(await route({ type: 'check-text', body: BLUNT, recipient: 'internal', firstContact: false }, {}));
    expect(internal.findings).toEqual([]);
    expect((await store.all()).drafts).toEqual([]);
  });

  it('records which compose window has the focus, for the popup to show first', async () => {
    await route(analyzeRequest({ composeId: 'a' }), TAB);
    await route(analyzeRequest({ composeId: 'b' }), TAB);
    await route({ type: 'compose-focus', composeId: 'a' }, TAB);
    const all = (await route({ type: 'all-drafts' }, {})) as { drafts: Array<{ composeId: string; tabId: number }> };
    expect(all.drafts.map((d) => [d.tabId, d.composeId])).toEqual([[7, 'a'], [7, 'b']]);
  });

  it('answers an analyze request with a valid AnalyzeResponse carrying real findings', async () => {
    const reply = AnalyzeResponseSchema.parse(await route(analyzeRequest(), TAB));
    expect(reply.composeId).toBe('compose-1');
    expect(reply.revision).toBe(1);
    expect(reply.japaneseReady).toBe(false);
    expect(reply.findings.length).toBeGreaterThan(0);
    expect(reply.findings.some((f) => BLUNT.slice(f.start, f.end).includes('out of scope'))).toBe(true);
  });

  it('ignores what is not a protocol request, and internal messages meant for other pages', () => {
    expect(route({ type: 'analyze', composeId: 1 }, TAB)).toBeUndefined();
    expect(route({ type: 'recheck' }, TAB)).toBeUndefined();
    expect(route('analyze', TAB)).toBeUndefined();
    expect(route({ target: 'offscreen', type: 'engine-status' }, {})).toBeUndefined();
  });

  it('keeps the latest findings per tab and compose window for the popup, with the flagged phrase', async () => {
    await route(analyzeRequest(), TAB);
    await route(analyzeRequest({ composeId: 'compose-2', draft: { subject: '', body: 'Hello Sato-san,', kind: 'email', context: {} } }), TAB);
    const findings = TabFindingsSchema.parse(await route({ type: 'tab-findings', tabId: 7 }, {}));
    expect(findings.drafts.map((d) => d.composeId)).toEqual(['compose-1', 'compose-2']);
    const first = findings.drafts[0]!;
    expect(first.subject).toBe('Scope');
    for (const f of first.findings) expect(f.flagged).toBe(BLUNT.slice(f.start, f.end));
    expect(TabFindingsSchema.parse(await route({ type: 'tab-findings', tabId: 8 }, {})).drafts).toEqual([]);
  });

  it('forgets a compose window when it closes, and a whole tab when it closes', async () => {
    await route(analyzeRequest(), TAB);
    await route(analyzeRequest({ composeId: 'compose-2' }), TAB);
    await route({ type: 'compose-closed', composeId: 'compose-1' }, TAB);
    let findings = TabFindingsSchema.parse(await route({ type: 'tab-findings', tabId: 7 }, {}));
    expect(findings.drafts.map((d) => d.composeId)).toEqual(['compose-2']);
    store.forgetTab(7);
    findings = TabFindingsSchema.parse(await route({ type: 'tab-findings', tabId: 7 }, {}));
    expect(findings.drafts).toEqual([]);
  });

  it('does not record analyses that come from no tab', async () => {
    await route(analyzeRequest(), {});
    expect(store.tabIds()).toEqual([]);
  });

  it('applies the policy: a category turned off raises nothing', async () => {
    const before = AnalyzeResponseSchema.parse(await route(analyzeRequest(), TAB));
    const category = before.findings[0]!.category;
    policy = effectivePolicy({ ...DEFAULT_POLICY, categories: { [category]: 'off' } }, undefined);
    const after = AnalyzeResponseSchema.parse(await route(analyzeRequest({ revision: 2 }), TAB));
    expect(after.findings.filter((f) => f.category === category)).toEqual([]);
  });

  it('exempts internal mail when every recipient is in an internal domain', async () => {
    policy = effectivePolicy({ ...DEFAULT_POLICY, internalDomains: ['example.co.jp'] }, undefined);
    const external = AnalyzeResponseSchema.parse(await route(analyzeRequest({ recipients: ['sato@client.co.jp'] }), TAB));
    const internal = AnalyzeResponseSchema.parse(await route(analyzeRequest({ recipients: ['tanaka@tokyo.example.co.jp'] }), TAB));
    expect(external.findings.length).toBeGreaterThan(0);
    expect(internal.findings.length).toBeLessThan(external.findings.length);
  });

  it('answers status and policy requests with valid replies', async () => {
    expect(StatusSchema.parse(await route({ type: 'status' }, {})).japaneseReady).toBe(false);
    expect(PolicyResponseSchema.parse(await route({ type: 'policy' }, {})).policy).toEqual(DEFAULT_POLICY);
  });
});
