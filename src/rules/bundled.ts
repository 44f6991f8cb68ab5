// The rules' dictionaries (dictionaries/**.json) are build-time data bundled into the code, not input: they are
// validated once, by tests/unit/dictionaries/schemas.test.ts, which parses every one registered here with its
// schema (and fails on a missing field, a wrong type, or a schema that would change the data), instead of at
// every module load (zod parsing them was about a fifth of the engine worker's start). Zod stays on the real
// boundaries: drafts, policy, messages, storage, CLI input.
import type { z } from 'zod';

export interface BundledDictionary {
  /** The file under dictionaries/, without .json. */
  readonly file: string;
  readonly schema: z.ZodType;
  readonly data: unknown;
}

const registered: BundledDictionary[] = [];

/** A schema's output as TypeScript infers a JSON file: literals and enums widened to their base type. */
type Widened<T> = T extends string
  ? string
  : T extends boolean
    ? boolean
    : T extends number
      ? number
      : T extends readonly (infer U)[]
        ? Widened<U>[]
        : T extends object
          ? { [K in keyof T]: Widened<T[K]> }
          : T;

/**
 * `data` typed as the schema's output, without parsing it at load time. The JSON's inferred type must fit the
 * schema's output (literals widened), so a missing or mistyped field is a type error as well as a test failure;
 * what TypeScript cannot see (enum values, lengths, patterns, refinements) the test checks.
 */
export function bundled<S extends z.ZodType>(file: string, schema: S, data: Widened<z.output<S>>): z.output<S> {
  registered.push({ file, schema, data });
  return data as z.output<S>;
}

/** Every dictionary registered so far (the modules that read them must have been imported). */
export function bundledDictionaries(): readonly BundledDictionary[] {
  return registered;
}
