-- AlterTable
ALTER TABLE "AttemptAnswer" ADD COLUMN "overridden" BOOLEAN NOT NULL DEFAULT false;
