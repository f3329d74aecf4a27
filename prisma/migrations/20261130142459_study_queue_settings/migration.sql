-- AlterTable (additive: appended columns with defaults, no table rebuild)
ALTER TABLE "StudySettings" ADD COLUMN "newIgnoresReviewLimit" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "StudySettings" ADD COLUMN "learnAheadMinutes" INTEGER NOT NULL DEFAULT 20;
