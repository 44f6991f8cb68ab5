import Tokenizer from 'kuromoji/src/Tokenizer.js';
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import type { Token } from './types';

/** What the engine needs of a Japanese morphological analyser. */
export interface JapaneseTokenizer {
  /** Tokens of `text`, offsets relative to `text` plus `offset`. */
  tokenize(text: string, offset?: number): Token[];
}

/** The twelve files of kuromoji's IPADIC build, as shipped in node_modules/kuromoji/dict. */
export const DICTIONARY_FILES = [
  'base.dat.gz', 'check.dat.gz', 'tid.dat.gz', 'tid_pos.dat.gz', 'tid_map.dat.gz', 'cc.dat.gz',
  'unk.dat.gz', 'unk_pos.dat.gz', 'unk_map.dat.gz', 'unk_char.dat.gz', 'unk_compat.dat.gz', 'unk_invoke.dat.gz',
] as const;
export type DictionaryFile = (typeof DICTIONARY_FILES)[number];

/** Reads one dictionary file, already gunzipped. Node reads node_modules; the extension fetches its copy. */
export type ReadDictionaryFile = (name: DictionaryFile) => Promise<ArrayBuffer>;

/**
 * Builds kuromoji's tokenizer from the twelve files. This mirrors kuromoji's own DictionaryLoader, which
 * cannot run in a service worker or offscreen page (it needs Node's `path` and XMLHttpRequest).
 */
export async function buildTokenizer(read: ReadDictionaryFile): Promise<JapaneseTokenizer> {
  const buffers = await Promise.all(DICTIONARY_FILES.map((name) => read(name)));
  const b = Object.fromEntries(DICTIONARY_FILES.map((name, i) => [name, buffers[i]!])) as Record<DictionaryFile, ArrayBuffer>;
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(b['base.dat.gz']), new Int32Array(b['check.dat.gz']));
  dic.loadTokenInfoDictionaries(
    new Uint8Array(b['tid.dat.gz']), new Uint8Array(b['tid_pos.dat.gz']), new Uint8Array(b['tid_map.dat.gz']),
  );
  dic.loadConnectionCosts(new Int16Array(b['cc.dat.gz']));
  dic.loadUnknownDictionaries(
    new Uint8Array(b['unk.dat.gz']), new Uint8Array(b['unk_pos.dat.gz']), new Uint8Array(b['unk_map.dat.gz']),
    new Uint8Array(b['unk_char.dat.gz']), new Uint32Array(b['unk_compat.dat.gz']), new Uint8Array(b['unk_invoke.dat.gz']),
  );
  return wrap(new Tokenizer(dic));
}

function wrap(kuromoji: { tokenize(text: string): import('kuromoji').IpadicFeatures[] }): JapaneseTokenizer {
  return {
    tokenize(text, offset = 0) {
      const out: Token[] = [];
      let pos = 0;
      for (const t of kuromoji.tokenize(text)) {
        // word_position is 1-based in code units; recompute from running length to stay exact.
        const start = pos;
        pos += t.surface_form.length;
        out.push({
          surface: t.surface_form,
          pos: t.pos,
          pos1: t.pos_detail_1,
          pos2: t.pos_detail_2,
          pos3: t.pos_detail_3,
          cType: t.conjugated_type,
          cForm: t.conjugated_form,
          base: t.basic_form === '*' ? t.surface_form : t.basic_form,
          reading: t.reading ?? '',
          start: offset + start,
          end: offset + pos,
        });
      }
      return out;
    },
  };
}
