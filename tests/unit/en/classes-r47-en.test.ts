// Round 47: the English classes of classes-r47-en-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable } from '../ja/refusal-honorific-table';
import * as R from './classes-r47-en-cases';

classTables([newsTable('r47 en part of what the reader asked for or booked, the whole named first', R.PART_OF_ASK_FLAGGED, R.PART_OF_ASK_CLEAN)]);
classTables([newsTable('r47 en one of ours leaving the firm or the work; our terms changed from a point', R.LEAVING_TERMS_FLAGGED, R.LEAVING_TERMS_CLEAN)]);
classTables([{ name: 'r47 en chat: shoot you a document, like before a figure', category: 'register', flagged: R.CHAT_FLAGGED, clean: R.CHAT_CLEAN }]);
classTables([{ name: 'r47 en writing again to a prospect because our mail went unanswered', category: 'cold-outreach', recipient: 'prospect', flagged: R.WRITING_AGAIN_FLAGGED, clean: R.WRITING_AGAIN_CLEAN }]);
classTables([
  newsTable('r47 en (after the end score) a line of ours dropped as the object itself', R.AFTER_END_NEWS_FLAGGED, R.AFTER_END_NEWS_CLEAN),
  { name: 'r47 en (after the end score) oga as an address, not a place', category: 'register', flagged: R.OGA_FLAGGED, clean: R.OGA_CLEAN },
]);
