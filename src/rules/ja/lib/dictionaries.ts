// The Japanese phrase data (dictionaries/ja/*.json), validated once at load with zod so that a bad edit
// to a dictionary fails loudly in the tests instead of silently switching a rule off.
import { z } from 'zod';
import badNewsJson from '../../../../dictionaries/ja/bad-news.json';
import casualJson from '../../../../dictionaries/ja/casual-forms.json';
import casualEndingsJson from '../../../../dictionaries/ja/casual-endings.json';
import chatLineJson from '../../../../dictionaries/ja/chat-line.json';
import coldOutreachJson from '../../../../dictionaries/ja/cold-outreach.json';
import conditionalLossJson from '../../../../dictionaries/ja/conditional-loss.json';
import cushionsJson from '../../../../dictionaries/ja/cushions.json';
import decisionPressureJson from '../../../../dictionaries/ja/decision-pressure.json';
import greetingsJson from '../../../../dictionaries/ja/greetings.json';
import intensifiersJson from '../../../../dictionaries/ja/intensifiers.json';
import keigoJson from '../../../../dictionaries/ja/keigo.json';
import newsJson from '../../../../dictionaries/ja/news.json';
import newsTermsJson from '../../../../dictionaries/ja/news-terms.json';
import pressureJson from '../../../../dictionaries/ja/pressure.json';
import refusalsJson from '../../../../dictionaries/ja/refusals.json';
import remedyJson from '../../../../dictionaries/ja/remedy.json';
import salutationJson from '../../../../dictionaries/ja/salutation.json';
import trailedRefusalJson from '../../../../dictionaries/ja/trailed-refusal.json';
import { bundled, onDemand } from '../../bundled';
import { WordClassSchema, wordLists } from '../../word-class';

