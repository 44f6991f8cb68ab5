// The rules' dictionaries (dictionaries/**.json) are build-time data bundled into the code, not input: they are
// validated once, by tests/unit/dictionaries/schemas.test.ts, which parses every one registered here with its
// schema (and fails on a missing field, a wrong type, or a schema that would change the data), instead of at
// every module load (zod parsing them was about a fifth of the engine worker's start). Zod stays on the real
// boundaries: drafts, policy, messages, storage, CLI input. The schemas themselves are built only when that test
// asks (`onDemand`): built at import, ~250 zod constructors ran before the engine worker could answer, for nothing
// the extension reads.
import type { z } from 'zod';

export interface BundledDictionary {
  /** The file under dictionaries/, without .json. */
  readonly file: string;
  /** Built when first read. */
  readonly schema: z.ZodType;
  readonly data: unknown;
}

const registered: BundledDictionary[] = [];

/** `build` run once, when the returned function is first called: a schema built only when something validates. */
export function onDemand<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => {
    if (!built) builtOnDemand++;
    return (built ??= { value: build() }).value;
  };
}

let builtOnDemand = 0;

/** How many `onDemand` values have been built in this process (the test that loading the rules builds none). */
export function onDemandBuilt(): number {
  return builtOnDemand;
}

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
export function bundled<S extends z.ZodType>(file: string, schema: () => S, data: Widened<z.output<S>>): z.output<S> {
  registered.push({
    file,
    get schema() {
      return schema();
    },
    data,
  });
  return data as z.output<S>;
}

/** Every dictionary registered so far (the modules that read them must have been imported). */
export function bundledDictionaries(): readonly BundledDictionary[] {
  return registered;
}
