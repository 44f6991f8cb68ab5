// Every web client Nemawashi works in, in one list. The manifest's host permissions and content-script
// matches, the protocol's client enum and the popup's client names are derived from it. Adding a client:
// a folder under src/adapters/<client>/ (client.ts, index.ts, selectors.ts), one line here, one content script.
// It reads each client's description (client.ts), never its DOM adapter: the protocol's client enum comes from
// here, and the engine worker, which parses that enum, must not carry the adapters' code.
import { GCAL_CLIENT } from './gcal/client';
import { GMAIL_CLIENT } from './gmail/client';
import { OUTLOOK_CLIENT } from './outlook/client';
import { OUTLOOK_CALENDAR_CLIENT } from './outlook-calendar/client';

export const CLIENTS = [GMAIL_CLIENT, OUTLOOK_CLIENT, GCAL_CLIENT, OUTLOOK_CALENDAR_CLIENT] as const;

export type ClientId = (typeof CLIENTS)[number]['id'];
export const CLIENT_IDS = CLIENTS.map((c) => c.id) as [ClientId, ...ClientId[]];

/** Every page any client lives on (manifest host_permissions), each pattern once. */
export const CLIENT_MATCHES: string[] = [...new Set(CLIENTS.flatMap((c) => c.matches))];

export function clientLabel(id: string, lang: 'en' | 'ja'): string {
  return CLIENTS.find((c) => c.id === id)?.label[lang] ?? id;
}
