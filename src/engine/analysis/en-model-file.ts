// The English model's data file (en-model.ts): its name and content. No code of wink's is imported here, so
// the build config and Node's file builder can use it.
//
// The file is laid out for loading (node-english-model-file.ts writes it): one line of JSON (the header: the
// version, wink's core part without its three large members, the custom-entity meta machines, and the length
// of each section), then the sections back to back:
//   lexicon, xpansions  the core's packed arrays as their bytes (wink's base64 text decoded at build time),
//   lexemes             the core's lexeme list as a JSON array (ASCII: non-ASCII characters escaped),
//   sbd, pos, ner, negation, sa   each part's machines as a JSON array (ASCII).
// Read whole as one JSON text (the form until round 29), the load held the 3.6 MB decoded text, the parsed
// 1.9 MB base64 string and the unused parts' machines (ner, sa: 0.6 MB) at once, beside the file's bytes and
// wink's own build: the largest transient of the extension's memory right after ready. Now only the lexeme
// list is decoded as text, and a machine part only when its annotation runs.

import { lexemeListFromJson } from './lexeme-list';

/** The file's name inside the extension (dict/) and in Node's cache; the header's `version` names its source. */
export const ENGLISH_MODEL_FILE = 'wink-eng-lite-web.nwm';

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
/** The parts that are lists of machines (each a JSON text wink compiles): read only when their annotation runs. */
export type MachinePart = 'sbd' | 'pos' | 'ner' | 'negation' | 'sa';
export const MACHINE_PARTS: readonly MachinePart[] = ['sbd', 'pos', 'ner', 'negation', 'sa'];
/** The sections after the header, in file order. */
export const SECTIONS = ['lexicon', 'xpansions', 'lexemes', ...MACHINE_PARTS] as const;
export type Section = (typeof SECTIONS)[number];

/** A part's machines: how many, and their texts, decoded when read (once: the reader lets go of its bytes). */
export interface Machines {
  count: number;
  read(): string[];
}

/** The file's content, as the loader (en-model.ts) hands it to wink. */
export interface EnglishModelData {
  version: string;
  /** wink's core part as the package ships it, but `lexicon` and `xpansions` already Uint32Array. */
  core: Record<string, unknown>;
  /** The custom-entity meta machines (2.9 KB of numbers). */
  cerMeta: unknown;
  /** Set to undefined once handed over (en-model.ts), so that the file's bytes can be collected. */
  machines: Partial<Record<MachinePart, Machines>>;
}

/** The header line, as written (node-english-model-file.ts) and read (below). */
export interface EnglishModelHeader {
  version: string;
  /** The core part without lexicon, xpansions and features.lexeme.list. */
  core: Record<string, unknown> & { features: { lexeme: Record<string, unknown> } };
  cerMeta: unknown;
  machineCounts: Record<MachinePart, number>;
  /** Byte length of each section, in SECTIONS order. */
  sections: Record<Section, number>;
}

const NEWLINE = 10;

/** A validated file: every part present. Throws naming what is wrong. Copies what it keeps: `bytes` can go. */
export function parseEnglishModel(file: Uint8Array | ArrayBuffer): EnglishModelData {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  const ascii = new TextDecoder();
  const end = bytes.indexOf(NEWLINE);
  let header: Partial<EnglishModelHeader> | null = null;
  try {
    header = JSON.parse(ascii.decode(end < 0 ? bytes : bytes.subarray(0, end))) as Partial<EnglishModelHeader> | null;
  } catch {
    // Reported below as not a model file.
  }
  if (end < 0 || !header || typeof header !== 'object' || typeof header.version !== 'string') throw new Error(`${ENGLISH_MODEL_FILE}: not an English model file`);
  const { core, sections, machineCounts } = header;
  if (!core || typeof core !== 'object' || !core.features?.lexeme) throw new Error(`${ENGLISH_MODEL_FILE}: no "core" part`);
  if (!('cerMeta' in header)) throw new Error(`${ENGLISH_MODEL_FILE}: no "cerMeta" part`);
  const at: Partial<Record<Section, Uint8Array>> = {};
  let offset = end + 1;
  for (const section of SECTIONS) {
    const length = sections?.[section];
    if (!Number.isSafeInteger(length) || length! < 0 || offset + length! > bytes.length) throw new Error(`${ENGLISH_MODEL_FILE}: no "${section}" part`);
    at[section] = bytes.subarray(offset, offset + length!);
    offset += length!;
  }
  if (offset !== bytes.length) throw new Error(`${ENGLISH_MODEL_FILE}: ${bytes.length - offset} bytes after its last part`);
  // Copies (a new Uint8Array of a typed array; Node's Buffer#slice would be a view): the Uint32Arrays must not
  // keep the whole file's buffer alive, and need their own alignment.
  const words = (section: Uint8Array) => {
    if (section.length % 4 !== 0) throw new Error(`${ENGLISH_MODEL_FILE}: a packed array of ${section.length} bytes`);
    return new Uint32Array(new Uint8Array(section).buffer);
  };
  const lexicon = words(at.lexicon!);
  const xpansions = words(at.xpansions!);
  // One string with offsets (lexeme-list.ts), not 87,593 strings: wink reads it only as list[i], length, push.
  let list: string[];
  try {
    list = lexemeListFromJson(ascii.decode(at.lexemes!));
  } catch (error) {
    throw new Error(`${ENGLISH_MODEL_FILE}: the lexemes are not a list (${(error as Error).message})`);
  }
  const machines: Partial<Record<MachinePart, Machines>> = {};
  for (const part of MACHINE_PARTS) {
    const count = machineCounts?.[part];
    if (!Number.isSafeInteger(count)) throw new Error(`${ENGLISH_MODEL_FILE}: no "${part}" part`);
    let text: Uint8Array | null = at[part]!;
    machines[part] = {
      count: count!,
      read() {
        if (!text) throw new Error(`${ENGLISH_MODEL_FILE}: the "${part}" part was read already`);
        const parsed = JSON.parse(ascii.decode(text)) as string[];
        text = null;
        return parsed;
      },
    };
  }
  return {
    version: header.version,
    core: { ...core, lexicon, xpansions, features: { ...core.features, lexeme: { ...core.features.lexeme, list } } },
    cerMeta: header.cerMeta,
    machines,
  };
}
