// The assignment rules: which attempt counts, lateness, attempts left, the time limit.
import { describe, expect, it } from "vitest";
import {
  ANSWER_GRACE_MS,
  acceptsAnswerAt,
  assignmentState,
  attemptsLeft,
  countingAttempt,
  deadlineFor,
  formatDue,
  describeSettings,
  isLate,
  localInputValue,
  type AssignmentAttempt,
} from "@/lib/domain/assignments";
import { mayImportOwnArticle, mayTakeAssignment } from "@/lib/domain/permissions";

const day = (d: number, h = 0) => new Date(Date.UTC(2026, 11, d, h));
const attempt = (id: string, score: number | null, max: number | null, started: number, finished: number | null, deadlineAt: Date | null = null): AssignmentAttempt => ({
  id,
  status: finished === null ? "IN_PROGRESS" : "FINISHED",
  score,
  max,
  startedAt: day(started),
  finishedAt: finished === null ? null : day(finished, 1),
  deadlineAt,
});

describe("countingAttempt", () => {
  const attempts = [attempt("b", 3, 4, 2, 2), attempt("a", 1, 4, 1, 1), attempt("c", 2, 4, 3, 3), attempt("open", null, null, 4, null)];

  it("FIRST and LAST go by start order, whatever order the attempts come in", () => {
    expect(countingAttempt(attempts, "FIRST")?.id).toBe("a");
    expect(countingAttempt(attempts, "LAST")?.id).toBe("c");
  });

  it("BEST takes the highest fraction, the earlier one on a tie", () => {
    expect(countingAttempt(attempts, "BEST")?.id).toBe("b");
    expect(countingAttempt([attempt("x", 1, 2, 1, 1), attempt("y", 2, 4, 2, 2)], "BEST")?.id).toBe("x");
  });

  it("ignores unfinished and unscored attempts; null when none is finished", () => {
    expect(countingAttempt([attempt("open", null, null, 1, null), attempt("empty", 0, 0, 2, 2)], "LAST")).toBeNull();
    expect(countingAttempt([], "BEST")).toBeNull();
  });
});

describe("attempts left", () => {
  it("counts down from the allowed number and never below zero; null means unlimited", () => {
    expect(attemptsLeft(3, 0)).toBe(3);
    expect(attemptsLeft(3, 2)).toBe(1);
    expect(attemptsLeft(3, 5)).toBe(0);
    expect(attemptsLeft(null, 40)).toBeNull();
  });
});

describe("lateness and state", () => {
  const due = day(5, 12);

  it("an attempt finished after the due date is late; with no due date nothing is", () => {
    expect(isLate(day(5, 13), due)).toBe(true);
    expect(isLate(day(5, 12), due)).toBe(false);
    expect(isLate(day(9), null)).toBe(false);
  });

  it("follows the attempt that counts: an on-time first attempt is done even if a later one was late", () => {
    const attempts = [attempt("on-time", 1, 4, 4, 4), attempt("late", 4, 4, 6, 6)];
    expect(assignmentState({ dueAt: due, countedAttempt: "FIRST" }, attempts, day(9))).toBe("done");
    expect(assignmentState({ dueAt: due, countedAttempt: "BEST" }, attempts, day(9))).toBe("late");
  });

  it("todo before the due date, in progress with an open attempt, missing after it with nothing finished", () => {
    const s = { dueAt: due, countedAttempt: "BEST" as const };
    expect(assignmentState(s, [], day(4))).toBe("todo");
    expect(assignmentState(s, [attempt("open", null, null, 4, null)], day(4))).toBe("in-progress");
    expect(assignmentState(s, [attempt("open", null, null, 4, null)], day(6))).toBe("missing");
    expect(assignmentState({ dueAt: null, countedAttempt: "BEST" }, [], day(30))).toBe("todo");
  });

  it("an open attempt whose time ran out is not in progress", () => {
    const expired = attempt("open", null, null, 4, null, day(4, 1));
    expect(assignmentState({ dueAt: null, countedAttempt: "BEST" }, [expired], day(4, 2))).toBe("todo");
  });
});

describe("time limit", () => {
  it("the deadline is the start plus the limit; no limit, no deadline", () => {
    expect(deadlineFor(day(1), 15)).toEqual(new Date(day(1).getTime() + 15 * 60_000));
    expect(deadlineFor(day(1), null)).toBeNull();
  });

  it("answers are accepted up to the deadline plus a short grace for the request's trip, refused after", () => {
    const deadline = day(1, 10);
    expect(acceptsAnswerAt(deadline, new Date(deadline.getTime() + ANSWER_GRACE_MS))).toBe(true);
    expect(acceptsAnswerAt(deadline, new Date(deadline.getTime() + ANSWER_GRACE_MS + 1))).toBe(false);
    expect(acceptsAnswerAt(null, day(30))).toBe(true);
  });
});

describe("formatDue", () => {
  it("shows the due date in the zone it was set in, naming the zone", () => {
    // 16:00 UTC is 17:00 in Berlin (CET) and 11:00 in New York (EST).
    expect(formatDue(new Date("2026-12-04T16:00:00Z"), "Europe/Berlin")).toBe("Fri 4 Dec 2026, 17:00 (Europe/Berlin)");
    expect(formatDue(new Date("2026-12-04T16:00:00Z"), "America/New_York")).toBe("Fri 4 Dec 2026, 11:00 (America/New_York)");
  });
});

describe("local input value and description", () => {
  it("gives the wall-clock time a datetime-local field shows in the due date's zone (round trip of the API's input)", () => {
    expect(localInputValue(new Date("2026-12-04T16:00:00Z"), "Europe/Berlin")).toBe("2026-12-04T17:00");
    expect(localInputValue(new Date("2026-07-01T00:30:00Z"), "America/Los_Angeles")).toBe("2026-06-30T17:30");
  });

  it("describes the settings in one line", () => {
    expect(describeSettings({ mode: "TEST", questionCount: 3, attemptsAllowed: 1, timeLimitMinutes: 10, countedAttempt: "FIRST" })).toBe(
      "Test · 3 questions · 1 attempt · 10-minute limit · first attempt counts",
    );
    expect(describeSettings({ mode: "PRACTICE", questionCount: null, attemptsAllowed: null, timeLimitMinutes: null, countedAttempt: "BEST" })).toBe(
      "Practice · every question · unlimited attempts · no time limit · best attempt counts",
    );
  });
});

describe("who may take an assignment or bring their own text", () => {
  const learner = { id: "u", name: "U", email: "u@x", role: "learner" as const, isAnonymous: false, timeZone: "UTC", dayStartHour: 4 };
  it("members of the class, while the set is not private", () => {
    expect(mayTakeAssignment(learner, { set: { visibility: "CLASS" } }, true)).toBe(true);
    expect(mayTakeAssignment(learner, { set: { visibility: "CLASS" } }, false)).toBe(false);
    expect(mayTakeAssignment(learner, { set: { visibility: "PRIVATE" } }, true)).toBe(false);
    expect(mayTakeAssignment(null, { set: { visibility: "PUBLIC" } }, true)).toBe(false);
  });
  it("any signed-up account brings its own text; guests and nobody do not", () => {
    expect(mayImportOwnArticle(learner)).toBe(true);
    expect(mayImportOwnArticle({ ...learner, isAnonymous: true })).toBe(false);
    expect(mayImportOwnArticle(null)).toBe(false);
  });
});
