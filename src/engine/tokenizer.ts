import Tokenizer from 'kuromoji/src/Tokenizer.js';
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import ViterbiSearcher from 'kuromoji/src/viterbi/ViterbiSearcher.js';
import { compactTargetMap, KnownFeatures, LatticeBuilder, shrink, trieLength, trimmed } from './kuromoji-compact';
import type { Token } from './types';

/** What the engine needs of a Japanese morphological analyser. */
export interface JapaneseTokenizer {
  /** Tokens of `text`, offsets relative to `text` plus `offset`. */
  tokenize(text: string, offset?: number): Token[];
  /**
   * Resolves when the dictionary has finished shrinking to its compact form after loading (the tokenizer
   * works, with the same tokens, before and after). Absent for tokenizers that do not compact.
   */
  compacted?: Promise<void>;
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
 * Builds the tokenizer from the twelve files. This mirrors kuromoji's own DictionaryLoader, which cannot run
 * in a service worker or offscreen page (it needs Node's `path` and XMLHttpRequest), and holds the
 * dictionary compactly (see kuromoji-compact.ts): about a third of kuromoji as shipped, same tokens.
 * Files are read one at a time, and each padded buffer is dropped as soon as its used part is copied, so the
 * peak is the dictionary plus one file. The tokenizer is returned as soon as it works; the feature strings
 * shrink in the background afterwards (`compacted`).
 */
export async function buildTokenizer(read: ReadDictionaryFile): Promise<JapaneseTokenizer> {
  const dic = new DynamicDictionaries();
  const base = new Int32Array(await read('base.dat.gz'));
  const check = new Int32Array(await read('check.dat.gz'));
  const used = trieLength(base, check);
  const trie = { base: new Int32Array(shrink(base.buffer, used * 4)), check: new Int32Array(shrink(check.buffer, used * 4)) };

  const tokenInfo = dic.token_info_dictionary;
  const tid = trimmed(await read('tid.dat.gz'));
  tokenInfo.loadDictionary(tid);
  // The 36 MB of feature strings serve the first analyses, then are converted in the background and let go.
  const features = new KnownFeatures(tid, new Uint8Array(await read('tid_pos.dat.gz')));
  const targets = compactTargetMap(new Uint8Array(await read('tid_map.dat.gz')));
  dic.loadConnectionCosts(new Int16Array(await read('cc.dat.gz')));
  const unk = trimmed(await read('unk.dat.gz'));
  const unkPos = trimmed(await read('unk_pos.dat.gz'));
  const unkMap = trimmed(await read('unk_map.dat.gz'));
  const unkChar = new Uint8Array(await read('unk_char.dat.gz'));
  const unkCompat = new Uint32Array(await read('unk_compat.dat.gz'));
  const unkInvoke = trimmed(await read('unk_invoke.dat.gz'));
  dic.loadUnknownDictionaries(unk, unkPos, unkMap, unkChar, unkCompat, unkInvoke);

  const builder = new LatticeBuilder(trie.base, trie.check, targets, tokenInfo.dictionary, dic.unknown_dictionary);
  return new CompactTokenizer(builder, new ViterbiSearcher(dic.connection_costs), features, dic.unknown_dictionary);
}

interface FeatureSource {
  getFeatures(id: number): string;
}

/**
 * kuromoji's Tokenizer.tokenize (split at 、 and 。, best path through the lattice, IPADIC features), producing
 * our Token directly instead of kuromoji's token objects.
 */
class CompactTokenizer implements JapaneseTokenizer {
  constructor(
    private readonly builder: LatticeBuilder,
    private readonly searcher: InstanceType<typeof ViterbiSearcher>,
    private readonly known: KnownFeatures,
    private readonly unknown: FeatureSource,
  ) {}

  get compacted(): Promise<void> {
    return this.known.compacted;
  }

  tokenize(text: string, offset = 0): Token[] {
    const out: Token[] = [];
    let pos = offset;
    for (const piece of Tokenizer.splitByPunctuation(text)) {
      for (const node of this.searcher.search(this.builder.build(piece))) {
        const known = node.type === 'KNOWN';
        // A known word's dictionary surface is the text it matched, so both kinds take it from the node.
        const f = known ? this.known.features(node.name, node.surface_form) : this.unknown.getFeatures(node.name).split(',');
        const surface = node.surface_form;
        const start = pos;
        pos += surface.length;
        out.push({
          surface,
          pos: f[1]!,
          pos1: f[2]!,
          pos2: f[3]!,
          pos3: f[4]!,
          cType: f[5]!,
          cForm: f[6]!,
          base: f[7] === '*' ? surface : f[7]!,
          reading: (known ? f[8] : undefined) ?? '',
          start,
          end: pos,
        });
      }
    }
    return out;
  }
}
