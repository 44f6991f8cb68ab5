import { readFile } from 'node:fs/promises';
import PostalMime from 'postal-mime';
import { DraftSchema, type Draft } from '../engine/types';

export class InputError extends Error {}

export async function readText(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

/** Every line is validated before any is analysed: bad input never yields half an answer. */
export function parseJsonl(text: string, name: string): Draft[] {
  const drafts: Draft[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new InputError(`${name}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = DraftSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(`${name}:${i + 1}: field "${issue.path.join('.') || '(draft)'}": ${issue.message}`);
    }
    drafts.push(parsed.data);
  });
  return drafts;
}

/** A plain-text draft (the body) or a saved message (.eml: subject and text body through postal-mime). */
export async function readDraftFile(file: string): Promise<{ subject: string; body: string; to: string[] }> {
  if (/\.eml$/i.test(file)) {
    const raw = file === '-' ? await readText('-') : await readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new InputError(`${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    });
    const mail = await PostalMime.parse(raw);
    const body = mail.text ?? htmlToText(mail.html ?? '');
    if (!body.trim() && !mail.subject) throw new InputError(`${file}: no text part and no subject found in the message`);
    return { subject: mail.subject ?? '', body: body.replace(/\r\n/g, '\n'), to: (mail.to ?? []).map((a) => ('address' in a ? a.address ?? '' : '')) };
  }
  return { subject: '', body: await readText(file), to: [] };
}

function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
