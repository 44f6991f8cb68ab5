// English rules, registered explicitly (one import a rule file).
import type { Rule } from '../../engine/rule';
import bareNo from './bare-no';
import bluntNotice from './blunt-notice';
import casual from './casual';
import dismissive from './dismissive';
import droppedSubject from './dropped-subject';
import emoji from './emoji';
import exclamations from './exclamations';
import extraCharge from './extra-charge';
import flatNo from './flat-no';
import greetingAndSignOff from './greeting-and-sign-off';
import outOfScope from './out-of-scope';
import perContract from './per-contract';
import pitchToStranger from './pitch-to-stranger';
import pushyFollowUp from './pushy-follow-up';
import replyVerdict from './reply-verdict';
import salutation from './salutation';
import shorthandInJapanese from './shorthand-in-japanese';
import standingRule from './standing-rule';
import statusQuo from './status-quo';
import ultimatum from './ultimatum';

export const englishRules: Rule[] = [
  // blunt-refusal
  outOfScope,
  flatNo,
  bareNo,
  extraCharge,
  perContract,
  statusQuo,
  standingRule,
  replyVerdict,
  // honorific
  salutation,
  // register
  casual,
  droppedSubject,
  dismissive,
  greetingAndSignOff,
  shorthandInJapanese,
  emoji,
  exclamations,
  // cold-outreach
  pitchToStranger,
  pushyFollowUp,
  // pressure
  ultimatum,
  // bad-news
  bluntNotice,
];
