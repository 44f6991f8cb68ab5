// Node only: the English parser of this process (analysis/en-parse.ts) reads wink-nlp's model from the data
// file the extension packages (node-english-model-file.ts). Called by Node's entry points: the CLI, the
// vitest setup, the benchmarks. Never bundled.
import { readFileSync } from 'node:fs';
import { parseEnglishModel } from './analysis/en-model-file';
import { setEnglishModelSource } from './analysis/en-parse';
import { ensureEnglishModelFile } from './node-english-model-file';

/** The model is read from the file on the first English parse, not here. */
export function useNodeEnglishModel(path?: string): void {
  setEnglishModelSource(() => parseEnglishModel(readFileSync(path ?? ensureEnglishModelFile())));
}
