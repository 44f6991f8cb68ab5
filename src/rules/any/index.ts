// Rules that read both languages (calendar), registered explicitly.
import type { Rule } from '../../engine/rule';
import { addressBlockRules } from './address-block';
import firstMeetingAttendees from './first-meeting-attendees';
import meetingOnHoliday from './meeting-on-holiday';
import meetingOnWeekend from './meeting-on-weekend';
import outsideBusinessHours from './outside-business-hours';
import firstVisitSenior from './first-visit-senior';
import weekdayMismatch from './weekday-mismatch';
import pressureShape from './pressure-shape';
import coldPitch from './cold-pitch';

export const bilingualRules: Rule[] = [
  meetingOnHoliday, meetingOnWeekend, weekdayMismatch, firstMeetingAttendees, outsideBusinessHours, firstVisitSenior,
  ...addressBlockRules, pressureShape, coldPitch,
];
