-- Assignment settings (fixed by the teacher) and an attempt's link to its assignment. Plain ADD
-- COLUMNs with defaults: existing assignments read as practice, every question, no due date,
-- unlimited attempts, no time limit, best attempt counts.
ALTER TABLE "ClassAssignment" ADD COLUMN "mode" TEXT NOT NULL DEFAULT 'PRACTICE';
ALTER TABLE "ClassAssignment" ADD COLUMN "questionCount" INTEGER;
ALTER TABLE "ClassAssignment" ADD COLUMN "dueAt" DATETIME;
ALTER TABLE "ClassAssignment" ADD COLUMN "dueTimeZone" TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE "ClassAssignment" ADD COLUMN "attemptsAllowed" INTEGER;
ALTER TABLE "ClassAssignment" ADD COLUMN "timeLimitMinutes" INTEGER;
ALTER TABLE "ClassAssignment" ADD COLUMN "countedAttempt" TEXT NOT NULL DEFAULT 'BEST';

ALTER TABLE "Attempt" ADD COLUMN "assignmentAttempt" INTEGER;
ALTER TABLE "Attempt" ADD COLUMN "assignmentClassId" TEXT;
ALTER TABLE "Attempt" ADD COLUMN "deadlineAt" DATETIME;

CREATE UNIQUE INDEX "Attempt_assignmentClassId_setId_userId_assignmentAttempt_key" ON "Attempt"("assignmentClassId", "setId", "userId", "assignmentAttempt");