const id = onDemand(() => z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'));
const phrases = onDemand(() => z.array(z.string().min(1)).min(1));
const message = onDemand(() => z.object({ en: z.string().min(4), ja: z.string().min(2) }));
export const SuggestionDataSchema = onDemand(() => z.object({
  text: z.string(),
  label: z.string().min(2),
  labelJa: z.string().min(2),
}));
const withId = <T extends z.ZodRawShape>(shape: T) => z.object({ id: id(), ...shape });

export const CushionsSchema = onDemand(() => z.object({ description: z.string(), entries: z.array(withId({ phrase: z.string().min(2) })) }));

export const RefusalsSchema = onDemand(() => z.object({
  description: z.string(),
  actionNouns: phrases(),
  notRefusalBefore: phrases(),
  effortAfterBut: phrases(),
  /** Verbs of accepting or doing that are a no when negated at the end of a clause (受け付けておりません). */
  acceptanceVerbs: phrases(),
  /** Verbs that refuse only in the plain negative: 伺いません is a no, 伺っておりません reports what has not happened. */
  plainOnlyVerbs: phrases(),
  /** 五段 verbs whose potential (伺える, 送れる) negated is a no: IPADIC tags the potential as a verb of its own. */
  potentialOf: phrases(),
  /** Verbs whose 〜られない is not about our ability to act (考えられません, 信じられません). */
  notAbility: phrases(),
  /** What a negated sentence is good news about (値上げは行っておりません, 費用は発生しません). */
  reassuringTopics: phrases(),
  /**
   * Nouns that turn a cost topic into a relief for the client (手数料の返金, キャンセル料の免除): declined, they
   * refuse what the client asked for, so the cost topic before them reassures nothing.
   */
  reliefNouns: phrases(),
  /** Burdens only we impose (値上げ, 違約金): no client asks us to accept them, so any chosen no is good news. */
  burdenTopics: phrases(),
  /** Verbs of taking money (いただく, 請求する): negated after a charge (保管料は…いただきません), good news. */
  chargeVerbs: phrases(),
  /** What a client asks a supplier to give (値引き, 無償交換, 延長): declined, it answers a request. */
  concessionNouns: phrases(),
  /** A product as the subject (本機は…対応しておりません): a specification, not a refusal. */
  productSubjects: phrases(),
  /** Outsiders our no keeps the client's things from (第三者に提供しておりません): a promise, not a refusal. */
  assuranceMarkers: phrases(),
  /** Round 46: counters and measures of a ceiling on what we give (3種類まで, 500gまで); no unit of time (日, 月: deadlines). */
  capUnits: WordClassSchema(),
  entries: z.array(
    withId({
      predicate: z.string(),
      before: z.string().optional(),
      /** The match is not a refusal when the text before it matches (寒さが厳しいです). */
      notBefore: z.string().optional(),
      /** May use $1 for the predicate's first group (範囲外です → 範囲外となっております). */
      polite: z.string().min(2),
      plain: z.string().min(2),
      /**
       * The predicate is already the softened form (応じかねます): what it lacks is the cushion, which every
       * suggestion of the rule adds, so `polite` may repeat it.
       */
      softenedByCushion: z.literal(true).optional(),
      /**
       * A no that a cushion cannot redeem (無理です, ムリっす): the word itself is blunt, so 申し訳ないけど無理です
       * still closes the door; the spec wants a cushion AND a softened form.
       */
      evenCushioned: z.literal(true).optional(),
      /**
       * Round 27: a no only to what the client asked for (ご用意がございません): told of its own accord the same words
       * inform (駐車場のご用意はございませんので…), so the rule needs their ask in sight.
       */
      needsAsk: z.literal(true).optional(),
      /**
       * Round 37 (refja37): a rule of ours told as the answer (貸出は終了しました, 〜が上限です), whose ask a reply implies when its
       * subject names the thing the sentence is about (Re: デモ機の貸出について): with needsAsk, the reply on that topic is the ask.
       */
      askedByReply: z.literal(true).optional(),
    }),
  ),
}));

const kind = onDemand(() => z.enum(['price', 'delay', 'shortage', 'discontinued', 'quality', 'staff']));
export const BadNewsSchema = onDemand(() => z.object({
  description: z.string(),
  apologies: phrases(),
  offersToMeet: phrases(),
  reasons: phrases(),
  notReasons: phrases(),
  leads: z.record(kind(), z.string().min(2)),
  /** A sentence of apology of its own, written on the line after a status line (■納期：6/10 → 7/24) that no lead can open. */
  itemApologies: z.record(kind(), z.string().min(2)),
  offers: z.array(withId({ text: z.string().min(2), label: z.string(), labelJa: z.string() })).min(1),
}));

const words = onDemand(() => z.array(z.string().min(1).max(12)).min(1));
/** Cues of bad news (read by src/engine/analysis/ja-news.ts); each entry shows and refutes itself. */
export const NewsSchema = onDemand(() => z.object({
  description: z.string(),
  entries: z.array(
    withId({
      kind: kind(),
      phrases: words().optional(),
      verbs: words().optional(),
      with: words().optional(),
      negated: z.boolean().optional(),
      /** Counts in a request too, when the request is the cue's own predicate (使用を中止してください). */
      asked: z.boolean().optional(),
      /** A decision of ours on one act (an event called off): asked for by the client, it answers them (a refusal). */
      decision: z.boolean().optional(),
      /** Round 48: words that make the cue no news where the sentence holds one (a charge lowered: 引き下げ, 減額). */
      notWith: words().optional(),
      has: z.array(z.string().min(4)).min(1),
      hasNot: z.array(z.string().min(4)).min(1),
    }).refine((e) => e.phrases || e.verbs, 'an entry needs phrases or verbs'),
  ),
  supplyNouns: words(),
  scheduleNouns: words(),
  orderNouns: words(),
  mentionsAfter: words(),
  mentionVerbs: words(),
  provisionVerbs: words(),
  clientAsked: words(),
  conditions: words(),
  /** Round 39: words of a routine stop (年末年始, メンテナンス): a planned stop of a line or service with one is no news. */
  routineStops: WordClassSchema(),
  /** Round 41 (ja-news-mishaps.ts): the word classes of the mishap, contact and dealings readers. */
  contactHeads: WordClassSchema(),
  takeOverMarks: WordClassSchema(),
  sentActs: WordClassSchema(),
  mistakeMarks: WordClassSchema(),
  worseTerms: WordClassSchema(),
  sameAsBefore: WordClassSchema(),
  allotNouns: WordClassSchema(),
  askNouns: WordClassSchema(),
}));

export const PressureSchema = onDemand(() => z.object({
  description: z.string(),
  clientSchedule: WordClassSchema(),
  /** What a prospect decides or answers (ご決断, ご発注, ご回答): asked for under a time limit, pressure. */
  decisionNouns: WordClassSchema(),
  hurryWords: WordClassSchema(),
  /** An offer that ends (以降は, 過ぎると, 今だけ) when said of `offerNouns` (条件, 価格, 特典). */
  lapseMarkers: WordClassSchema(),
  offerNouns: WordClassSchema(),
  /** What a prospect gains by deciding within a time limit (無料, 値引, 特典): a reward for deciding now. */
  benefitWords: WordClassSchema(),
  /** Other companies as a subject (他社, 同業): said to be deciding, a push to follow them. */
  otherCompanies: WordClassSchema(),
  /** Words that put an offer in view: 残りわずか of 枠 or 在庫 is scarcity, of a job it is not. */
  offerInView: WordClassSchema(),
  /** Acts of a prospect short of a decision (打ち合わせ, 面談) a benefit may be tied to by a date. */
  engagementNouns: WordClassSchema(),
  /** Our withdrawing the offer (なかったことに, 白紙, 他社様に): threatened on a condition, an ultimatum. */
  withdrawals: WordClassSchema(),
  /** A limit on what is offered (限りがございます, 残りわずか): given as the reason to hurry, scarcity. */
  limits: WordClassSchema(),
  entries: z.array(
    withId({
      /** Absent for an entry the rule reads from the sentence's facts (a time limit on a decision). */
      pattern: z.string().max(90).optional(),
      /** Sentences the pattern must match, and look-alikes it must not (run by tests/unit/ja/dictionaries). */
      has: z.array(z.string().min(4)).optional(),
      hasNot: z.array(z.string().min(4)).optional(),
      requires: z.string().optional(),
      excludes: z.string().optional(),
      /** Counts only with a word of `offerInView` in the sentence (an offer in view for 残りわずか). */
      inOffer: z.boolean().optional(),
      scope: z.enum(['clause', 'match']),
      message: message(),
      suggestions: z.array(SuggestionDataSchema()).min(1),
    }),
  ),
}));

const suggestionWithId = onDemand(() => withId(SuggestionDataSchema().shape));
export const ColdOutreachSchema = onDemand(() => z.object({
  description: z.string(),
  openers: WordClassSchema(),
  introductions: WordClassSchema(),
  priorContact: WordClassSchema(),
  priorContactActions: WordClassSchema(),
  meetingRequests: WordClassSchema(),
  salesAsks: WordClassSchema(),
  followUpQuestions: WordClassSchema(),
  earlierPitch: WordClassSchema(),
  pitchWords: WordClassSchema(),
  noReply: WordClassSchema(),
  /** Regular expressions: asking someone who has not answered for just a status (ご検討状況だけでも). */
  statusChase: WordClassSchema(),
  /** Token words that make a request one for a meeting or a call; their dictionary forms for verbs. */
  meetingNouns: WordClassSchema(),
  meetingVerbs: WordClassSchema(),
  /** What makes a request an open invitation rather than an ask (ございましたら, 場合). */
  softConditions: WordClassSchema(),
  /** An earlier encounter, in a sentence that thanks for it (先月の展示会ではありがとうございました). */
  priorEncounters: WordClassSchema(),
  /** What a request to a stranger asks them to buy or try (導入, 申し込み, トライアル). */
  saleNouns: WordClassSchema(),
  /** The reader's problem in a negated question (お困り, お悩み, 課題, 手間): a pitch's opening. */
  problemWords: WordClassSchema(),
  replyNouns: WordClassSchema(),
  insistence: WordClassSchema(),
  contactNouns: WordClassSchema(),
  /** A subject that says the mail is sent again (【再送】): the mail chases an unanswered one. */
  resentMarks: WordClassSchema(),
  pitchSuggestions: z.array(suggestionWithId()).min(1),
  /** For a pitch that opens on the reader's problem and asks nothing: a plain self-introduction instead. */
  openingSuggestions: z.array(suggestionWithId()).min(1),
  questionSuggestions: z.array(suggestionWithId()).min(1),
  noReplySuggestions: z.array(suggestionWithId()).min(1),
}));

export const CasualSchema = onDemand(() => z.object({
  description: z.string(),
  entries: z.array(
    withId({ pattern: z.string(), end: z.boolean().optional(), message: message(), suggestions: z.array(SuggestionDataSchema()).min(1) }),
  ),
}));

const verbRef = onDemand(() => z.object({ base: z.string(), cType: z.string() }));
export const KeigoSchema = onDemand(() => z.object({
  description: z.string(),
  respectVerbs: z.array(withId({ base: z.string(), humble: z.array(verbRef()).min(1) })),
  humbleVerbs: z.array(withId({ base: z.string(), respect: verbRef() })),
  humbleWithSaseteItadaku: z.array(
    withId({
      pattern: z.string(),
      masu: z.string(),
      dict: z.string(),
      te: z.string(),
      potential: z.string(),
      alternative: z.string().optional(),
    }),
  ),
  humbleRequests: z.array(withId({ pattern: z.string(), suggestions: phrases() })),
  clientActionNouns: WordClassSchema(),
  clientThings: WordClassSchema(),
  ownSide: WordClassSchema(),
  clientMarkers: WordClassSchema(),
  /** What a client person does themself (同席, 出席, 来社): never ours to do by their leave (させていただく). */
  clientOwnActs: WordClassSchema(),
  /** お/ご nouns that take になる in a set phrase (お世話になる): not the respect frame お〜になる. */
  notRespectFrames: WordClassSchema(),
  /** Outsiders named under 弊社の (弊社の顧客): not our own side. */
  ourPatrons: WordClassSchema(),
  /** Places a company has (工場, 本社): whose they are follows from who shows them and who visits. */
  places: WordClassSchema(),
  /** Done by the host of a place (ご案内いただき): if the client did it, the place is the client's. */
  hostActions: WordClassSchema(),
  /** Done by a visitor (見学させていただき, 伺い): if we did it, the place is the client's. */
  visitActions: WordClassSchema(),
}));

export const GreetingsSchema = onDemand(() => z.object({
  description: z.string(),
  openings: phrases(),
  closings: phrases(),
  openingSuggestions: z.object({ client: z.array(suggestionWithId()).min(1), firstContact: z.array(suggestionWithId()).min(1) }),
  closingSuggestions: z.array(suggestionWithId()).min(1),
}));

/** The closed classes lib/chat-line.ts reads in a line's last chunk (round 31: moved out of the code). */
export const ChatLineSchema = onDemand(() => z.object({
  description: z.string(),
  thinking: WordClassSchema(),
  reporting: WordClassSchema(),
  clauseParticles: WordClassSchema(),
  contact: WordClassSchema(),
}));

export const SalutationSchema = onDemand(() => z.object({
  description: z.string(),
  casualSuffixes: phrases(),
  honorificSuffixes: phrases(),
  companyMarkers: phrases(),
  departmentSuffixes: phrases(),
  titles: phrases(),
  titlesTakingSama: phrases(),
  kakuiRedundant: phrases(),
}));

/** Raw JSON by file name, for the dictionary test. */
export const RAW_DICTIONARIES = {
  'bad-news': badNewsJson,
  'casual-forms': casualJson,
  // Validated where its reader lives (lib/casual-endings.ts).
  'casual-endings': casualEndingsJson,
  'chat-line': chatLineJson,
  'cold-outreach': coldOutreachJson,
  // Validated where its reader lives (lib/conditional-loss.ts).
  'conditional-loss': conditionalLossJson,
  cushions: cushionsJson,
  // Validated where its readers live (lib/decision-pressure.ts).
  'decision-pressure': decisionPressureJson,
  greetings: greetingsJson,
  // Validated where its reader lives (lib/intensifiers.ts).
  intensifiers: intensifiersJson,
  keigo: keigoJson,
  news: newsJson,
  // Validated where its reader lives (src/engine/analysis/ja-news-terms.ts).
  'news-terms': newsTermsJson,
  pressure: pressureJson,
  refusals: refusalsJson,
  remedy: remedyJson,
  salutation: salutationJson,
  'trailed-refusal': trailedRefusalJson,
} as const;

/** Round 31: what makes a sentence after a bare no a promise to consult or to come back (any/lib/remedy.ts). */
export const RemedySchema = onDemand(() => z.object({
  description: z.string(),
  consult: z.array(withId({ pattern: z.string().max(80), has: phrases(), hasNot: phrases() })).min(1),
}));

export const CUSHION_ENTRIES = bundled('ja/cushions', CushionsSchema, cushionsJson).entries;
export const CUSHIONS = CUSHION_ENTRIES.map((e) => e.phrase);
export const REFUSALS = bundled('ja/refusals', RefusalsSchema, refusalsJson);
/**
 * The の-phrase a cost topic may head and still be what a no denies (費用の追加はしません), unless it names a
 * relief (手数料の返金はいたしません refuses the refund asked for).
 */
export const TOPIC_OF_PHRASE = `(?:の(?![ごお御]?(?:${REFUSALS.reliefNouns.join('|')}))[^、。はもをがの]{1,6})?`;
export const BAD_NEWS = bundled('ja/bad-news', BadNewsSchema, badNewsJson);
export const NEWS = bundled('ja/news', NewsSchema, newsJson);
export const PRESSURE = wordLists(bundled('ja/pressure', PressureSchema, pressureJson));
/** Its word lists are word classes with examples in the file (round 31); the readers get the plain lists. */
export const COLD_OUTREACH = wordLists(bundled('ja/cold-outreach', ColdOutreachSchema, coldOutreachJson));
export const CASUAL = bundled('ja/casual-forms', CasualSchema, casualJson);
export const KEIGO = wordLists(bundled('ja/keigo', KeigoSchema, keigoJson));
export const GREETINGS = bundled('ja/greetings', GreetingsSchema, greetingsJson);
export const CHAT_LINE = wordLists(bundled('ja/chat-line', ChatLineSchema, chatLineJson));
export const REMEDY = bundled('ja/remedy', RemedySchema, remedyJson);
export const SALUTATION = bundled('ja/salutation', SalutationSchema, salutationJson);

/** Round 32: the predicates of difficulty a trailed-off refusal ends on (lib/trailed-no.ts), a word class with its examples. */
export const TrailedRefusalSchema = onDemand(() => z.object({ description: z.string(), difficulty: WordClassSchema() }));
export const TRAILED_REFUSAL = wordLists(bundled('ja/trailed-refusal', TrailedRefusalSchema, trailedRefusalJson));
