import { defineRule } from '../../engine/rule';
import { englishFacts } from '../../engine/analysis/en';
import { textFact, type Annotator } from '../../engine/analysis/facts';
import { mayHaveCue } from '../../engine/analysis/en-acts';
import { countedTwice, sentSeveral, meetingNamed, optOutOffered, persistence, presumedMeeting, unansweredChase } from '../../engine/analysis/en-outreach';
import { OUTREACH, outreachSuggestion } from './lib/outreach';

/** "Bumping this to the top of your inbox", "just checking in", "did you get my last email?" */
export default defineRule({
  id: 'en.cold-outreach.pushy-follow-up',
  lang: 'en',
  category: 'cold-outreach',
  severity: 'warning',
  // A chase told over adjacent sentences (the reminder, the demand for an answer) is one finding (round 20).
  runGroup: 'en-chase',
  title: { en: 'Pushy follow-up', ja: '催促がましい再送' },
  rationale: {
    en: 'Silence from a Japanese buyer usually means the request is being considered internally or politely declined. “Bumping this up” or “did you get my last email?” reads as impatience and puts them on the spot; an apologetic, no-pressure note keeps the door open.',
    ja: '日本の担当者からの返信がないのは、社内で検討中か、やんわり見送っているためであることが多いものです。“Bumping this up”や“did you get my last email?”は催促や苛立ちに聞こえ、相手を追い詰めます。お詫びを添えて急がせない再連絡のほうが関係が続きます。',
  },
  examples: {
    valid: [
      // Round 20: declining offered with another time to choose; a visitor list, not a chase.
      { text: 'The invite for Tuesday at 14:00 is attached; if the time does not suit, please feel free to decline it and suggest another time.', context: { recipient: 'prospect' } },
      { text: 'On our side it will be me and Mari Onodera; please bring whoever handles your demo units.', context: { recipient: 'prospect' } },
      { text: "Thank you for calling me back on Monday.", context: { recipient: 'prospect' } },
      { text: "We will keep accepting orders for the HX-8 until March 31.", context: { recipient: 'prospect' } },
      { text: "I will keep you posted on the shipment.", context: { recipient: 'prospect' } },
      // Round 18: a count of another's act ("for the third time"), not of our mails.
      { text: 'Our supplier has put up the nickel surcharge for the third time this year, and we can no longer absorb it.', context: { recipient: 'prospect' } },
      { text: "As mentioned in my last email, the drawings are attached again for convenience.", context: { recipient: 'prospect' } },
      { text: 'Following up on our conversation, I have attached the validation summary.' },
      // Round 24: the reader's own request chased: pressure at most, never cold outreach.
      { text: 'Following up again on my emails of 3, 9 and 12 February regarding the LED retrofit quote you requested.', context: { recipient: 'prospect' } },
      { text: 'I am sorry to write again while you are busy; I only wanted to make sure my earlier message reached you.' },
      { text: 'Just checking in on the draft agenda.', context: { recipient: 'internal' } },
      { text: 'I just wanted to follow up on the proposal I sent on 10 November.\nThere is no rush at all; please take your time.', context: { recipient: 'prospect' } },
      { text: 'Just following up on my last email about the samples. Sorry to bother you again while you are busy.', context: { recipient: 'client' } },
    ],
    invalid: [
      {
        // Round 20: a meeting booked unless they decline.
        text: 'Shall I just send you a calendar invite for next Monday at 11:00? If it does not suit, you can always decline.',
        context: { recipient: 'prospect' },
        flagged: "Shall I just send you a calendar invite for next Monday at 11:00? If it does not suit, you can always decline.",
        outputs: ["Shall I just send you a calendar invite for next Monday at 11:00? If a short meeting would be of interest, I would be glad to arrange it at a time that suits you."],
      },
      {
        text: "This is my third message about the sensor trial.",
        context: { recipient: 'prospect' },
        flagged: "This is my third message about the sensor trial.",
        outputs: ["I am sorry to write again while you are busy; I only wanted to make sure my earlier message reached you.", "Please forgive my writing again. There is no rush at all, and I would be grateful for your thoughts whenever convenient."],
      },
      {
        text: "I tried to reach you by phone on Tuesday and Thursday without success.",
        context: { recipient: 'prospect' },
        flagged: "I tried to reach you by phone on Tuesday and Thursday without success.",
        outputs: ["I am sorry to write again while you are busy; I only wanted to make sure my earlier message reached you.", "Please forgive my writing again. There is no rush at all, and I would be grateful for your thoughts whenever convenient."],
      },
      {
        text: "If you are not the right person, please forward this to whoever handles purchasing.",
        context: { recipient: 'prospect' },
        flagged: "If you are not the right person, please forward this to whoever handles purchasing.",
        outputs: ["I am sorry to write again while you are busy; I only wanted to make sure my earlier message reached you.", "Please forgive my writing again. There is no rush at all, and I would be grateful for your thoughts whenever convenient."],
      },
      {
        text: "I will keep trying your office until I can speak with the plant manager.",
        context: { recipient: 'prospect' },
        flagged: "I will keep trying your office until I can speak with the plant manager.",
        outputs: ["I am sorry to write again while you are busy; I only wanted to make sure my earlier message reached you.", "Please forgive my writing again. There is no rush at all, and I would be grateful for your thoughts whenever convenient."],
      },
      {
        text: 'Hi,\nBumping this up in case my previous email slipped through the cracks.',
        flagged: 'Bumping this up in case my previous email slipped through the cracks.',
        outputs: [
          'Hi,\nI am sorry to write again while you are busy; I only wanted to make sure my earlier message reached you.',
          'Hi,\nPlease forgive my writing again. There is no rush at all, and I would be grateful for your thoughts whenever convenient.',
        ],
      },
      {
        text: 'Did you get my last email?',
        flagged: 'Did you get my last email?',
        outputs: [
          'I am sorry to write again while you are busy; I only wanted to make sure my earlier message reached you.',
          'Please forgive my writing again. There is no rush at all, and I would be grateful for your thoughts whenever convenient.',
        ],
      },
    ],
  },
  document(ctx) {
    const { sentences } = ctx;
    // A follow-up that says there is no hurry, or apologises for writing again, anywhere in the mail is the
    // considerate note the suggestions ask for ("I just wanted to follow up … There is no rush at all.").
    // A mail that counts its attempts ("my third message") stays pushy whatever it adds.
    let unhurried: boolean | undefined;
    // Every test of a sentence's words is a fact cached by its text: this runs on every keystroke.
    const eased = () => (unhurried ??= sentences.some((s) => s.lang === 'en' && ctx.facts.of(UNHURRIED_CUE, s) && ctx.facts.of(englishFacts, s).cues.unhurried !== undefined));
    // "Just checking in", "did you get a chance to look": ordinary after a meeting or an introduction.
    let warm: boolean | undefined;
    const introduced = () => (warm ??= ctx.sentences.some((s) => ctx.facts.of(INTRODUCTION, s)));
    // Only a sentence with a follow-up word may be pushy: those are kept by position from the field's last check,
    // so a keystroke elsewhere in a long mail costs a pointer comparison per sentence (FactStore.ofSentences).
    const { kept } = ctx.facts.ofSentences(MAY_CHASE_EN, ctx.field, sentences, Boolean);
    for (const i of kept) {
      const s = sentences[i]!;
      // Round 24: "Following up again on my emails … regarding the quote you requested": what is chased is the
      // reader's own request, no pitch; however impatient, it is a deadline or a push (the pressure rules'), not
      // cold outreach (writers labelled it pressure).
      if (READER_REQUESTED.test(s.text)) continue;
      // The English sentence before this one (a Japanese line between is skipped).
      let p = i - 1;
      while (p >= 0 && sentences[p]!.lang !== 'en') p--;
      const previous = sentences[p];
      const words = ctx.facts.of(FOLLOW_UP_WORDS, s);
      // The parse only where persistence could be written: a persistence cue word or a counted mail.
      const persistent = (words.persistCue && persistence(ctx.facts.of(englishFacts, s))) ||
        // A meeting booked unless they object, to a prospect who has not answered: the chase goes ahead without them.
        (words.unless && ctx.recipient === 'prospect' && presumedMeeting(ctx.facts.of(englishFacts, s))) ||
        // "I emailed you twice": two attempts counted, to a prospect (to a client, ordinary business).
        (words.twice && ctx.recipient === 'prospect' && countedTwice(ctx.facts.of(englishFacts, s))) ||
        // Round 45: "I've sent you a couple of notes since October": several of our mails, to a prospect.
        (words.persistCue && ctx.recipient === 'prospect' && sentSeveral(ctx.facts.of(englishFacts, s)));
      // "I sent over our proposal two weeks ago. Did you get a chance to read it?": what was sent may be said
      // in the sentence before the question.
      const chase = words.chase && (ctx.facts.of(SENT_BY_US, s) || (previous !== undefined && ctx.facts.of(SENT_BY_US, previous)));
      // "I sent you an email in April but you did not answer": their silence held up to them.
      // "I never received a reply", "we haven't heard back from you": a chase to anyone. "You did not answer"
      // blames the reader: to a client a question left open is ordinary business, to a prospect it chases the pitch.
      const silent = words.silence ? unansweredChase(ctx.facts.of(englishFacts, s)) : undefined;
      const silence = silent === 'we' || (silent === 'you' && ctx.recipient === 'prospect');
      // Round 16: "This is a gentle reminder on my below mail", "Please revert on my earlier mail at the
      // earliest", "Request you to go through the same and revert" after it: a reminder of, or an answer
      // demanded to, a mail of ours they have not answered (the mail named here or in the sentence before).
      const earlier = words.earlierMail || (previous !== undefined && ctx.facts.of(FOLLOW_UP_WORDS, previous).earlierMail);
      const reminded = (words.reminder && words.earlierMail) || (words.answerAsk && earlier);
      const pushy = words.followUp || silence || reminded || ((chase || ctx.facts.of(SOFT_FOLLOW_UP, s)) && !introduced());
      // Round 20: a meeting put in their calendar with declining as their way out ("Shall I just send you an invite
      // for Monday? If it doesn't suit, you can always decline."; "Just click accept and we are all set!"), early in
      // the relationship: the meeting named here or in the sentence before, reported over both.
      if (words.optOut && !words.alternative && (ctx.recipient === 'prospect' || ctx.firstContact) && optOutOffered(ctx.facts.of(englishFacts, s))) {
        const here = meetingNamed(ctx.facts.of(englishFacts, s));
        const before = !here && previous !== undefined && meetingNamed(ctx.facts.of(englishFacts, previous));
        if (here || before) {
          const from = before ? previous!.start : s.start;
          ctx.report({
            start: from,
            end: s.end,
            message: 'A meeting booked unless they decline leaves a buyer who has not agreed to meet the burden of refusing. Ask whether a meeting would be welcome, and let them choose the time.',
            messageJa: '断らなければ面談が決まる書き方は、まだ会うと決めていない相手に断る負担を負わせます。面談をご希望かを伺い、日時は先方に選んでいただきましょう。',
            suggestions: [{ text: ctx.text.slice(from, s.start) + ASK_FIRST, edits: [{ start: s.start, end: s.end, text: ASK_FIRST }], label: 'Ask whether a meeting is welcome', labelJa: '面談のご希望を伺う' }],
          });
          continue;
        }
      }
      if (!persistent && !(pushy && !eased())) continue;
      ctx.report({
        start: s.start,
        end: s.end,
        message: 'This follow-up sounds impatient. Apologise for writing again and take the pressure off.',
        messageJa: '催促がましく聞こえます。再度の連絡を詫び、急がせない書き方にしましょう。',
        suggestions: [outreachSuggestion('gentle-follow-up'), outreachSuggestion('no-rush')],
      });
    }
  },
});

