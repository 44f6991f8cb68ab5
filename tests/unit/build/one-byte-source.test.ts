// The engine worker's script is rewritten so that V8 holds its source one byte per character (src/build/
// one-byte-source.ts): every character beyond Latin-1 becomes a \uXXXX escape. It must mean exactly the same
// program: checked on the tricky shapes one by one, then on the engine itself — the rules bundled as the worker
// bundles them, escaped, and run over every rule's examples beside the unescaped bundle.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { oneByteSource } from '../../../src/build/one-byte-source';
import { parseEnglishModel } from '../../../src/engine/analysis/en-model-file';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { ensureEnglishModelFile } from '../../../src/engine/node-english-model-file';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { ENGINE_WORKER_PATH } from '../../../src/extension/worker-protocol';
import { RULES } from '../../../src/rules';

const evaluate = (code: string): unknown => new Function(`return (${code});`)();
const isOneByte = (code: string) => /^[\u0000-\u00ff]*$/.test(code);

describe('one-byte source', () => {
  it('means the same in strings, templates, regex literals, classes and identifiers', () => {
    const shapes = [
      `'お世話になっております'`,
      '`件名：${1 + 1}件`',
      `/^(?:恐れ入りますが|申し訳)[ぁ-ん]+です。?$/.exec('申し訳ないです。')`,
      `/[\\u3000　]+/g.test('　')`,
      `/😀+/u.exec('😀😀')[0].length`,
      `'😀'.length`,
      `(() => { const 値 = 3; return 値 * 2; })()`,
      `/\\あ/.test('あ')`,
      `'\\あ'`,
      `'\\\\あ'`,
      `'café ×'`,
    ];
    for (const shape of shapes) {
      const escaped = oneByteSource(shape);
      expect(isOneByte(escaped), shape).toBe(true);
      expect(evaluate(escaped), shape).toEqual(evaluate(shape));
    }
    expect(oneByteSource(`'Latin-1 only: café'`)).toBe(`'Latin-1 only: café'`);
  });

  it('refuses a raw template holding a character beyond Latin-1, whose raw text would change', () => {
    expect(() => oneByteSource('String.raw`\\d+件`')).toThrow(/String\.raw/);
    expect(oneByteSource('String.raw`\\d+` + "件"')).toBe('String.raw`\\d+` + "\\u4ef6"');
  });

  it('is applied to the file the worker is spawned from', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toContain(`WORKER_SCRIPT = '${ENGINE_WORKER_PATH.slice(1)}'`);
  });
});

describe('the engine bundled and escaped', () => {
  let tokenizer: JapaneseTokenizer;
  beforeAll(async () => {
    tokenizer = await sharedNodeTokenizer();
  });

  it('finds exactly what the unescaped bundle finds on every rule example', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'one-byte-'));
    const entry = join(dir, 'entry.ts');
    const src = join(process.cwd(), 'src');
    writeFileSync(entry, [
      `export { Engine } from '${src}/engine/engine';`,
      `export { RULES } from '${src}/rules';`,
      `export { setEnglishModelSource } from '${src}/engine/analysis/en-parse';`,
    ].join('\n'));
    const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', minify: true, write: false, mainFields: ['module', 'main'] });
    const code = out.outputFiles[0]!.text;
    expect(isOneByte(code)).toBe(false);
    const escaped = oneByteSource(code);
    expect(isOneByte(escaped)).toBe(true);
    writeFileSync(join(dir, 'plain.mjs'), code);
    writeFileSync(join(dir, 'escaped.mjs'), escaped);
    const plain = await import(pathToFileURL(join(dir, 'plain.mjs')).href);
    const ours = await import(pathToFileURL(join(dir, 'escaped.mjs')).href);
    // Each bundle has its own copy of the English parser: each is given the model file, as Node's entry points do.
    const model = () => parseEnglishModel(readFileSync(ensureEnglishModelFile()));
    plain.setEnglishModelSource(model);
    ours.setEnglishModelSource(model);
    const a = new plain.Engine({ rules: plain.RULES, tokenizer });
    const b = new ours.Engine({ rules: ours.RULES, tokenizer });
    let found = 0;
    for (const rule of RULES) {
      for (const ex of [...rule.examples.valid, ...rule.examples.invalid]) {
        const draft = { body: ex.text, subject: ex.subject ?? '', kind: ex.kind ?? 'email', context: { recipient: 'client', now: '2025-12-01', ...ex.context } };
        const expected = a.analyzeWithStatus(draft);
        expect(expected.failedRules, `${rule.id}: ${ex.text}`).toEqual([]);
        found += expected.findings.length;
        expect(b.analyzeWithStatus(draft), `${rule.id}: ${ex.text}`).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(400);
  }, 240_000);
});
