// The offscreen document starts the dictionary's fetch from its HTML (entrypoints/offscreen/index.html): the preload
// must name the file the build packages, with the request mode fetch() uses, or the page fetches it a second time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPACT_DICTIONARY_FILE } from '../../../src/engine/compact-dictionary';
import { DICTIONARY_DIR } from '../../../src/extension/dictionary-loader';

const html = readFileSync(new URL('../../../entrypoints/offscreen/index.html', import.meta.url), 'utf8');
const links = [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('offscreen document: the dictionary preloaded', () => {
  const preloads = links.filter((l) => attr(l, 'rel') === 'preload');

  it('preloads exactly the packaged dictionary, once', () => {
    expect(preloads.map((l) => attr(l, 'href'))).toEqual([`/${DICTIONARY_DIR}/${COMPACT_DICTIONARY_FILE}`]);
  });

  it('as a fetch in CORS mode with same-origin credentials (what fetch() asks, so the response is reused)', () => {
    const [link] = preloads;
    expect(attr(link!, 'as')).toBe('fetch');
    expect(attr(link!, 'crossorigin')).toBe('anonymous');
  });

  it('comes before the page script, so the fetch starts as the document is parsed', () => {
    expect(html.indexOf('rel="preload"')).toBeGreaterThan(0);
    expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('<script'));
  });
});
