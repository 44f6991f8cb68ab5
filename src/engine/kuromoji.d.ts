// kuromoji's internals used to build a tokenizer from buffers we load ourselves (Node or extension).
declare module 'kuromoji/src/Tokenizer.js' {
  const Tokenizer: new (dic: unknown) => { tokenize(text: string): import('kuromoji').IpadicFeatures[] };
  export default Tokenizer;
}
declare module 'kuromoji/src/dict/DynamicDictionaries.js' {
  const DynamicDictionaries: new () => {
    loadTrie(base: Int32Array, check: Int32Array): void;
    loadTokenInfoDictionaries(info: Uint8Array, pos: Uint8Array, map: Uint8Array): void;
    loadConnectionCosts(cc: Int16Array): void;
    loadUnknownDictionaries(
      unk: Uint8Array, pos: Uint8Array, map: Uint8Array, cat: Uint8Array, compat: Uint32Array, invoke: Uint8Array,
    ): void;
  };
  export default DynamicDictionaries;
}
