-- AlterTable
ALTER TABLE "ClassAssignment" ADD COLUMN     "attemptsAllowed" INTEGER,
ADD COLUMN     "countedAttempt" TEXT NOT NULL DEFAULT 'BEST',
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "dueTimeZone" TEXT NOT NULL DEFAULT 'UTC',
ADD COLUMN     "mode" TEXT NOT NULL DEFAULT 'PRACTICE',
ADD COLUMN     "questionCount" INTEGER,
ADD COLUMN     "timeLimitMinutes" INTEGER;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "assignmentAttempt" INTEGER,
ADD COLUMN     "assignmentClassId" TEXT,
ADD COLUMN     "deadlineAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_assignmentClassId_setId_userId_assignmentAttempt_key" ON "Attempt"("assignmentClassId", "setId", "userId", "assignmentAttempt");

