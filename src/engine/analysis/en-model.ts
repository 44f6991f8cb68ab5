// wink-nlp's English model (wink-eng-lite-web-model) from a data file instead of from the script. The package
// `require`s ~3.5 MB of JSON into its model object, so any bundle importing it carried the model as code:
// Firefox's engine scripts were then 48 KB under the 5 MB that Mozilla's add-on linter parses. Here the
// JSON parts are one file (ENGLISH_MODEL_FILE), packaged beside the Japanese dictionary and fetched once by
// the engine; Node reads the same file (node-english-model.ts). The package's small code parts (feature
// function, transformers, setters, lemmatizer) are imported as they are; only its two loaders, which
// `require` the JSON, are rewritten below over the data, line for line (wink-eng-lite-web-model 1.8.1, MIT).
import type { Model } from 'wink-nlp';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import posTransformers from 'wink-eng-lite-web-model/dist/pos-transformers.js';
import posSetter from 'wink-eng-lite-web-model/dist/pos-setter.js';
import posUpdater from 'wink-eng-lite-web-model/dist/pos-updater.js';
import sbdTransformers from 'wink-eng-lite-web-model/dist/sbd-transformers.js';
import sbdSetter from 'wink-eng-lite-web-model/dist/sbd-setter.js';
import nerTransformers from 'wink-eng-lite-web-model/dist/ner-transformers.js';
import negationSetter from 'wink-eng-lite-web-model/dist/negation-setter.js';
import saSetter from 'wink-eng-lite-web-model/dist/sa-setter.js';
import cerTransformers from 'wink-eng-lite-web-model/dist/cer-transformers.js';
import type { EnglishModelData, MachinePart } from './en-model-file';
import { compactLexemeHash } from './lexeme-index';

// The core model's fields the loaders touch (the rest is handed to wink-nlp as it is).
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

/**
 * read-core-model.js + load-core-model.js over the file's core part (used once: no defensive copy). The packed
 * arrays (wink's base64 `lexicon` and `xpansions`) come decoded from the file (en-model-file.ts).
 */
function loadCore(model: CoreModel): CoreModel {
  const { packing, features, pos } = model;
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null);
    const list = features[f]!.list;
    for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
    features[f]!.hash = hash;
  }
  // wink's `hash[list[k]] = k` over 87,593 lexemes, as a compact index over the list (lexeme-index.ts).
  features.lexeme.hash = compactLexemeHash(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  }
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** wink-nlp's pipe annotations, by the model part whose machines run them (core runs always). */
const ANNOTATION_OF: Record<MachinePart, string> = {
  sbd: 'sbd', pos: 'pos', ner: 'ner', negation: 'negation', sa: 'sentiment',
};

/** wink's automaton.js emptyModelJSON(): a machine with one state that recognises nothing. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * The model object wink-nlp takes (model.js), its parts from `data`. For one winkNLP() call.
 *
 * With `pipe` (the annotations that winkNLP() call will run), the machines of every other annotation are
 * empty ones, and their text in the file is never decoded: wink imports every part's machines whatever the
 * pipe, and the sentiment and entity machines alone hold ~2.6 MB of heap in the engine's process, where only
 * `pos` runs. Each part is handed over once and let go of (`data` keeps none of them, nor the file's bytes).
 */
export function winkModelFromData(data: EnglishModelData, pipe?: readonly string[]): Model {
  const take = (part: MachinePart): string[] => {
    const machines = data.machines[part];
    if (!machines) throw new Error(`the English model's "${part}" part was handed over already`);
    data.machines[part] = undefined;
    const unused = pipe !== undefined && !pipe.includes(ANNOTATION_OF[part]);
    return unused ? Array.from({ length: machines.count }, () => EMPTY_MACHINE) : machines.read();
  };
  const model = Object.create(null) as Record<string, unknown>;
  model.core = () => loadCore(data.core as unknown as CoreModel);
  model.sbd = () => ({ machines: take('sbd'), setter: sbdSetter, transformers: sbdTransformers });
  model.pos = () => ({ machines: take('pos'), setter: posSetter, updater: posUpdater, transformers: posTransformers });
  model.ner = () => ({ machines: take('ner'), transformers: nerTransformers });
  model.negation = () => ({ machines: take('negation'), setter: negationSetter });
  model.sa = () => ({ machines: take('sa'), setter: saSetter });
  // The custom-entity compiler's meta machines (2.9 KB) are kept: they serve learnCustomEntities, not a pipe step.
  model.metaCER = () => ({ machines: JSON.stringify(data.cerMeta), transformers: cerTransformers });
  model.featureFn = featureFn;
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = stem;
  addons.lemmatize = lemmatize;
  addons.readabilityStats = readabilityStats;
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as Model;
}
