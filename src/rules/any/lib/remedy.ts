import { englishFacts, type EnFacts } from '../../../engine/analysis/en';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';
import { hasCushion } from '../../ja/lib/cushion';
import { REMEDY } from '../../ja/lib/dictionaries';

/**
 * Round 30: what clears a bare no when it comes in the sentence AFTER it — read the same way by every refusal rule that
 * looks beyond the sentence, in English and in Japanese (a mixed mail answers in either).
 *
 * The spec (findings.md): a refusal "with a cushion and a softened form" is clean; a reason alone is not. So the sentence
 * after a bare verdict clears it when it gives the reader somewhere to go:
 * - an alternative offered ("We can offer a 50 m re-dye instead", 「代わりに…をご用意できます」, 「翌週であれば対応可能です」);
 * - a promise to consult or come back ("I will check with our plant", 「社内で検討のうえ、改めてご連絡いたします」);
 * - an offer of ours ("we could send a sample kit");
 * - the no said again, softened ("I'm afraid we are unable to re-dye it", 「あいにく…いたしかねます」).
 * An apology or a regret alone ("We apologise for the trouble this lot has caused.", 「ご期待に沿えず申し訳ございません」) is
 * a cushion after the door is shut, not a way forward: the verdict stays bare (r29 au1-027).
 * Nor is the limit said again as the only form ("The leaf is available in 1 kg bags only.", r29 au1-050): that restates it.
 */
export type Remedy = 'alternative' | 'consult' | 'offer' | 'softened-restatement';

/** The remedy an English sentence offers, from its parse; undefined for an apology, a reason or a restatement alone. */
export function englishRemedy(f: EnFacts): Remedy | undefined {
  if (f.cues.alternative !== undefined) return 'alternative';
  if (f.cues.consult !== undefined) return 'consult';
  if (ourOffer(f)) return 'offer';
  // A cushion over a no of its own: the verdict restated in the softened form.
  if (f.cues.cushion !== undefined && (f.refusal !== undefined || f.clauses.some((c) => c.negation !== undefined) || UNABLE.test(f.tokens.map((t) => t.lower).join(' ')))) {
    return 'softened-restatement';
  }
  return undefined;
}

/**
 * "We could offer a maintenance plan", "we can send a kit": our side offering what it can, not a limit ("we can ship in 1 kg
 * bags only") nor a plan of ours told ("Our technician will arrive on 6 July as planned", D4 d4-050: "will" is no offer).
 */
function ourOffer(f: EnFacts): boolean {
  return f.acts.includes('offer') || f.clauses.some((c) => c.subject?.side === 'we' && c.negation === undefined && !c.conditional &&
    (c.modal === 'can' || c.modal === 'could') && !ONLY.test(f.tokens.slice(c.from, c.to).map((t) => t.lower).join(' ')));
}

const UNABLE = /\b(?:unable|not able|cannot|can't|can ’t|can 't|ca n't|difficult)\b/;
const ONLY = /\b(?:only|solely|exclusively)\b/;

/** 代わりに / 代替 / 代案: another way named. */
const JA_INSTEAD = /代わり|代替|代案/;
/** What we can do on a condition: 翌週であれば対応可能です, 500個以上であれば承ることができます. */
const JA_ON_CONDITION = /であれば|でしたら|ならば|場合(?:に)?は|よろしければ/;
const JA_WE_CAN = /可能|でき(?:ます|る)|承(?:ります|れます|る)|いたします|ご用意|手配|ご提案|伺/;
/**
 * A promise to consult or to come back: 社内で検討いたします, 確認のうえ改めてご連絡いたします, 上長と相談し — entries of
 * dictionaries/ja/remedy.json, each with its own examples (round 31: moved out of code).
 */
const JA_CONSULT = REMEDY.consult.map((e) => new RegExp(e.pattern));
/** An offer of ours: ご提案いたします, ご用意できます, ご紹介いたします, お送りいたします. */
const JA_OFFER = /ご(?:提案|用意|紹介|案内)(?:いたし|させて|でき|が可能)|お(?:送り|届け|持ち)(?:いたし|でき|することが可能)/;
/** The no in the softened form: …かねます, 難しい状況です. */
const JA_SOFT_NO = /かね(?:ます|る)|難しい状況|ご期待に沿えない/;

/**
 * Round 46 (gb-011): 「支払サイトの延長について、社内で検討いたしました。」 — a consultation told as done (past) is the ground of the
 * answer that follows, no promise to come back; the same words ahead of us (検討いたします, 検討のうえ) still promise one.
 */
const DONE_AFTER = /^を?(?:いたし|致し|し|させていただき|させて頂き|いただき|頂き)?(?:ました|た(?!上|うえ))(?![^。]*(?:改めて|再度|引き続き))/;
function promised(re: RegExp, text: string): boolean {
  const m = re.exec(text);
  return m !== null && !DONE_AFTER.test(text.slice(m.index + m[0].length));
}

/** The remedy a Japanese sentence offers, from its text; undefined for a regret or an apology alone. */
export function japaneseRemedy(text: string): Remedy | undefined {
  if (JA_INSTEAD.test(text)) return 'alternative';
  const m = JA_ON_CONDITION.exec(text);
  if (m && JA_WE_CAN.test(text.slice(m.index + m[0].length))) return 'alternative';
  if (JA_CONSULT.some((re) => promised(re, text))) return 'consult';
  if (JA_OFFER.test(text)) return 'offer';
  if (hasCushion(text) && JA_SOFT_NO.test(text)) return 'softened-restatement';
  return undefined;
}

/** The remedy the sentence offers, read in its own language. */
export function remedyIn(ctx: RuleContext, s: Sentence | undefined): Remedy | undefined {
  if (s === undefined) return undefined;
  if (s.lang === 'en') return englishRemedy(ctx.facts.of(englishFacts, s));
  if (s.lang === 'ja') return japaneseRemedy(s.text);
  return undefined;
}
