-- The article's headings and list items (JSON), kept from its file for the article page and the
-- generator; articles stored before keep the default until their file is imported again.
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "outline" TEXT NOT NULL DEFAULT '{"headings":[],"listItems":[]}';
