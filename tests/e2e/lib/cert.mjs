// A throw-away self-signed certificate for the fixture server, made at test time with the openssl CLI
// (no private key is committed). Chromium is started with --ignore-certificate-errors, so it only has to
// be a valid certificate, not a trusted one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function selfSignedCertificate(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'nemawashi-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const san = hosts.map((h) => `DNS:${h}`).join(',');
  const r = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=nemawashi-test', '-addext', `subjectAltName=${san}`],
    { encoding: 'utf8' },
  );
  if (r.error || r.status !== 0) {
    throw new Error(`openssl could not make a test certificate (${r.error?.message ?? r.stderr}). Install it with: apt-get install -y openssl`);
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
