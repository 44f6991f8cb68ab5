import { z } from 'zod';

/** The command line, validated like every other boundary. */
export const CheckArgsSchema = z.object({
  command: z.literal('check', { error: 'the only command is `check` (see --help)' }),
  jsonl: z.string().optional(),
  file: z.string().optional(),
  json: z.boolean().default(false),
  policy: z.string().optional(),
  lang: z.enum(['en', 'ja']).default('en'),
  recipient: z.enum(['client', 'prospect', 'internal']).optional(),
  firstContact: z.boolean().optional(),
  now: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '--now takes a date such as 2025-12-01').optional(),
});
export type CheckArgs = z.infer<typeof CheckArgsSchema>;

export const USAGE = `usage:
  nemawashi check --jsonl FILE|-            one draft (JSON) a line in, one result (JSON) a line out
  nemawashi check FILE.txt|FILE.eml [--json] [--recipient client|prospect|internal]
                  [--first-contact] [--now YYYY-MM-DD] [--lang en|ja]
options:
  --policy FILE   an organisation policy (JSON) to apply
  --json          the result as one JSON document instead of a report`;

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
    else if (a === '--policy') raw.policy = value();
    else if (a === '--lang') raw.lang = value();
    else if (a === '--recipient') raw.recipient = value();
    else if (a === '--first-contact') raw.firstContact = true;
    else if (a === '--now') raw.now = value();
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (raw.file === undefined) raw.file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  const parsed = CheckArgsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${issue.path.join('.') || 'arguments'}: ${issue.message}`);
  }
  if (!parsed.data.jsonl && !parsed.data.file) throw new UsageError('give a FILE or --jsonl FILE');
  return parsed.data;
}

export class UsageError extends Error {}
