import { defineRule } from '../../engine/rule';
import { englishFacts } from '../../engine/analysis/en';
import { arrangedMeeting, askAct, timeAsk, conditionOnReader, fitClaim, introducedBy, meetingAsk, notAcquainted, ourRange, ownCompanyDescribed, ownCompanyFeat, publicHook, selfIntroduction, valueClaim } from '../../engine/analysis/en-outreach';
import { ownCompanyWordsOf } from '../../engine/analysis/en-own-company';
import { isJapaneseName } from './lib/names';
import { OUTREACH, outreachSuggestion, suddenLead, wrappedAsk } from './lib/outreach';
import type { Suggestion, SuggestionEdit } from '../../engine/types';

/**
 * A first mail to someone who never asked for it, with no introduction, that opens with "I came across
 * your profile" or asks for "a quick 15-minute call". A document rule: whether an introduction exists is a
 * question about the whole mail.
 */
export default defineRule({
  id: 'en.cold-outreach.pitch-to-stranger',
  lang: 'en',
  category: 'cold-outreach',
  severity: 'warning',
  title: { en: 'Cold pitch and meeting ask to a stranger', ja: '紹介のない売り込みと面談依頼' },
  rationale: {
    en: 'Japanese companies build business through introductions. A stranger who found you online and asks for “15 minutes” straight away is easy to ignore and hard to trust. An introduction through a shared customer, or a modest self-introduction that asks only for permission to send information, opens far more doors.',
    ja: '日本の企業は紹介を通じて取引を始めます。ネットで見つけたという見知らぬ相手からいきなり「15分だけ」と面談を求められても、信頼は生まれません。共通の取引先からの紹介、あるいは控えめな自己紹介と資料送付の許可を伺うだけのメールのほうが、はるかに扉が開きます。',
  },
  examples: {
    valid: [
      { text: "Dear Mr. Noguchi,\n\nThank you for your enquiry about our vibration sensors at the Nagoya trade show.\nOur sensors have helped paper mills reduce unplanned stops by a third.\nWould a short online demo next week be useful?", context: { recipient: 'prospect', firstContact: true } },
      { text: "Dear Ms. Arai,\n\nPlease forgive this sudden message. My name is Clara Smith of Brightline Sensors.\nIf it would be of interest, may I send you a short brochure?", context: { recipient: 'prospect', firstContact: true } },
      { text: "Dear Mr. Imai,\n\nWe are a Berlin startup that has built a scheduling engine for CNC shops.\nOur white paper on spindle utilisation is attached.", context: { recipient: 'prospect', firstContact: true } },
      { text: "Dear Mr. Ueda,\n\nI hope you are well.\nCould we meet at your office on Thursday to review the trial results?", context: { recipient: 'prospect', firstContact: true } },
      {
        text: 'Dear Mr. Morikawa,\n\nMs. Naomi Tsuda at Seiwa Instruments kindly introduced us and suggested I get in touch with you.\nIf it would be helpful, I would be pleased to meet at your convenience.',
        context: { recipient: 'prospect', firstContact: true },
      },
      {
        text: 'Dear Ms. Hori,\n\nPlease forgive this sudden message. My name is Tom Reed of Aquaflow; we make water treatment membranes.\nIf it would be of interest, may I send you a short brochure?',
        context: { recipient: 'prospect', firstContact: true },
      },
      { text: 'Dear Mr. Ogawa,\n\nI saw on your website that you now export to Vietnam. Congratulations on the milestone.', context: { recipient: 'prospect', firstContact: true } },
      // Round 19: a mutual contact who sent us, in any verb; a first mail to a client.
      {
        text: 'Dear Ms. Harada,\n\nKenji Mori at the Finnish Chamber of Commerce told me your team is looking for birch plywood. He was kind enough to suggest I write to you.\nSavo Plywood is a Finnish mill with 300 employees. Could we meet when I am in Osaka in May?\n\nKind regards,\nMikko Virtanen\nSavo Plywood Oy',
        context: { recipient: 'prospect', firstContact: true },
      },
      {
        // A new account lead to an existing client: not a first contact with the company (the recipient control's switch).
        text: 'Dear Mr. Kawaguchi,\n\nMy name is Dana Whitfield, and I now lead Corvant Surgical\'s business in Japan.\nCould I visit your team in April to introduce myself?',
        context: { recipient: 'client', firstContact: false },
      },
      {
        text: 'Dear Mr. Terada,\n\nThank you for your time on the phone on Tuesday.\nOur engineer can join a short call at any time that suits you.',
        context: { recipient: 'prospect', firstContact: false },
      },
    ],
    invalid: [
      {
        // Round 20: a ranked self-description is the pitch; one finding from it to the ask.
        text: "Dear Mr. Morita,\n\nKessler is the technology leader for 5-axis machining of aluminium parts.\nWe propose a meeting at your Takaoka plant in October.\n\nBest regards\nMatthias Brenner\nKessler GmbH",
        context: { recipient: 'prospect', firstContact: true },
        flagged: "Kessler is the technology leader for 5-axis machining of aluminium parts.\nWe propose a meeting at your Takaoka plant in October.",
        outputs: ["Dear Mr. Morita,\n\nPlease forgive this sudden message from someone you have not yet met. Kessler is the technology leader for 5-axis machining of aluminium parts.\nIf it would be of interest, we propose a meeting at your Takaoka plant in October. If a meeting is too early, may I simply send you some brief information first?\n\nBest regards\nMatthias Brenner\nKessler GmbH", "Dear Mr. Morita,\n\nPlease forgive this sudden message from someone you have not yet met. Kessler is the technology leader for 5-axis machining of aluminium parts.\nIf it would be of interest, we propose a meeting at your Takaoka plant in October. If you would prefer, I would be glad to be introduced through one of our mutual customers.\n\nBest regards\nMatthias Brenner\nKessler GmbH"],
      },
      {
        text: "Dear Mr. Noguchi,\n\nMy name is Clara Smith and I lead sales at Brightline Sensors.\nOur vibration sensors have helped paper mills reduce unplanned stops by a third.\nCould we meet at your Fuji plant for half an hour next month?",
        context: { recipient: 'prospect', firstContact: true },
        flagged: "My name is Clara Smith and I lead sales at Brightline Sensors.\nOur vibration sensors have helped paper mills reduce unplanned stops by a third.\nCould we meet at your Fuji plant for half an hour next month?",
        outputs: ["Dear Mr. Noguchi,\n\nPlease forgive this sudden message from someone you have not yet met. My name is Clara Smith and I lead sales at Brightline Sensors.\nOur vibration sensors have helped paper mills reduce unplanned stops by a third.\nIf it would be of interest, could we meet at your Fuji plant for half an hour next month? If a meeting is too early, may I simply send you some brief information first?", "Dear Mr. Noguchi,\n\nPlease forgive this sudden message from someone you have not yet met. My name is Clara Smith and I lead sales at Brightline Sensors.\nOur vibration sensors have helped paper mills reduce unplanned stops by a third.\nIf it would be of interest, could we meet at your Fuji plant for half an hour next month? If you would prefer, I would be glad to be introduced through one of our mutual customers."],
      },
      {
        text: "Dear Ms. Arai,\n\nNorthwind Logistics is a fast-growing forwarder with hubs in Busan and Kaohsiung.\nWe offer competitive rates on reefer containers to Japan.\nPlease let me know when I could visit your office to present our services.",
        context: { recipient: 'prospect', firstContact: true },
        flagged: "We offer competitive rates on reefer containers to Japan.\nPlease let me know when I could visit your office to present our services.",
        outputs: ["Dear Ms. Arai,\n\nNorthwind Logistics is a fast-growing forwarder with hubs in Busan and Kaohsiung.\nPlease forgive this sudden message from someone you have not yet met. We offer competitive rates on reefer containers to Japan.\nIf it would be of interest, please let me know when I could visit your office to present our services. If a meeting is too early, may I simply send you some brief information first?", "Dear Ms. Arai,\n\nNorthwind Logistics is a fast-growing forwarder with hubs in Busan and Kaohsiung.\nPlease forgive this sudden message from someone you have not yet met. We offer competitive rates on reefer containers to Japan.\nIf it would be of interest, please let me know when I could visit your office to present our services. If you would prefer, I would be glad to be introduced through one of our mutual customers."],
      },
      {
        text: "Dear Mr. Imai,\n\nWe are a Berlin startup that has built a scheduling engine for CNC shops.\nI will call your office on Tuesday to arrange a demo.",
        context: { recipient: 'prospect', firstContact: true },
        flagged: "We are a Berlin startup that has built a scheduling engine for CNC shops.\nI will call your office on Tuesday to arrange a demo.",
        outputs: ["Dear Mr. Imai,\n\nPlease forgive this sudden message from someone you have not yet met. We are a Berlin startup that has built a scheduling engine for CNC shops.\nIf it would be of interest, I will call your office on Tuesday to arrange a demo. If a meeting is too early, may I simply send you some brief information first?", "Dear Mr. Imai,\n\nPlease forgive this sudden message from someone you have not yet met. We are a Berlin startup that has built a scheduling engine for CNC shops.\nIf it would be of interest, I will call your office on Tuesday to arrange a demo. If you would prefer, I would be glad to be introduced through one of our mutual customers."],
      },
      {
        text: 'I came across your profile on LinkedIn. We help factories cut energy costs.\nDo you have 15 minutes of your time next week?',
        context: { recipient: 'prospect', firstContact: true },
        flagged: "I came across your profile on LinkedIn. We help factories cut energy costs.\nDo you have 15 minutes of your time next week?",
        outputs: ["Please forgive this sudden message from someone you have not yet met. I came across your profile on LinkedIn. We help factories cut energy costs.\nIf it would be of interest, do you have 15 minutes of your time next week? If a meeting is too early, may I simply send you some brief information first?", "Please forgive this sudden message from someone you have not yet met. I came across your profile on LinkedIn. We help factories cut energy costs.\nIf it would be of interest, do you have 15 minutes of your time next week? If you would prefer, I would be glad to be introduced through one of our mutual customers."],
      },
      {
        text: 'I noticed your job posting for a maintenance planner.\nOur platform schedules maintenance for steel plants.\nCould we show you a short demo next week?',
        context: { recipient: 'prospect', firstContact: true },
        flagged: "I noticed your job posting for a maintenance planner.\nOur platform schedules maintenance for steel plants.\nCould we show you a short demo next week?",
        outputs: ["Please forgive this sudden message from someone you have not yet met. I noticed your job posting for a maintenance planner.\nOur platform schedules maintenance for steel plants.\nIf it would be of interest, could we show you a short demo next week? If a meeting is too early, may I simply send you some brief information first?", "Please forgive this sudden message from someone you have not yet met. I noticed your job posting for a maintenance planner.\nOur platform schedules maintenance for steel plants.\nIf it would be of interest, could we show you a short demo next week? If you would prefer, I would be glad to be introduced through one of our mutual customers."],
      },
      // Round 19: our company as the signature names it, described; the ask names their time by a noun of meeting.
      {
        text: "Dear Mr. Sugimoto,\n\nHalvorsen produces stainless fermentation tanks for craft breweries.\nPlease revert with a suitable slot for an introductory session with our sales director.\n\nKind regards,\nErik Lund\nHalvorsen Tank AS",
        context: { recipient: 'prospect', firstContact: true },
        flagged: "Halvorsen produces stainless fermentation tanks for craft breweries.\nPlease revert with a suitable slot for an introductory session with our sales director.",
        outputs: ["Dear Mr. Sugimoto,\n\nPlease forgive this sudden message from someone you have not yet met. Halvorsen produces stainless fermentation tanks for craft breweries.\nIf it would be of interest, please revert with a suitable slot for an introductory session with our sales director. If a meeting is too early, may I simply send you some brief information first?\n\nKind regards,\nErik Lund\nHalvorsen Tank AS", "Dear Mr. Sugimoto,\n\nPlease forgive this sudden message from someone you have not yet met. Halvorsen produces stainless fermentation tanks for craft breweries.\nIf it would be of interest, please revert with a suitable slot for an introductory session with our sales director. If you would prefer, I would be glad to be introduced through one of our mutual customers.\n\nKind regards,\nErik Lund\nHalvorsen Tank AS"],
      },
      {
        text: 'I hope this email finds you well. Our platform automates customs filings for importers.',
        context: { recipient: 'prospect', firstContact: true },
        flagged: "I hope this email finds you well.",
        outputs: ["Please forgive this sudden message. Our platform automates customs filings for importers."],
      },
    ],
  },
  document(ctx) {
    if (!ctx.firstContact) return;
    // A first contact is judged whoever the recipient is: the extension starts every mail to an outside address as
    // "client, first contact", so a stranger pitched there must be flagged. A new account manager's courtesy visit to
    // an existing client is written as a reply in the thread, or with first contact switched off (round 19).
    const english = ctx.sentences.filter((s) => s.lang === 'en');
    if (english.length === 0) return;
    // An introduction or an earlier contact anywhere (in English or Japanese) makes the mail a warm one.
    if (ctx.sentences.some((s) => OUTREACH.introductions.test(s.text))) return;
    const facts = english.map((s) => ctx.facts.of(englishFacts, s));
    // Round 19: a mutual contact who sent us, told in any verb ("X told me your team is exploring …, she suggested
    // I write to you").
    if (facts.some(introducedBy)) return;
    // Our company as the signature names it, described in the mail ("Calder makes …", "Kaveri Infotech is a …").
    const own = ownCompanyWordsOf(ctx.lines, ctx.own.length);
    // The pitch and the ask as classes over parsed facts, besides the listed wordings: who we are, what we
    // are worth, and something asked of them (a meeting, a call, a demo, a trial, a coffee). An ask alone (or
    // a pitch alone) is no cold pitch; an ask made on their interest ("If it would be of interest, …") is
    // the modest form and no ask.
    const described = facts.map((f) => ownCompanyDescribed(f, own) || ownCompanyFeat(f, own) || ourRange(f) || fitClaim(f));
    const pitchAt = english.map((s, i) => OUTREACH.pitches.test(s.text) || selfIntroduction(facts[i]!) || valueClaim(facts[i]!) || described[i]!);
    const pitches = pitchAt.some(Boolean);
    const asks = english.filter((s, i) => {
      if (OUTREACH.courtesyConditions.test(s.text) || OUTREACH.suddenApologies.test(s.text)) return false;
      if (OUTREACH.meetingAsks.test(s.text)) return true;
      if (!pitches) return false;
      if (meetingAsk(facts[i]!) || arrangedMeeting(facts[i]!) || timeAsk(facts[i]!)) return true;
      if (!askAct(facts[i]!) || conditionOnReader(facts[i]!)) return false;
      // Round 17: "We are offering a free penetration test … Just reply YES and our engineer will schedule it":
      // what is asked for may be named in the sentence before, and the ask points back at it.
      return OUTREACH.softAsks.test(s.text) || (i > 0 && POINTS_BACK.test(s.text) && OUTREACH.softAsks.test(english[i - 1]!.text));
    });
    // "Please forgive this sudden message": the writer owns the unannounced mail, so its opener and its pitch
    // are introduced; an ask for a meeting still goes too far.
    const apologised = ctx.sentences.some((s) => OUTREACH.suddenApologies.test(s.text));
    // Round 18: a hook of public news about them ("Saw on LinkedIn that you are hiring", "Congrats on the Series
    // B") opens a cold pitch when the mail goes on to pitch or ask; alone it is only news.
    // Round 19: a connection alone (their talk admired, "we have not met") is no pitch: the opener is one of the
    // three moves, flagged only with a pitch or an ask beside it.
    const openers = apologised || (!pitches && asks.length === 0) ? [] :
      english.filter((s, i) => OUTREACH.openers.test(s.text) || publicHook(facts[i]!) || notAcquainted(facts[i]!));
    if (!pitches && asks.length === 0) return;
    // Sets, so that skipping sentences below stays linear however long the mail is.
    const isOpener = new Set(openers);
    const isAsk = new Set(asks);
    // The moves of the pitch, each with its fix: the opener and the lead get an apology for the sudden message in
    // front, a pleasantry is replaced by it, an ask is made on their interest with a way out after it.
    const pleasantries: { start: number; end: number }[] = [];
    if (pitches || asks.length > 0) {
      for (const s of english) {
        const pleasantry = OUTREACH.pleasantries.first(s.text);
        if (!pleasantry || isOpener.has(s)) continue;
        // The phrase and the stop or exclamation mark that ends it.
        const end = /^[.!,]/.test(s.text.slice(pleasantry.end)) ? pleasantry.end + 1 : pleasantry.end;
        pleasantries.push({ start: s.start + pleasantry.start, end: s.start + end });
      }
    }
    // The pitch that leads to the ask: the first sentence saying who we are or what we are worth, flagged
    // when the mail goes on to ask for a meeting and never owns that it is unannounced.
    // With no ask at all, a pitch is still cold when it is the whole of a first mail: the writer says who they
    // are and what they are worth to a stranger ("We are a Singapore-based sourcing agent … We can beat your
    // current supplier's price by 12%"), and never owns that it is unannounced or offers only on interest.
    const fullPitch = asks.length === 0 && !apologised && !english.some((s) => OUTREACH.courtesyConditions.test(s.text)) &&
      english.some((_, i) => selfIntroduction(facts[i]!)) && english.some((s, i) => valueClaim(facts[i]!) || OUTREACH.pitches.test(s.text));
    // Round 19: the writer giving their name and role ("My name is Dana Whitfield, and I lead Corvant Surgical's
    // business in Japan") is the courtesy a first mail owes, kept in the suggested rewrite: the lead is the first
    // sentence that says what the company is or is worth, and only a name and role is no lead.
    const nameAndRoleOnly = (text: string, f: (typeof facts)[number], i: number) => !OUTREACH.pitches.test(text) && !valueClaim(f) &&
      !described[i] && /^\W*(?:i\b|i'm\b|my\b|this is\b)/i.test(text);
    const lead = (asks.length > 0 || fullPitch) && !apologised ?
      english.find((s, i) => pitchAt[i] && !isOpener.has(s) && !isAsk.has(s) && !nameAndRoleOnly(s.text, facts[i]!, i)) : undefined;
    const askList = asks.filter((s) => !isOpener.has(s));
    // Round 20: one cold pitch, one finding. A reader labels the pitch once — on its opener, its claim or its ask,
    // whichever struck them — and three findings on one mail read as nagging while each fix alone leaves the pitch
    // half cold. The finding covers the pitch from its first move to its last, and its fix rewrites every move at
    // once (one undo step).
    const apology: { start: number; end: number } | undefined = pleasantries[0];
    // The apology goes in front of the pitch's first move: the opener, or the writer's name and role before the lead.
    const named = lead ? english.find((s, i) => pitchAt[i] && !isAsk.has(s) && s.start <= lead.start) : undefined;
    const first = [openers[0], named].filter((s) => s !== undefined).sort((x, y) => x.start - y.start)[0];
    const moves = [...openers, ...(named ? [named] : []), ...(lead ? [lead] : []), ...askList, ...pleasantries];
    if (moves.length === 0) return;
    const start = Math.min(...moves.map((m) => m.start));
    const end = Math.max(...moves.map((m) => m.end));
    const inFront: SuggestionEdit[] = [];
    if (apology) inFront.push({ ...apology, text: outreachSuggestion('sudden-message-short').text });
    else if (first) inFront.push(...suddenLead(first).edits!);
    const askFixes = askList.map((s) => wrappedAsk(s, isJapaneseName));
    const alternatives = askFixes.length > 0 ? askFixes[0]!.length : 1;
    const suggestions: Suggestion[] = [];
    for (let j = 0; j < alternatives; j++) {
      const edits = disjoint([...inFront, ...askFixes.flatMap((fix) => fix[j]!.edits!)]);
      const label = askFixes[0]?.[j] ?? (apology ? outreachSuggestion('sudden-message-short') : suddenLead(first!));
      suggestions.push({ text: preview(ctx.text, start, end, edits), edits, label: label.label, labelJa: label.labelJa });
    }
    const asking = askList.length > 0;
    ctx.report({
      start,
      end,
      message: asking ?
        'A self-introduction and a sales claim to someone who never asked, followed by a request for a call or a meeting, reads as a cold pitch in Japan. Apologise for the sudden message first, ask only if it is of interest, and offer to send information or to be introduced through a shared customer.' :
        'A first mail that pitches to someone who never asked, with no introduction, reads as a cold pitch in Japan. Apologise for the sudden message before you introduce yourself, or ask a shared customer to introduce you.',
      messageJa: asking ?
        '面識のない相手への自己紹介と売り込みに続けて面談を求めると、飛び込みの営業に映ります。まず突然の連絡を詫び、関心があればと控えめに伺い、資料送付や共通の取引先からの紹介を申し出ましょう。' :
        '紹介のない相手への売り込みは飛び込みの営業に映ります。自己紹介の前に突然の連絡を詫びるか、共通の取引先に紹介を依頼しましょう。',
      suggestions,
    });
  },
});

/**
 * An ask that points back at what the sentence before offered, the pronoun as the object of arranging it:
 * "schedule it", "book one", "set it up", "arrange this". Not "this month" or "it would be great".
 */
const POINTS_BACK = /\b(?:schedule|book|arrange|set|run|organi[sz]e|start|plan)\s+(?:it|one|this|that)\b/i;

/** What the stretch start..end reads after the edits inside it: the suggestion's readable preview. */
function preview(text: string, start: number, end: number, edits: readonly SuggestionEdit[]): string {
  let out = '';
  let at = start;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, end);
}

/** The edits in order, each one that overlaps (or inserts at the start of) an earlier kept one left out. */
function disjoint(edits: SuggestionEdit[]): SuggestionEdit[] {
  const out: SuggestionEdit[] = [];
  for (const e of [...edits].sort((x, y) => x.start - y.start || x.end - y.end)) {
    const last = out[out.length - 1];
    if (last && (e.start < last.end || e.start === last.start)) continue;
    out.push(e);
  }
  return out;
}
