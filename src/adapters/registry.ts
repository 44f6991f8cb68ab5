// Every web client Nemawashi works in, in one list. The manifest's host permissions and content-script
// matches, the protocol's client enum and the popup's client names are derived from it. Adding a client:
// a folder under src/adapters/<client>/ (index.ts, selectors.ts), one line here, one content script.
import { gcal } from './gcal';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { outlookCalendar } from './outlook-calendar';

export const CLIENTS = [gmail, outlook, gcal, outlookCalendar] as const;

export type ClientId = (typeof CLIENTS)[number]['id'];
export const CLIENT_IDS = CLIENTS.map((c) => c.id) as [ClientId, ...ClientId[]];

/** Every page any client lives on (manifest host_permissions), each pattern once. */
export const CLIENT_MATCHES: string[] = [...new Set(CLIENTS.flatMap((c) => c.matches))];

export function clientLabel(id: string, lang: 'en' | 'ja'): string {
  return CLIENTS.find((c) => c.id === id)?.label[lang] ?? id;
}
