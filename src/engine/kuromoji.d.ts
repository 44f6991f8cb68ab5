// kuromoji's internals used to build a tokenizer from buffers we load ourselves (Node or extension).
declare module 'kuromoji/src/Tokenizer.js' {
  const Tokenizer: {
    new (dic: unknown): { tokenize(text: string): import('kuromoji').IpadicFeatures[] };
    /** Splits after each 、 and 。, as kuromoji's tokenize does before building lattices. */
    splitByPunctuation(input: string): string[];
  };
  export default Tokenizer;
}
declare module 'kuromoji/src/dict/DynamicDictionaries.js' {
  interface ByteBufferLike {
    getShort(index: number): number;
    getInt(index: number): number;
  }
  interface TokenInfoDictionaryLike {
    dictionary: ByteBufferLike;
    loadDictionary(buffer: Uint8Array): unknown;
    loadPosVector(buffer: Uint8Array): unknown;
    getFeatures(id: number | string): string;
  }
  interface CharacterClassLike {
    class_id: number;
    class_name: string;
    is_always_invoke: number;
    is_grouping: number;
  }
  const DynamicDictionaries: new () => {
    token_info_dictionary: TokenInfoDictionaryLike;
    unknown_dictionary: TokenInfoDictionaryLike & {
      target_map: Record<number, number[]>;
      lookup(ch: string): CharacterClassLike;
    };
    connection_costs: unknown;
    loadTrie(base: Int32Array, check: Int32Array): void;
    loadTokenInfoDictionaries(info: Uint8Array, pos: Uint8Array, map: Uint8Array): void;
    loadConnectionCosts(cc: Int16Array): void;
    loadUnknownDictionaries(
      unk: Uint8Array, pos: Uint8Array, map: Uint8Array, cat: Uint8Array, compat: Uint32Array, invoke: Uint8Array,
    ): void;
  };
  export default DynamicDictionaries;
}
declare module 'kuromoji/src/viterbi/ViterbiNode.js' {
  class ViterbiNode {
    constructor(
      name: number, cost: number, startPos: number, length: number, type: string, leftId: number, rightId: number,
      surfaceForm: string,
    );
    name: number;
    type: string;
    surface_form: string;
  }
  export default ViterbiNode;
}
declare module 'kuromoji/src/viterbi/ViterbiLattice.js' {
  class ViterbiLattice {
    append(node: import('kuromoji/src/viterbi/ViterbiNode.js').default): void;
    appendEos(): void;
  }
  export default ViterbiLattice;
}
declare module 'kuromoji/src/viterbi/ViterbiSearcher.js' {
  class ViterbiSearcher {
    constructor(connectionCosts: unknown);
    search(lattice: import('kuromoji/src/viterbi/ViterbiLattice.js').default): Array<import('kuromoji/src/viterbi/ViterbiNode.js').default>;
  }
  export default ViterbiSearcher;
}
