import { Engine, type Analysis } from '../engine/engine';
import { sharedNodeTokenizer } from '../engine/node-dictionary';
import { useNodeEnglishModel } from '../engine/node-english-model';
import type { JapaneseTokenizer } from '../engine/tokenizer';
import type { DraftInput } from '../engine/types';
import { validatePolicyJson as parsePolicyJson } from '../policy/registry';
import { DEFAULT_POLICY, type Policy } from '../policy/schema';
import { RULES } from '../rules';
import { parseArgs, UsageError, USAGE } from './args';
import { InputError, parseJsonl, readDraftFile, readText } from './input';
import { sizeProblem } from './checks';
import { formatReport } from './report';

/** The CLI of ../shared/spec/findings.md. Returns the exit status: 0 ran, 2 bad input. */
export async function main(argv: string[]): Promise<number> {
  // wink-nlp's English model: the data file the extension packages, read on the first English sentence.
  useNodeEnglishModel();
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const args = parseArgs(argv);
    const policy = args.policy ? await loadPolicy(args.policy) : DEFAULT_POLICY;
    if (args.jsonl) {
      const drafts = parseJsonl(await readText(args.jsonl), args.jsonl === '-' ? 'stdin' : args.jsonl, args.maxSize);
      const engine = new Engine({ rules: RULES, tokenizer: await tokenizer(), trace: args.trace });
      const lines = drafts.map((d) => {
        const analysis = analyzed(engine, d, policy, `draft ${d.id ?? '?'}`);
        return JSON.stringify({ id: d.id, findings: analysis.findings, ...(args.trace ? { suppressed: analysis.suppressions ?? [] } : {}) });
      });
      process.stdout.write(lines.length ? lines.join('\n') + '\n' : '');
      return 0;
    }
    const file = args.file!;
    const { subject, body } = await readDraftFile(file);
    const tooBig = sizeProblem([subject, body], args.maxSize);
    if (tooBig) throw new InputError(`${file}: ${tooBig}`);
    const draft = {
      subject,
      body,
      kind: 'email' as const,
      context: {
        ...(args.recipient ? { recipient: args.recipient } : {}),
        ...(args.firstContact !== undefined ? { firstContact: args.firstContact } : {}),
        ...(args.now ? { now: args.now } : {}),
      },
    };
    const engine = new Engine({ rules: RULES, tokenizer: await tokenizer() });
    const findings = analyzed(engine, draft, policy, file).findings;
    if (args.json) console.log(JSON.stringify({ file, subject, findings }, null, 2));
    else console.log(formatReport(file, draft, findings, args.lang, process.stdout.isTTY ?? false));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`nemawashi: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError) {
      console.error(`nemawashi: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

/** The findings of `draft`; a rule that threw on it is named on stderr (the others' findings are all there). */
function analyzed(engine: Engine, draft: DraftInput, policy: Policy, where: string): Analysis {
  const analysis = engine.analyzeWithStatus(draft, policy);
  for (const f of analysis.failedRules) {
    console.error(`nemawashi: ${where}: rule ${f.ruleId} failed ${f.count} time(s) (${f.error}); its findings are left out.`);
  }
  return analysis;
}

async function loadPolicy(file: string): Promise<Policy> {
  const result = parsePolicyJson(await readText(file));
  if (!result.ok) throw new InputError(`${file}: invalid policy: ${result.error}`);
  return result.policy;
}

/** The Japanese dictionary; when it cannot load, English checks still run and stderr says so. */
async function tokenizer(): Promise<JapaneseTokenizer | null> {
  try {
    return await sharedNodeTokenizer();
  } catch (e) {
    console.error(`nemawashi: the Japanese dictionary could not be loaded (${(e as Error).message}); only English and phrase checks ran.`);
    return null;
  }
}
