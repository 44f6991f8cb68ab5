// The offscreen document spawns the engine Worker from its first, classic script (entrypoints/engine-spawn.ts) and
// the page's module script adopts it (src/extension/early-worker.ts): the same script, once, with an error that
// came before the adoption still reaching the tiered engine.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adoptEarlyWorker, EARLY_WORKER_PATH, spawnEarlyWorker } from '../../../src/extension/early-worker';
import { ENGINE_WORKER_PATH } from '../../../src/extension/worker-protocol';

class FakeWorker {
  readonly listeners: Array<[string, (event: { message?: string }) => void]> = [];
  readonly posted: unknown[] = [];
  terminated = false;
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: { message?: string }) => void) {
    this.listeners.push([type, listener]);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  fire(type: string, event: { message?: string }) {
    for (const [t, l] of this.listeners) if (t === type) l(event);
  }
}

function spawned() {
  const scope = {};
  let made: FakeWorker | null = null;
  spawnEarlyWorker(scope, (url) => (made = new FakeWorker(url)) as unknown as Worker);
  return { scope, worker: made! as FakeWorker };
}

describe('early engine Worker', () => {
  it('spawns the engine worker script', () => {
    expect(EARLY_WORKER_PATH).toBe(ENGINE_WORKER_PATH);
    expect(spawned().worker.url).toBe(ENGINE_WORKER_PATH);
  });

  it('is adopted once, and forwards messages and termination', () => {
    const { scope, worker } = spawned();
    const adopted = adoptEarlyWorker(scope)!;
    expect(adopted).not.toBeNull();
    expect(adoptEarlyWorker(scope)).toBeNull();
    adopted.postMessage({ kind: 'init', baseUrl: 'x' });
    expect(worker.posted).toEqual([{ kind: 'init', baseUrl: 'x' }]);
    const seen: unknown[] = [];
    adopted.addEventListener('message', (event) => seen.push(event.data));
    worker.fire('message', { message: 'm' });
    expect(seen).toHaveLength(1);
    adopted.terminate();
    expect(worker.terminated).toBe(true);
  });

  it('replays an error from before the adoption to the adopter', async () => {
    const { scope, worker } = spawned();
    worker.fire('error', { message: 'failed to load' });
    const errors: Array<string | undefined> = [];
    adoptEarlyWorker(scope)!.addEventListener('error', (event) => errors.push(event.message));
    await Promise.resolve();
    expect(errors).toEqual(['failed to load']);
  });

  it('gives nothing where no worker could be spawned', () => {
    const scope = {};
    spawnEarlyWorker(scope, () => {
      throw new Error('no Workers here');
    });
    expect(adoptEarlyWorker(scope)).toBeNull();
  });

  it('is spawned by the offscreen document before its module script, after the dictionary preload', () => {
    const html = readFileSync(new URL('../../../entrypoints/offscreen/index.html', import.meta.url), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const classic = html.indexOf('<script src="/engine-spawn.js"');
    expect(classic).toBeGreaterThan(html.indexOf('rel="preload"'));
    expect(classic).toBeLessThan(html.indexOf('<script type="module"'));
    // WXT builds entrypoints/engine-spawn.ts into /engine-spawn.js.
    expect(existsSync(new URL('../../../entrypoints/engine-spawn.ts', import.meta.url))).toBe(true);
  });
});
