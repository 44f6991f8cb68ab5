import { readFile } from 'node:fs/promises';
import PostalMime from 'postal-mime';
import { DraftSchema, type Draft } from '../engine/types';
import { describeIssue, isoDateProblem, sizeProblem } from './checks';
import { charsetlessMailToUtf8, decodeText } from './decode';

export class InputError extends Error {}

async function readBytes(file: string): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (e) {
    throw new InputError(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

/** A UTF-8 text file (JSON Lines, a policy); a byte-order mark is dropped. */
export async function readText(file: string): Promise<string> {
  const text = (await readBytes(file)).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Every line is validated before any is analysed: bad input never yields half an answer. */
export function parseJsonl(text: string, name: string, maxSize = Infinity): Draft[] {
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
    if (!parsed.success) throw new InputError(`${name}:${i + 1}: ${describeIssue(parsed.error.issues[0]!, raw)}`);
    const now = parsed.data.context.now;
    const nowProblem = now === undefined ? undefined : isoDateProblem(now, true);
    if (nowProblem) throw new InputError(`${name}:${i + 1}: field "context.now": ${nowProblem}`);
    const tooBig = sizeProblem([parsed.data.subject, parsed.data.body, parsed.data.when], maxSize);
    if (tooBig) throw new InputError(`${name}:${i + 1}: ${tooBig}`);
    drafts.push(parsed.data);
  });
  return drafts;
}

/**
 * A plain-text draft (the body) or a saved message (.eml: subject and text body through postal-mime). Text
 * without a declared charset is detected (UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP); a byte-order mark is fine.
 */
export async function readDraftFile(file: string): Promise<{ subject: string; body: string; to: string[] }> {
  if (/\.eml$/i.test(file)) {
    const raw = charsetlessMailToUtf8(await readBytes(file));
    const mail = await PostalMime.parse(raw);
    const body = mail.text ?? htmlToText(mail.html ?? '');
    if (!body.trim() && !mail.subject) throw new InputError(`${file}: no text part and no subject found in the message`);
    return { subject: mail.subject ?? '', body: body.replace(/\r\n/g, '\n'), to: (mail.to ?? []).map((a) => ('address' in a ? a.address ?? '' : '')) };
  }
  return { subject: '', body: decodeText(await readBytes(file), file, (m) => new InputError(m)), to: [] };
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
