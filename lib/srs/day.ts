// The learner's study day, Anki style: it starts at `dayStartHour` local time in their zone, so at
// 03:59 with a 4 o'clock start you are still in yesterday. Days are calendar days in the zone:
// across a DST change a study day lasts 23 or 25 hours.
import { DateTime } from "luxon";

export interface StudyDay {
  start: Date;
  /** exclusive: the next study day's start */
  end: Date;
  /** the local calendar date the study day started on */
  dayKey: string;
}

function startOnDate(date: DateTime, dayStartHour: number): DateTime {
  // `set` on a DST gap hour moves forward to the first valid instant, which is what we want
  return date.startOf("day").set({ hour: dayStartHour, minute: 0, second: 0, millisecond: 0 });
}

function checkInputs(now: Date, timeZone: string, dayStartHour: number): DateTime {
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`dayStartHour must be a whole number 0–23, got ${dayStartHour}`);
  }
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  if (!local.isValid)
    throw new RangeError(`Invalid time zone or date: ${timeZone} (${local.invalidExplanation ?? ""})`);
  return local;
}

// Recently computed days per zone and start hour: the scheduler asks for the same few days
// thousands of times (a rating, a queue, a replay), and each luxon computation costs ~50 µs.
const recentDays = new Map<string, StudyDay[]>();
const shifted = new Map<string, StudyDay>();
const copy = (d: StudyDay): StudyDay => ({ start: new Date(d.start), end: new Date(d.end), dayKey: d.dayKey });

function remember(zoneKey: string, day: StudyDay): void {
  let list = recentDays.get(zoneKey);
  if (!list) {
    if (recentDays.size > 256) recentDays.clear();
    recentDays.set(zoneKey, (list = []));
  }
  list.unshift(day);
  if (list.length > 16) list.pop();
}

/** The study day containing `now`. */
export function studyDayBounds(now: Date, timeZone: string, dayStartHour: number): StudyDay {
  const zoneKey = `${timeZone}|${dayStartHour}`;
  const t = now.getTime();
  const known = recentDays.get(zoneKey)?.find((d) => d.start.getTime() <= t && t < d.end.getTime());
  if (known) return copy(known);
  const local = checkInputs(now, timeZone, dayStartHour);
  let start = startOnDate(local, dayStartHour);
  if (local < start) start = startOnDate(local.minus({ days: 1 }), dayStartHour);
  const end = startOnDate(start.plus({ days: 1 }), dayStartHour);
  const day = { start: start.toJSDate(), end: end.toJSDate(), dayKey: start.toISODate()! };
  remember(zoneKey, day);
  return copy(day);
}

/** "YYYY-MM-DD" of the study day containing `at`. */
export function studyDayKey(at: Date, timeZone: string, dayStartHour: number): string {
  return studyDayBounds(at, timeZone, dayStartHour).dayKey;
}

/** The study day `days` days after (or before, if negative) the one named `dayKey`. */
export function shiftStudyDay(dayKey: string, days: number, timeZone: string, dayStartHour: number): StudyDay {
  const key = `${timeZone}|${dayStartHour}|${dayKey}|${days}`;
  const known = shifted.get(key);
  if (known) return copy(known);
  const date = DateTime.fromISO(dayKey, { zone: timeZone }).plus({ days });
  if (!date.isValid) throw new RangeError(`Not a day key: ${dayKey}`);
  const start = startOnDate(date, dayStartHour);
  const end = startOnDate(date.plus({ days: 1 }), dayStartHour);
  const day = { start: start.toJSDate(), end: end.toJSDate(), dayKey: start.toISODate()! };
  if (shifted.size > 4096) shifted.clear();
  shifted.set(key, day);
  return copy(day);
}

/** Whole study days from day key `a` to day key `b` (b − a). */
export function daysBetweenKeys(a: string, b: string): number {
  // day keys are calendar dates: their UTC midnights are whole days apart
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Study days elapsed between two instants, counted in the learner's days (used for fitting). */
export function studyDaysBetween(from: Date, to: Date, timeZone: string, dayStartHour: number): number {
  return daysBetweenKeys(studyDayKey(from, timeZone, dayStartHour), studyDayKey(to, timeZone, dayStartHour));
}
