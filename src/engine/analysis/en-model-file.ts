// The English model's data file (en-model.ts): its name and content. No code of wink's is imported here, so
// the build config and Node's file builder can use it.

/** The file's name inside the extension (dict/) and in Node's cache; `version` inside names its source. */
export const ENGLISH_MODEL_FILE = 'wink-eng-lite-web.json';

/** The package's JSON files (languages/cur/models/eng-*-model.json), by the key the file stores them under. */
export const ENGLISH_MODEL_PARTS = {
  core: 'eng-core-web-model.json',
  sbd: 'eng-sbd-model.json',
  pos: 'eng-pos-model.json',
  ner: 'eng-ner-model.json',
  negation: 'eng-negation-model.json',
  sa: 'eng-sa-model.json',
  cerMeta: 'eng-cer-meta-model.json',
} as const;

export type EnglishModelPart = keyof typeof ENGLISH_MODEL_PARTS;

/** The file's content: the package's version and each JSON part as the package ships it. */
export type EnglishModelData = { version: string } & Record<EnglishModelPart, unknown>;

/** A validated file: every part present. Throws naming what is missing. */
export function parseEnglishModel(text: string): EnglishModelData {
  const data = JSON.parse(text) as Partial<EnglishModelData> | null;
  if (!data || typeof data !== 'object' || typeof data.version !== 'string') throw new Error(`${ENGLISH_MODEL_FILE}: not an English model file`);
  for (const part of Object.keys(ENGLISH_MODEL_PARTS)) {
    if (!(part in data)) throw new Error(`${ENGLISH_MODEL_FILE}: no "${part}" part`);
  }
  return data as EnglishModelData;
}
