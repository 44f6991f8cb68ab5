// The client registry is the one list of web clients: every folder under src/adapters/ is registered, and
// the manifest hosts, the protocol's client enum and the content scripts all come from it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_IDS, CLIENT_MATCHES, CLIENTS, clientLabel } from '../../../src/adapters/registry';
import { gcal } from '../../../src/adapters/gcal';
import { gmail } from '../../../src/adapters/gmail';
import { outlook } from '../../../src/adapters/outlook';
import { outlookCalendar } from '../../../src/adapters/outlook-calendar';
import { MAIL_HOSTS } from '../../../src/extension/hosts';
import { MailClientSchema } from '../../../src/extension/protocol';

const ADAPTERS = join(__dirname, '../../../src/adapters');
const ENTRYPOINTS = join(__dirname, '../../../entrypoints');
const folders = readdirSync(ADAPTERS).filter((name) => statSync(join(ADAPTERS, name)).isDirectory());

describe('client registry', () => {
  it('registers every client folder, under the folder’s name, with client.ts, index.ts and selectors.ts', () => {
    expect(folders.sort()).toEqual(CLIENTS.map((c) => c.id).sort());
    for (const folder of folders) {
      expect(existsSync(join(ADAPTERS, folder, 'client.ts')), `${folder}/client.ts`).toBe(true);
      expect(existsSync(join(ADAPTERS, folder, 'index.ts')), `${folder}/index.ts`).toBe(true);
      expect(existsSync(join(ADAPTERS, folder, 'selectors.ts')), `${folder}/selectors.ts`).toBe(true);
    }
  });

  it('gives every client an English and a Japanese label and https match patterns', () => {
    for (const c of CLIENTS) {
      expect(c.label.en.length).toBeGreaterThan(2);
      expect(c.label.ja).toMatch(/\S/);
      for (const m of c.matches) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    }
    expect(clientLabel('gcal', 'ja')).toBe('Google カレンダー');
    expect(clientLabel('outlook-calendar', 'en')).toBe('Outlook Calendar');
  });

  it('derives the host permissions: the mail hosts plus calendar.google.com, nothing else', () => {
    expect(MAIL_HOSTS).toEqual(CLIENT_MATCHES);
    expect([...MAIL_HOSTS].sort()).toEqual(
      ['https://calendar.google.com/*', 'https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'].sort(),
    );
  });

  it('gives each content script the client the registry describes, with its adapter', () => {
    for (const entry of [gmail, outlook, gcal, outlookCalendar]) {
      const { adapter, ...description } = entry;
      expect(description).toEqual(CLIENTS.find((c) => c.id === entry.id));
      expect(adapter).toBeTruthy();
    }
  });

  it('derives the protocol’s client enum', () => {
    expect(MailClientSchema.options).toEqual(CLIENT_IDS);
    expect(MailClientSchema.safeParse('gcal').success).toBe(true);
    expect(MailClientSchema.safeParse('yahoo').success).toBe(false);
  });

  it('has one content script per client, whose matches come from the registry', () => {
    for (const c of CLIENTS) {
      const file = join(ENTRYPOINTS, `${c.id}.content`, 'index.ts');
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/matches: \[\.\.\.\w+\.matches\]/);
    }
  });
});
