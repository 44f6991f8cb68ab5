// Round 34 (calendar in Japanese and mixed mail, issue 9): the cases of classes-r34-calja-cases.ts — a holiday proposed
// by an anaphor, a closure conceded then proposed (でも構いません), a closure's run as the period of an ask, a colleague's
// wish relayed — and their near misses. Each case raises exactly the one calendar finding it quotes, or none (the
// harness: class-cases.ts). No case is left as a known miss this round.
import { calendarClassGroups, type ClassGroup } from './class-cases';
import { anaphorNearMisses, anaphors, concessionNearMisses, concessions, relayNearMisses, relays, runNearMisses, runs } from './classes-r34-calja-cases';

const groups: ClassGroup[] = [
  ['a holiday proposed by an anaphor', anaphors],
  ['a holiday named, another day or no meeting', anaphorNearMisses],
  ['a closure conceded, then proposed', concessions],
  ['a closure allowed for no meeting', concessionNearMisses],
  ['a closure run as the period of an ask', runs],
  ['a closure run told, or a visit after it', runNearMisses],
  ["a colleague's wish relayed", relays],
  ["a colleague's wish on a working day, or a notice", relayNearMisses],
];

calendarClassGroups(groups);
