-- AlterTable
ALTER TABLE "StudySettings" ADD COLUMN     "learnAheadMinutes" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "newIgnoresReviewLimit" BOOLEAN NOT NULL DEFAULT false;

