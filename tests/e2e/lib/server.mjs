// The fixture server: one HTTPS server answering as every mail host (Chromium maps the real host names to
// it). The Host header picks the client; /fixture/<client>/<file> serves that client's scripts and styles,
// every other path serves the client's app page, as the real single-page apps do.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import { extname, join, normalize } from 'node:path';
import { ROOT } from './build.mjs';
import { selfSignedCertificate } from './cert.mjs';

export const GMAIL_HOSTS = ['mail.google.com'];
export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];
export const GCAL_HOSTS = ['calendar.google.com'];
/** Every host the fixtures answer as (Chromium maps each to this server). */
export const MAIL_HOSTS = [...GMAIL_HOSTS, ...OUTLOOK_HOSTS, ...GCAL_HOSTS];

const FIXTURES = join(ROOT, 'tests', 'e2e', 'fixtures');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };

/** The fixture a page request gets: by host, and on Outlook's hosts by path (/calendar is its event form). */
function clientFor(host, path) {
  const name = (host ?? '').split(':')[0];
  if (GMAIL_HOSTS.includes(name)) return 'gmail';
  if (OUTLOOK_HOSTS.includes(name)) return /^\/calendar(\/|$)/.test(path) ? 'outlook-calendar' : 'outlook';
  if (GCAL_HOSTS.includes(name)) return 'gcal';
  return null;
}

export async function startFixtureServer() {
  const { key, cert } = selfSignedCertificate([...MAIL_HOSTS, 'localhost']);
  const server = createServer({ key, cert }, async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'https://fixture');
      const client = clientFor(req.headers.host, url.pathname);
      let file;
      if (url.pathname.startsWith('/fixture/')) {
        file = normalize(join(FIXTURES, url.pathname.slice('/fixture/'.length)));
        if (!file.startsWith(FIXTURES)) throw Object.assign(new Error('outside fixtures'), { status: 403 });
      } else if (client) {
        file = join(FIXTURES, client, 'index.html');
      } else {
        throw Object.assign(new Error(`unknown host ${req.headers.host}`), { status: 404 });
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch (error) {
      res.writeHead(error.status ?? 404, { 'content-type': 'text/plain' });
      res.end(String(error.message ?? error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { port, close: () => new Promise((resolve) => server.close(resolve)) };
}
