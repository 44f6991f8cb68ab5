// The message maps and the typed messaging over them: each map's keys are its messages' types, receivers
// validate requests, senders validate replies.
import { describe, expect, it, vi } from 'vitest';
import { ask, dispatcher } from '../../../src/extension/messaging';
import { BACKGROUND, CONTENT, ENGINE_EVENTS, OFFSCREEN, type Protocol } from '../../../src/extension/protocol';

const MAPS: Record<string, Protocol> = { BACKGROUND, CONTENT, OFFSCREEN, ENGINE_EVENTS };

describe('the protocol maps', () => {
  for (const [name, map] of Object.entries(MAPS)) {
    it(`${name}: every key is the type its request schema accepts`, () => {
      for (const [type, { request }] of Object.entries(map)) {
        const shape = (request as unknown as { shape: { type: { value: string } } }).shape;
        expect(shape.type.value, `${name}.${type}`).toBe(type);
      }
    });
  }

  it('no message type is in two maps (a receiver never answers another’s message)', () => {
    const all = Object.values(MAPS).flatMap((m) => Object.keys(m));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('typed messaging', () => {
  const status = { japaneseReady: true, dictionaryError: null, dictionaryLoadMs: 12 };

  it('dispatches a valid request to its handler and leaves other messages to other receivers', async () => {
    const handler = vi.fn(() => status);
    const route = dispatcher(BACKGROUND, {
      analyze: () => Promise.reject(new Error('unused')),
      'compose-closed': () => null,
      'compose-focus': () => null,
      status: handler,
      'tab-findings': () => ({ drafts: [] }),
      'all-drafts': () => ({ drafts: [] }),
      policy: () => Promise.reject(new Error('unused')),
      'check-text': () => Promise.reject(new Error('unused')),
    });
    await expect(route({ type: 'status' }, {})).resolves.toEqual(status);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(route({ type: 'compose-action', composeId: 'x' }, {})).toBeUndefined();
    expect(route({ type: 'tab-findings', tabId: 'seven' }, {})).toBeUndefined();
    expect(route('status', {})).toBeUndefined();
  });

  it('returns a valid reply, typed, and refuses an invalid one', async () => {
    await expect(ask(BACKGROUND, { type: 'status' }, async () => status)).resolves.toEqual(status);
    await expect(ask(BACKGROUND, { type: 'status' }, async () => ({ japaneseReady: 'yes' }))).rejects.toThrow('No valid reply to "status"');
    await expect(ask(BACKGROUND, { type: 'status' }, async () => ({ error: 'engine down' }))).rejects.toThrow('engine down');
    // A notification's reply is nothing.
    await expect(ask(BACKGROUND, { type: 'compose-closed', composeId: 'c' }, async () => undefined)).resolves.toBeNull();
  });
});