/** The thing chased is what the reader asked for: "the quote you requested", "per your request", "as requested". */
const READER_REQUESTED = /\b(?:you|your\s+team)\s+(?:kindly\s+|had\s+)?(?:requested|asked\s+(?:us\s+|me\s+)?for|enquired\s+about|inquired\s+about)\b|\b(?:at|per|following)\s+your\s+request\b|\bas\s+(?:you\s+)?requested\b/i;

/** "my third message", "emailed you four times": a count, the only way persistence is written without a cue word. */
const COUNTED = /\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th)\b|\b(?:three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times\b/i;
/** "my emails from June 7, June 18 and June 29": mails of ours, several (the parse reads whose). */
const SEVERAL_MAILS = /\b(?:e-?mails|mails|messages|notes|voicemails|calls|reminders)\b/i;

/** The tests every English sentence needs, once per sentence text. */
const FOLLOW_UP_WORDS = textFact('en.cold-outreach.pushy-follow-up/words', (text) => ({
  persistCue: mayHaveCue(text, ['persist']) || COUNTED.test(text) || SEVERAL_MAILS.test(text),
  chase: OUTREACH.chaseQuestions.test(text),
  followUp: OUTREACH.followUps.test(text),
  silence: SILENCE.test(text),
  unless: /\bunless\b/i.test(text),
  twice: /\b(?:twice|two\s+times)\b/i.test(text),
  earlierMail: EARLIER_MAIL.some((re) => re.test(text)),
  reminder: REMINDER.test(text) && !AS_A_REMINDER.test(text),
  answerAsk: ANSWER_ASK.test(text) && ASKED.test(text),
  optOut: OPT_OUT.test(text),
  alternative: ALTERNATIVE.test(text),
}));
/** Verbs of the reader's way out of a booked meeting (optOutOffered reads them from the parse). */
const OPT_OUT = /\b(?:decline|reject|ignore|cancel|delete|refuse|remove|dismiss|click|hit|tap|press|select)\b/i;
/** "… and suggest another time": declining offered with a choice of time is an ordinary courtesy. */
const ALTERNATIVE = /\b(?:suggest|propose|another\s+(?:time|date|day|slot)|let\s+(?:me|us)\s+know)\b/i;
/** The ask that replaces the way out: whether a meeting would be welcome at all, at their choice of time. */
const ASK_FIRST = 'If a short meeting would be of interest, I would be glad to arrange it at a time that suits you.';
/**
 * A mail of ours sent before this one: "my below mail", "my earlier email", "our previous message", "the
 * mail below", "my email dated 12th October", "the proposal I sent on 2 November", "the trailing mail".
 */
const MAIL = String.raw`(?:e-?mails?|mails?|messages?|notes?|letters?|proposals?|quotations?|quotes?|offers?)`;
const EARLIER_MAIL = [
  /\b(?:my|our)\s+(?:below|above|earlier|previous|last|trailing|preceding|prior|below-mentioned|initial)\s+(?:e-?mails?|mails?|messages?|notes?|letters?)\b/i,
  /\bthe\s+(?:below|trailing)\s+(?:e-?mails?|mails?|messages?)\b/i,
  new RegExp(String.raw`\b(?:my|our)\s+${MAIL}\s+(?:dated|sent|of\s+\d|from\s+(?:\d|last|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))`, 'i'),
  new RegExp(String.raw`\b(?:e-?mails?|mails?|messages?|notes?)\s+below\b|\b${MAIL}\s+(?:that\s+)?(?:i|we)\s+(?:sent|shared|emailed|mailed)\b`, 'i'),
];
/** "a gentle reminder", "to remind you of my mail" — not "as a reminder," (a note of content). */
const REMINDER = /\breminder\b|\bremind(?:ing)?\s+you\b/i;
const AS_A_REMINDER = /\bas\s+an?\s(?:\w+\s)?reminder\b/i;
/** An answer asked for: reply, revert, respond, get back, acknowledge, go through, give feedback. */
const ANSWER_ASK = /\b(?:revert|reply|respond|get\s+back|acknowledge|go\s+through|feedback|response)\b/i;
/** … as a request: please, kindly, request you, would appreciate, at the earliest. */
const ASKED = /\b(?:please|pls|kindly|request\s+you|would\s+appreciate|at\s+the\s+earliest|asap|awaiting)\b/i;
/** Words a stated silence needs (an answer verb or noun), before the parse reads who did not answer. */
const SILENCE = /\b(?:answer|repl|respon|revert|react|acknowledg|heard|hear|feedback|unanswered)\w*/i;
/** The tests only some sentences need (near a chase or a follow-up), each once per sentence text. */
/** An English sentence with a word that may make it pushy (FOLLOW_UP_WORDS, SOFT_FOLLOW_UP): the only ones judged. */
const MAY_CHASE_EN: Annotator<boolean> = {
  id: 'en.cold-outreach.pushy-follow-up/may-chase',
  analyze: (s) => {
    if (s.lang !== 'en') return false;
    const w = FOLLOW_UP_WORDS.analyze(s);
    return w.persistCue || w.chase || w.followUp || w.silence || w.unless || w.twice || w.reminder || w.answerAsk || w.optOut || OUTREACH.softFollowUps.test(s.text);
  },
};
const SENT_BY_US = textFact('en.cold-outreach.pushy-follow-up/sent-by-us', (text) => OUTREACH.sentByUs.test(text));
const SOFT_FOLLOW_UP = textFact('en.cold-outreach.pushy-follow-up/soft', (text) => OUTREACH.softFollowUps.test(text));
const UNHURRIED_CUE = textFact('en.cold-outreach.pushy-follow-up/unhurried', (text) => mayHaveCue(text, ['unhurried']));
const INTRODUCTION = textFact('en.cold-outreach.pushy-follow-up/introduction', (text) => OUTREACH.introductions.test(text));
