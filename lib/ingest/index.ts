export { detectFormat } from "@/lib/ingest/detect-format";
export { IngestError, isIngestError } from "@/lib/ingest/ingest-error";
export { DEFAULT_LIMITS, resolveLimits } from "@/lib/ingest/limits";
export { previewFile, type PreviewOptions } from "@/lib/ingest/preview-file";
export { readRecords } from "@/lib/ingest/read-records";
export { suggestMapping } from "@/lib/ingest/suggest-mapping";
export type * from "@/lib/ingest/types";
