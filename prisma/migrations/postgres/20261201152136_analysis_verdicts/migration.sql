-- AlterTable
ALTER TABLE "Analysis" ADD COLUMN     "verdicts" TEXT;
