import type { z } from 'zod';

/** The default limit on one draft's text (subject and body, UTF-8): far above any real mail. */
export const DEFAULT_MAX_SIZE = 1024 * 1024;

/** "1M", "512K", "2000000" (bytes) → bytes; undefined when it is not a size. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmM]i?[bB]?|[bB])?$/.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase()[0];
  const n = Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : 1);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : undefined;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`;
  return `${bytes} bytes`;
}

/** An error when the draft's text is over the limit, saying how to raise it; undefined when it fits. */
export function sizeProblem(parts: Array<string | undefined>, max: number): string | undefined {
  let bytes = 0;
  for (const p of parts) if (p) bytes += Buffer.byteLength(p, 'utf8');
  if (bytes <= max) return undefined;
  return `the draft is ${formatSize(bytes)}, over the limit of ${formatSize(max)} per draft; raise it with --max-size ${formatSize(Math.ceil(bytes / (1024 * 1024)) * 1024 * 1024).replace(' MB', 'M')}`;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Why `text` is not a real ISO date (YYYY-MM-DD) or, when `dateTime`, date-time (2025-12-01T09:00, with
 * optional seconds and zone); undefined when it is one. 2026-02-30 and 25:00 are not.
 */
export function isoDateProblem(text: string, dateTime: boolean): string | undefined {
  const shape = dateTime
    ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/
    : /^(\d{4})-(\d{2})-(\d{2})$/;
  const example = dateTime ? 'YYYY-MM-DD or an ISO date-time such as 2025-12-01T09:00:00+09:00' : 'YYYY-MM-DD, such as 2025-12-01';
  const m = shape.exec(text);
  if (!m) return `"${text}" is not a date; use ${example}`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `"${text}" has no month ${m[2]} (01–12); use ${example}`;
  const days = mo === 2 && leap(y) ? 29 : DAYS[mo - 1]!;
  if (d < 1 || d > days) return `"${text}" is not a date: ${MONTHS[mo - 1]} ${y} has days 01–${days}`;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59))) {
    return `"${text}" has no such time of day (00:00–23:59)`;
  }
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return `"${text}" has no such UTC offset (−12:00 to +14:00)`;
  return undefined;
}

/** One zod issue as a sentence naming the field, what was given and, for a choice, every allowed value. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path.map(String).join('.');
  const given = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), input);
  const field = path ? `field "${path}"` : 'the draft';
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = (issue.values as unknown[]).map((v) => JSON.stringify(v)).join(', ');
    return `${field}: ${JSON.stringify(given)} is not allowed; allowed values: ${allowed}`;
  }
  if (issue.code === 'invalid_type') {
    return `${field}: ${given === undefined ? 'missing' : `${JSON.stringify(given)} is not`} ${given === undefined ? `(expected ${issue.expected})` : `a ${issue.expected}`}`;
  }
  return `${field}: ${issue.message}`;
}
