import Tokenizer from 'kuromoji/src/Tokenizer.js';
import ConnectionCosts from 'kuromoji/src/dict/ConnectionCosts.js';
import UnknownDictionary from 'kuromoji/src/dict/UnknownDictionary.js';
import { COMPACT_DICTIONARY_FILE, RECORD_STEP, readCompactDictionary, type CompactDictionary } from './compact-dictionary';
import { bestPath, KNOWN, KnownFeatures, Lattice, LatticeBuilder, type ConnectionCostTable } from './kuromoji-compact';
import type { Token } from './types';

/** What the engine needs of a Japanese morphological analyser. */
export interface JapaneseTokenizer {
  /** Tokens of `text`, offsets relative to `text` plus `offset`. */
  tokenize(text: string, offset?: number): Token[];
}

/** The dictionary's one file (compact-dictionary.ts), built from kuromoji's IPADIC at build time. */
export const DICTIONARY_FILES = [COMPACT_DICTIONARY_FILE] as const;
export type DictionaryFile = (typeof DICTIONARY_FILES)[number];

/** Reads the dictionary file as it was built. Node reads its cached build; the extension fetches its copy. */
export type ReadDictionaryFile = (name: DictionaryFile) => Promise<ArrayBuffer>;

/** Reads the compact dictionary (one file) and builds the tokenizer over views of its bytes. */
export async function buildTokenizer(read: ReadDictionaryFile): Promise<JapaneseTokenizer> {
  return tokenizerFromDictionary(readCompactDictionary(await read(COMPACT_DICTIONARY_FILE)));
}

/**
 * The tokenizer over a compact dictionary: nothing is copied or converted, only kuromoji's few KB of
 * unknown-word tables are parsed into its own objects.
 */
export function tokenizerFromDictionary(dict: CompactDictionary): JapaneseTokenizer {
  // Object.create: kuromoji's constructors allocate 10 MB buffers that loading replaces at once.
  const costs = Object.create(ConnectionCosts.prototype) as InstanceType<typeof ConnectionCosts>;
  costs.loadConnectionCosts(dict.connectionCosts);
  const unknown = Object.create(UnknownDictionary.prototype) as InstanceType<typeof UnknownDictionary>;
  unknown.loadUnknownDictionaries(dict.unk, dict.unkPos, dict.unkMap, dict.unkChar, dict.unkCompat, dict.unkInvoke);
  const builder = new LatticeBuilder(dict.base, dict.check, dict, unknown);
  const known = new KnownFeatures(dict.recordIndex, RECORD_STEP, dict.records, dict.tuples);
  return new CompactTokenizer(builder, costs, known, unknown);
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
    private readonly costs: ConnectionCostTable,
    private readonly known: KnownFeatures,
    private readonly unknown: FeatureSource,
  ) {}

  /** The lattice and the path, reused from call to call (tokenize is synchronous and re-entered by nothing). */
  private readonly lattice = new Lattice();
  private readonly path: number[] = [];

  tokenize(text: string, offset = 0): Token[] {
    const out: Token[] = [];
    let pos = offset;
    const lattice = this.lattice;
    for (const piece of Tokenizer.splitByPunctuation(text)) {
      for (const node of bestPath(this.builder.build(piece, lattice), this.costs, this.path)) {
        // A known word's dictionary surface is the text it matched, so both kinds take it from the text.
        const surface = piece.slice(lattice.from[node]!, lattice.to[node]!);
        const start = pos;
        pos += surface.length;
        const name = lattice.name[node]!;
        if (lattice.kind[node] === KNOWN) {
          out.push(this.known.token(name, surface, start, pos));
          continue;
        }
        const f = this.unknown.getFeatures(name).split(',');
        out.push({
          surface,
          pos: f[1]!,
          pos1: f[2]!,
          pos2: f[3]!,
          pos3: f[4]!,
          cType: f[5]!,
          cForm: f[6]!,
          base: f[7] === '*' ? surface : f[7]!,
          reading: '',
          start,
          end: pos,
        });
      }
    }
    return out;
  }
}
