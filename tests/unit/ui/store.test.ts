// The compose store: entries come from every source (a feature's own first), and the Send check follows the
// policy, skipping mail to colleagues only where the editor says so.
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/engine/types';

await vi.hoisted(() => import('../extension/fake-browser'));
const { createStore } = await import('../../../src/ui/compose/store');
type ComposeSession = import('../../../src/ui/compose/session').ComposeSession;
type Entry = import('../../../src/ui/compose/store').Entry;

const lifetime = {
  signal: new AbortController().signal,
  isValid: true,
  setTimeout: () => 0,
  setInterval: () => 0,
  requestAnimationFrame: () => 0,
  onInvalidated: () => () => undefined,
};
const doc = { defaultView: { navigator: { language: 'en-GB' } } } as unknown as Document;

function finding(severity: Finding['severity'], category: Finding['category']): Finding {
  return { ruleId: 'r', category, severity, field: 'body', start: 0, end: 1, message: 'm', rationale: 'r', suggestions: [] } as unknown as Finding;
}

function entry(key: string, f: Finding): Entry {
  return { key, finding: f, flagged: 'x', range: null, boxes: () => [], apply: () => true, ignore: () => undefined, reveal: () => undefined };
}

function session(recipient: 'client' | 'internal', items: Entry[]) {
  return { id: 's1', isClosed: false, recipient: () => recipient, liveItems: () => [], items, checked: true } as unknown as ComposeSession & { items: Entry[] };
}

function storeWith(internalSkipsSendCheck: boolean) {
  const store = createStore({ adapter: {} as never, sendShortcut: true, internalSkipsSendCheck }, lifetime, doc);
  store.sources.splice(0, store.sources.length, (s) => (s as unknown as { items: Entry[] }).items);
  return store;
}

describe('compose store', () => {
  it('lists a feature’s own entries before the text’s', () => {
    const store = storeWith(true);
    store.sources.unshift(() => [entry('when', finding('warning', 'calendar'))]);
    const s = session('client', [entry('body', finding('error', 'honorific'))]);
    expect(store.entries(s).map((e) => e.key)).toEqual(['when', 'body']);
  });

  it('holds Send for an error or a warning in a checked category, never for internal mail in a mail editor', () => {
    const store = storeWith(true);
    const items = [entry('a', finding('error', 'register')), entry('b', finding('warning', 'blunt-refusal')), entry('c', finding('warning', 'register'))];
    expect(store.holdingSend(session('client', items)).map((e) => e.key)).toEqual(['a', 'b']);
    expect(store.holdingSend(session('internal', items))).toEqual([]);
    // An invitation is held by the policy alone.
    expect(storeWith(false).holdingSend(session('internal', items)).map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('speaks the policy’s language, else the browser’s', () => {
    const store = storeWith(true);
    expect(store.t.value('review')).toBe('Review');
    store.policy.value = { ...store.policy.value, uiLanguage: 'ja' };
    expect(store.t.value('review')).toBe('確認する');
  });
});
