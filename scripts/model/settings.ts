// The experiment's model settings (experiment.ts; docs/evaluation/model-2026-12-r38/README.md).

/** The categories a model is trained for by default: where the rules miss most on mail written by others. */
export const CATEGORIES = ['blunt-refusal', 'bad-news'];
/** A sentence counts as the model's finding at this probability (chosen on the round-35/36 held-out sets). */
export const THRESHOLD = 0.7;

export const SETTINGS = {
  epochs: 6,
  rate: 0.1,
  l2: 1e-4,
  positiveWeight: 1,
  seed: 7,
  /** The sentences of clean drafts count this many times: they are certainly not problems. */
  cleanWeight: 3,
  /** Features are hashed (features.ts featureBucket) into a table of this size: 64 KB a category as signed bytes. */
  buckets: 65536,
};
