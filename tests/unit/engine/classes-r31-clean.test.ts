// Round 31 (clean31): the class cases of classes-r31-offer-cases.ts and classes-r31-news-cases.ts run through the whole
// engine. Each group watches the categories its class is about (an offer read as bad news, a reassurance read as casual,
// a first visit read as naming no one, bad news told with no word of change); other findings of a draft are not judged here.
import { nodeEngine } from '../node-engine';
import { watchedGroups, type WatchedGroup } from './watched-groups';
import { NAMED, NAMED_NEAR, OFFERS, OFFERS_NEAR, REASSURE, REASSURE_NEAR } from './classes-r31-offer-cases';
import { NEWS, NEWS_NEAR } from './classes-r31-news-cases';

const engine = nodeEngine();

/**
 * Cases this branch does not read yet, kept as expected failures (it.fails) so that they are seen and so that a branch
 * that reads one must move it out: flat shortages worded as a refusal ("We cannot ship the full quantity this month",
 * read as blunt-refusal, not watched here), a table with its shortfall only in the figures, a date moved in English over
 * two clauses, a cost of ours rising told alone (read as a price notice), the client's late payment with a reassurance.
 */
const KNOWN = new Set<string>([
  // Round 37: the table whose shortfall is only in its figures ('Item | Ordered | Shipping now') is read (newsen37's rest of
  // an order and portion readers) and left this list.
  'We cannot ship the full quantity this month.',
  'We are unable to deliver the full order before your closing.',
  'We will ship half now and the other half when the material arrives, probably in August.',
  'Only half of the May order can be shipped on time.',
  'ご注文数量のうち、200個は7月の出荷になります。',
  'Lot 2 (3,000 pcs) now ships on 20 November; it was planned for 6 November.',
  '原材料費が今年から15%上がっています。',
  '電気代が昨年から大きく上がっています。',
  'Our energy costs are going up 14% this year.',
  'お支払いが遅れた件につきましては、確認できておりますのでご安心ください。',
  // Round 32 (clean32) reads "No worries about <the reader's matter>" with no other chat mark in its sentence as a reply to
  // the reader's apology (src/rules/en/casual.ts reassurance()): the eight cases once kept here are read.
  // The client's ご同席 read as naming ours: clean31 fenced 同席/同行/随行 after ご, but at integration that lost three
  // clean drafts of the development set (O-ja2-18, ja-b-069, ad-b-049) whose own attendees are told in a shape the
  // attendee patterns do not read (「…と私の2名で、…デモを」, 「弊社からは私と技術担当の…」) and which only the client's ご同席
  // had covered — the fence waits for those shapes.
  '12月10日（木）10時より初回のお打ち合わせをお願いできますでしょうか。貴社の加藤様にもご同席いただけますと幸いです。',
]);

const GROUPS: WatchedGroup[] = [
  ['offers and options of ours are not news', ['bad-news'], OFFERS],
  ['the same words as a notice are news', ['bad-news'], OFFERS_NEAR],
  ['a reassurance about the reader\'s delay is neither casual nor news', ['register', 'bad-news'], REASSURE],
  ['a casual "no worries" is casual', ['register'], REASSURE_NEAR],
  ['attendees named beside "and myself" are named', ['calendar'], NAMED],
  ['a first visit naming no one of ours', ['calendar'], NAMED_NEAR],
  ['bad news with no word of change', ['bad-news'], NEWS],
  ['dates, rises and figures that are no news', ['bad-news'], NEWS_NEAR],
];

watchedGroups(engine, GROUPS, KNOWN);
