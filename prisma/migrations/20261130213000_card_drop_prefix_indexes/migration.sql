-- (userId, due, id) and (userId, state, due, id) serve every read these served; each index is
-- one more B-tree that every rating's UPDATE of the card rewrites.
-- DropIndex
DROP INDEX "Card_userId_due_idx";

-- DropIndex
DROP INDEX "Card_userId_state_idx";

-- DropIndex
DROP INDEX "Card_userId_state_due_idx";
