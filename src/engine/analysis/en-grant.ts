// Word classes of granting what a buyer asks, from WordNet 3.1 (scripts/build-en-grant-class.mjs regenerates
// dictionaries/en/grant-class.json; the seed senses are listed in the file): the verbs of accepting, granting,
// permitting ("approve", "entertain", "honour", "accommodate", "authorise", "waive" and their troponyms) and the
// nouns a buyer asks to be given ("extension", "refund", "exception", "discount", "waiver", "modification").
import { z } from 'zod';
import data from '../../../dictionaries/en/grant-class.json';
import { bundled, onDemand } from '../../rules/bundled';

const GrantClassSchema = onDemand(() => z.object({
  about: z.string(),
  seeds: z.record(z.string(), z.record(z.string(), z.string())),
  examples: z.record(z.string(), z.array(z.string())),
  grantVerbs: z.array(z.string().regex(/^[a-z]+$/)).min(20),
  concessionNouns: z.array(z.string().regex(/^[a-z]+$/)).min(20),
}));

const dict = bundled('en/grant-class', GrantClassSchema, data);

/** Lemmas of verbs of accepting, granting or permitting what was asked. */
export const GRANT_VERBS: ReadonlySet<string> = new Set(dict.grantVerbs);
/** Nouns of what a buyer asks to be given (singular lemmas). */
export const CONCESSION_NOUNS: ReadonlySet<string> = new Set(dict.concessionNouns);
