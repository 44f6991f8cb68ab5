// kuromoji's internals used to build a tokenizer from buffers we load ourselves (Node or extension).
declare module 'kuromoji/src/Tokenizer.js' {
  const Tokenizer: {
    new (dic: unknown): { tokenize(text: string): import('kuromoji').IpadicFeatures[] };
    /** Splits after each 、 and 。, as kuromoji's tokenize does before building lattices. */
    splitByPunctuation(input: string): string[];
  };
  export default Tokenizer;
}
declare module 'kuromoji/src/dict/ConnectionCosts.js' {
  class ConnectionCosts {
    constructor(forward: number, backward: number);
    loadConnectionCosts(cc: Int16Array): void;
    get(forward: number, backward: number): number;
  }
  export default ConnectionCosts;
}
declare module 'kuromoji/src/dict/UnknownDictionary.js' {
  interface CharacterClassLike {
    class_id: number;
    class_name: string;
    is_always_invoke: number;
    is_grouping: number;
  }
  class UnknownDictionary {
    dictionary: { getShort(index: number): number; getInt(index: number): number };
    target_map: Record<number, number[]>;
    lookup(ch: string): CharacterClassLike;
    getFeatures(id: number | string): string;
    loadUnknownDictionaries(
      unk: Uint8Array, pos: Uint8Array, map: Uint8Array, cat: Uint8Array, compat: Uint32Array, invoke: Uint8Array,
    ): void;
  }
  export default UnknownDictionary;
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
