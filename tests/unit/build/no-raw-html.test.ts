import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { RAW_HTML_ERROR, withoutRawHtml } from '../../../src/build/no-raw-html';

const preactBuild = () => readFileSync(createRequire(import.meta.url).resolve('preact'), 'utf8');

describe('the build without raw HTML', () => {
  it('removes the one innerHTML assignment from the installed Preact, and only that', () => {
    const original = preactBuild();
    const rewritten = withoutRawHtml(original);
    expect(original).toMatch(/\.innerHTML=/);
    expect(rewritten).not.toMatch(/\.innerHTML\s*=/);
    expect(rewritten).toContain(JSON.stringify(RAW_HTML_ERROR));
    // Reading innerHTML (Preact's comparison) is harmless and stays.
    expect(rewritten.split('.innerHTML').length).toBe(original.split('.innerHTML').length - 1);
  });

  it('stops the build when Preact writes it differently', () => {
    expect(() => withoutRawHtml('el.innerHTML = html.__html;')).toThrow(/found 0/);
    expect(() => withoutRawHtml('(a.innerHTML=b.__html);(c.innerHTML=d.__html)')).toThrow(/found 2/);
  });
});
