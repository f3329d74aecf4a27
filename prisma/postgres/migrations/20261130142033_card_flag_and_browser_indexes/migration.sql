-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "flag" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Card_userId_due_id_idx" ON "Card"("userId", "due", "id");

-- CreateIndex
CREATE INDEX "Card_userId_difficulty_id_idx" ON "Card"("userId", "difficulty", "id");

-- CreateIndex
CREATE INDEX "Card_userId_stability_id_idx" ON "Card"("userId", "stability", "id");

-- CreateIndex
CREATE INDEX "Card_userId_lapses_id_idx" ON "Card"("userId", "lapses", "id");

