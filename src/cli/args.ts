import { z } from 'zod';
import { DEFAULT_MAX_SIZE, describeIssue, isoDateProblem, parseSize } from './checks';

/** The command line, validated like every other boundary. */
export const CheckArgsSchema = z.object({
  command: z.literal('check', { error: 'the only command is `check` (see --help)' }),
  jsonl: z.string().optional(),
  file: z.string().optional(),
  json: z.boolean().default(false),
  /** With --jsonl: each result also lists the candidates rules' guards stopped (Engine trace, the guard ledger). */
  trace: z.boolean().default(false),
  policy: z.string().optional(),
  lang: z.enum(['en', 'ja']).default('en'),
  recipient: z.enum(['client', 'prospect', 'internal']).optional(),
  firstContact: z.boolean().optional(),
  now: z
    .string()
    .superRefine((v, ctx) => {
      const problem = isoDateProblem(v, false);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  /** The largest draft (subject and body, UTF-8 bytes) checked; a bigger one is refused, not truncated. */
  maxSize: z.number().int().positive().default(DEFAULT_MAX_SIZE),
});
export type CheckArgs = z.infer<typeof CheckArgsSchema>;

export const USAGE = `usage:
  nemawashi check --jsonl FILE|-            one draft (JSON) a line in, one result (JSON) a line out
                  [--trace]                 each result also lists "suppressed": candidates a rule's guard stopped
  nemawashi check FILE.txt|FILE.eml [--json] [--recipient client|prospect|internal]
                  [--first-contact] [--now YYYY-MM-DD] [--lang en|ja]
options:
  --policy FILE   an organisation policy (JSON) to apply
  --json          the result as one JSON document instead of a report
  --max-size SIZE the largest draft checked, e.g. 4M or 512K (default 1M); a bigger one is an error
files: UTF-8 (a byte-order mark is fine); a .txt or an .eml without a charset may also be Shift_JIS,
EUC-JP or ISO-2022-JP (detected). Exit status: 0 checked, 2 bad input (nothing on stdout).`;

const OPTIONS = ['--jsonl', '--json', '--trace', '--policy', '--lang', '--recipient', '--first-contact', '--now', '--max-size', '--help'];

export function parseArgs(argv: string[]): CheckArgs {
  const raw: Record<string, unknown> = { command: argv[0] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--jsonl') raw.jsonl = value();
    else if (a === '--json') raw.json = true;
    else if (a === '--trace') raw.trace = true;
    else if (a === '--policy') raw.policy = value();
    else if (a === '--lang') raw.lang = value();
    else if (a === '--recipient') raw.recipient = value();
    else if (a === '--first-contact') raw.firstContact = true;
    else if (a === '--now') raw.now = value();
    else if (a === '--max-size') {
      const v = value();
      const size = parseSize(v);
      if (size === undefined) throw new UsageError(`--max-size: "${v}" is not a size; use bytes or a number with K or M, such as 4M`);
      raw.maxSize = size;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}; allowed: ${OPTIONS.join(', ')}`);
    else if (raw.file === undefined) raw.file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  const parsed = CheckArgsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path[0] === 'command' ? 'command' : `--${String(issue.path[0] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new UsageError(describeIssue(issue, raw).replace(/^field "[^"]*"/, name));
  }
  if (!parsed.data.jsonl && !parsed.data.file) throw new UsageError('give a FILE or --jsonl FILE');
  return parsed.data;
}

export class UsageError extends Error {}
