// One web client Nemawashi works in: its id (sent in every analyze request), its name as the popup shows
// it, the pages it runs on (content-script matches and host permissions) and its DOM adapter. Each client
// is one folder under src/adapters/: its description in client.ts (no DOM code: the registry, the protocol's
// client enum and so the engine worker read it) and, in index.ts, the description with its adapter.
export interface ClientDescription<Id extends string = string> {
  id: Id;
  label: { en: string; ja: string };
  /** Match patterns of the pages this client lives on (manifest content-script matches, host permissions). */
  matches: readonly string[];
}

export interface ClientEntry<Id extends string = string, A = unknown> extends ClientDescription<Id> {
  adapter: A;
}

export function describeClient<const Id extends string>(description: ClientDescription<Id>): ClientDescription<Id> {
  return description;
}

export function defineClient<const Id extends string, A>(entry: ClientEntry<Id, A>): ClientEntry<Id, A> {
  return entry;
}
