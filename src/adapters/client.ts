// One web client Nemawashi works in: its id (sent in every analyze request), its name as the popup shows
// it, the pages it runs on (content-script matches and host permissions) and its DOM adapter. Each client
// is one folder under src/adapters/ exporting one of these; src/adapters/registry.ts lists them all.
export interface ClientEntry<Id extends string = string, A = unknown> {
  id: Id;
  label: { en: string; ja: string };
  /** Match patterns of the pages this client lives on (manifest content-script matches, host permissions). */
  matches: readonly string[];
  adapter: A;
}

export function defineClient<const Id extends string, A>(entry: ClientEntry<Id, A>): ClientEntry<Id, A> {
  return entry;
}
