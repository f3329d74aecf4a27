-- CreateIndex
CREATE INDEX "Card_userId_state_due_id_idx" ON "Card"("userId", "state", "due", "id");

-- CreateIndex
CREATE INDEX "Card_userId_flag_due_id_idx" ON "Card"("userId", "flag", "due", "id");

