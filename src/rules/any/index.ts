// Rules that read both languages (calendar), registered explicitly.
import type { Rule } from '../../engine/rule';
import firstMeetingAttendees from './first-meeting-attendees';
import meetingOnHoliday from './meeting-on-holiday';
import meetingOnWeekend from './meeting-on-weekend';
import weekdayMismatch from './weekday-mismatch';
import whenClosedDay from './when-closed-day';
import whenOutsideHours from './when-outside-hours';

export const bilingualRules: Rule[] = [meetingOnHoliday, meetingOnWeekend, weekdayMismatch, firstMeetingAttendees, whenClosedDay, whenOutsideHours];
