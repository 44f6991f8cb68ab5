// Japanese rules, registered explicitly (one import a rule file).
import type { Rule } from '../../engine/rule';
import bluntBadNews from './blunt-bad-news';
import casualToClient from './casual-to-client';
import clientMemberWithSan from './client-member-with-san';
import conditionalLoss from './conditional-loss';
import desumasuDearuMix from './desumasu-dearu-mix';
import decisionPressure from './decision-pressure';
import doubleKeigo from './double-keigo';
import earlyPressure from './early-pressure';
import gokurosama from './gokurosama';
import goshaInWriting from './gosha-in-writing';
import honorificForOwnMember from './honorific-for-own-member';
import kakuiWithSama from './kakui-with-sama';
import kenjogoForClient from './kenjogo-for-client';
import kishaHeishaSwap from './kisha-heisha-swap';
import kishaMisconverted from './kisha-misconverted';
import missingGreeting from './missing-greeting';
import missingOnchu from './missing-onchu';
import pushyFollowUp from './pushy-follow-up';
import negatedAct from './negated-act';
import oGoOnOwnSide from './o-go-on-own-side';
import plainSentence from './plain-sentence';
import ryokaiToClient from './ryokai-to-client';
import salutationWithoutSama from './salutation-without-sama';
import secondPersonToClient from './second-person-to-client';
import sonkeigoForOwnSide from './sonkeigo-for-own-side';
import unintroducedPitch from './unintroduced-pitch';
import titleWithSama from './title-with-sama';
import unsoftenedRefusal from './unsoftened-refusal';
import refusedForWant from './refused-for-want';
import trailedRefusal from './trailed-refusal';
import statedLimit from './stated-limit';

export const japaneseRules: Rule[] = [
  // honorific
  goshaInWriting,
  ryokaiToClient,
  salutationWithoutSama,
  missingOnchu,
  kakuiWithSama,
  kishaHeishaSwap,
  kishaMisconverted,
  secondPersonToClient,
  gokurosama,
  doubleKeigo,
  sonkeigoForOwnSide,
  kenjogoForClient,
  oGoOnOwnSide,
  titleWithSama,
  honorificForOwnMember,
  clientMemberWithSan,
  // register
  desumasuDearuMix,
  casualToClient,
  plainSentence,
  missingGreeting,
  // blunt-refusal
  unsoftenedRefusal,
  negatedAct,
  refusedForWant,
  trailedRefusal,
  statedLimit,
  // bad-news
  bluntBadNews,
  // pressure
  earlyPressure,
  decisionPressure,
  conditionalLoss,
  // cold-outreach
  unintroducedPitch,
  pushyFollowUp,
];
