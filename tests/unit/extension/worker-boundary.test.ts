// The engine worker's boundary: its script builds only the schemas it parses (its own requests and the analyze
// request inside them), not protocol.ts's every message kind nor the page's reply schemas, and carries no DOM
// adapter; and every message is still validated as before — a malformed one is refused on each side.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as analyzeRequest from '../../../src/extension/analyze-request';
import * as protocol from '../../../src/extension/protocol';
import { WorkerRequestSchema } from '../../../src/extension/worker-protocol';
import { WorkerReplySchema } from '../../../src/extension/worker-reply';
import { DEFAULT_POLICY } from '../../../src/policy/schema';

const ROOT = join(__dirname, '../../..');

/** The source files esbuild puts in the worker's bundle (the same module graph WXT's build walks). */
async function workerModules(): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/extension/engine-worker-main.ts')],
    bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, metafile: true,
    outfile: 'worker.mjs', logLevel: 'silent', external: ['node:*'],
    // Data files are not what this test is about; leave them out of the bundle.
    plugins: [{ name: 'no-json', setup: (b) => b.onLoad({ filter: /\.json$/ }, () => ({ contents: '{}', loader: 'json' })) }],
  });
  return Object.keys(result.metafile.inputs);
}

describe('the engine worker’s module graph', () => {
  it('holds neither protocol.ts, the reply schemas, the DOM adapters nor any UI', async () => {
    const modules = await workerModules();
    expect(modules).toContain('src/extension/worker-protocol.ts');
    expect(modules).toContain('src/extension/analyze-request.ts');
    expect(modules.filter((m) => /^src\/extension\/(protocol|worker-reply)\.ts$/.test(m))).toEqual([]);
    // The registry's client descriptions only: no adapter, selector, calendar or DOM helper module.
    expect(modules.filter((m) => m.startsWith('src/adapters/') && !/\/(client|registry)\.ts$/.test(m))).toEqual([]);
    expect(modules.filter((m) => m.startsWith('src/ui/') || m.includes('node_modules/preact'))).toEqual([]);
  }, 60_000);
});

const draft = { kind: 'email', subject: '', body: 'お世話になっております。', context: { recipient: 'client' } };
const analyze = { type: 'analyze', composeId: 'c1', client: 'gmail', revision: 3, draft };

describe('the boundary schemas, split by endpoint, validate as before', () => {
  it('protocol.ts hands out the very schemas the worker parses with', () => {
    expect(protocol.AnalyzeRequestSchema).toBe(analyzeRequest.AnalyzeRequestSchema);
    expect(protocol.MailClientSchema).toBe(analyzeRequest.MailClientSchema);
    expect(protocol.BACKGROUND.analyze.request).toBe(analyzeRequest.AnalyzeRequestSchema);
    expect(protocol.EngineAnalyzeSchema.shape.request).toBe(analyzeRequest.AnalyzeRequestSchema);
  });

  it('the worker accepts each of its request kinds', () => {
    const ok = [
      { kind: 'init', baseUrl: 'chrome-extension://x/' },
      { kind: 'init', baseUrl: 'chrome-extension://x/', posted: ['a.nwd'] },
      { kind: 'file', name: 'a.nwd', buffer: new ArrayBuffer(4) },
      { kind: 'file', name: 'a.nwd', error: 'HTTP 404' },
      { kind: 'analyze', id: 1, request: analyze, policy: DEFAULT_POLICY },
    ];
    for (const message of ok) expect(WorkerRequestSchema.safeParse(message).success, JSON.stringify(message)).toBe(true);
  });

  it('the worker refuses a malformed request of every kind', () => {
    const bad = [
      { kind: 'start', baseUrl: 'x' },
      { kind: 'init' },
      { kind: 'init', baseUrl: 'x', posted: 'a.nwd' },
      { kind: 'file', name: 'a.nwd', buffer: new Uint8Array(4) },
      { kind: 'file', buffer: new ArrayBuffer(4) },
      { kind: 'analyze', id: 1.5, request: analyze, policy: DEFAULT_POLICY },
      { kind: 'analyze', id: 1, request: { ...analyze, client: 'yahoo' }, policy: DEFAULT_POLICY },
      { kind: 'analyze', id: 1, request: { ...analyze, composeId: undefined }, policy: DEFAULT_POLICY },
      { kind: 'analyze', id: 1, request: { ...analyze, draft: { ...draft, body: 7 } }, policy: DEFAULT_POLICY },
      { kind: 'analyze', id: 1, request: { ...analyze, ignored: [{ ruleId: 'r', field: 'footer', flagged: 'x' }] }, policy: DEFAULT_POLICY },
      { kind: 'analyze', id: 1, request: analyze, policy: { ...DEFAULT_POLICY, rules: 'all' } },
      { kind: 'analyze', id: 1, request: analyze },
    ];
    for (const message of bad) expect(WorkerRequestSchema.safeParse(message).success, JSON.stringify(message)).toBe(false);
  });

  it('the page accepts each reply kind and refuses a malformed one', () => {
    const status = { japaneseReady: true, dictionaryError: null, dictionaryLoadMs: 12 };
    const response = { composeId: 'c1', revision: 3, findings: [], japaneseReady: true, dictionaryError: null };
    for (const reply of [{ kind: 'settled', status }, { kind: 'analyzed', id: 1, response }, { kind: 'failed', id: 1, error: 'x' }]) {
      expect(WorkerReplySchema.safeParse(reply).success, JSON.stringify(reply)).toBe(true);
    }
    const bad = [
      { kind: 'settled', status: { ...status, japaneseReady: 'yes' } },
      { kind: 'analyzed', id: 1, response: { ...response, findings: [{ ruleId: 'r' }] } },
      { kind: 'analyzed', id: '1', response },
      { kind: 'failed', id: 1 },
      { kind: 'done', id: 1 },
    ];
    for (const reply of bad) expect(WorkerReplySchema.safeParse(reply).success, JSON.stringify(reply)).toBe(false);
  });

  it('the background still refuses a malformed analyze request', () => {
    expect(protocol.BACKGROUND.analyze.request.safeParse(analyze).success).toBe(true);
    expect(protocol.BACKGROUND.analyze.request.safeParse({ ...analyze, revision: 'three' }).success).toBe(false);
    expect(protocol.MailClientSchema.safeParse('outlook-calendar').success).toBe(true);
    expect(protocol.MailClientSchema.safeParse('yahoo').success).toBe(false);
  });
});
