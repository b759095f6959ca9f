-- AlterTable
ALTER TABLE "Corpus" ADD COLUMN     "languages" TEXT;
