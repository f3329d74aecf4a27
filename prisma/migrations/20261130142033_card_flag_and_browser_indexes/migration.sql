-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "factKey" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL DEFAULT 0,
    "difficulty" REAL NOT NULL DEFAULT 0,
    "elapsedDays" INTEGER NOT NULL DEFAULT 0,
    "scheduledDays" INTEGER NOT NULL DEFAULT 0,
    "learningSteps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL DEFAULT 0,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL DEFAULT 0,
    "lastReview" DATETIME,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "leech" BOOLEAN NOT NULL DEFAULT false,
    "buriedUntil" DATETIME,
    "flag" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Card_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Card_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("buriedUntil", "createdAt", "difficulty", "due", "elapsedDays", "factKey", "id", "lapses", "lastReview", "learningSteps", "leech", "questionId", "reps", "scheduledDays", "stability", "state", "suspended", "updatedAt", "userId") SELECT "buriedUntil", "createdAt", "difficulty", "due", "elapsedDays", "factKey", "id", "lapses", "lastReview", "learningSteps", "leech", "questionId", "reps", "scheduledDays", "stability", "state", "suspended", "updatedAt", "userId" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_userId_due_idx" ON "Card"("userId", "due");
CREATE INDEX "Card_userId_state_idx" ON "Card"("userId", "state");
CREATE INDEX "Card_userId_state_due_idx" ON "Card"("userId", "state", "due");
CREATE INDEX "Card_userId_due_id_idx" ON "Card"("userId", "due", "id");
CREATE INDEX "Card_userId_difficulty_id_idx" ON "Card"("userId", "difficulty", "id");
CREATE INDEX "Card_userId_stability_id_idx" ON "Card"("userId", "stability", "id");
CREATE INDEX "Card_userId_lapses_id_idx" ON "Card"("userId", "lapses", "id");
CREATE UNIQUE INDEX "Card_userId_questionId_key" ON "Card"("userId", "questionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

