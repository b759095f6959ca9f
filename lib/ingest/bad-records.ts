// Collects bad records: under `skipBadRecords` they go to the caller's list; otherwise the first few line
// numbers and the total are kept for one error that names them all.
import { IngestError, describeLines } from "@/lib/ingest/ingest-error";
import type { IngestContainer, IngestErrorCode, SkippedRecord } from "@/lib/ingest/types";

const MAX_LINES = 5;

export class BadRecords {
  private readonly lines: number[] = [];
  private readonly counts = new Map<IngestErrorCode, { count: number; reason: string }>();
  private firstCode: IngestErrorCode | null = null;
  count = 0;

  constructor(
    private readonly file: string,
    private readonly container: IngestContainer,
    private readonly skip: boolean,
    private readonly skipped?: SkippedRecord[],
  ) {}

  add(code: IngestErrorCode, line: number, reason: string): void {
    if (this.skip) {
      this.skipped?.push({ file: this.file, line, reason, code });
      return;
    }
    this.count += 1;
    if (this.lines.length < MAX_LINES) this.lines.push(line);
    this.firstCode ??= code;
    const entry = this.counts.get(code);
    if (entry) entry.count += 1;
    else this.counts.set(code, { count: 1, reason });
  }

  /** True once a bad record was seen and records are not being skipped: stop yielding, keep counting. */
  get failing(): boolean {
    return this.count > 0;
  }

  error(): IngestError {
    const parts: string[] = [];
    for (const [code, { count, reason }] of this.counts) parts.push(this.describe(code, count, reason));
    const where = describeLines(this.lines, this.count);
    const them = this.count === 1 ? "it" : "them";
    const message = `${this.file}: ${parts.join("; ")} (${where}). Fix ${them}, or re-upload with 'skip bad records'.`;
    return new IngestError(this.firstCode ?? "malformed-json", this.file, message, { lines: [...this.lines], count: this.count });
  }

  private describe(code: IngestErrorCode, count: number, reason: string): string {
    const one = count === 1;
    if (code === "malformed-json") {
      if (this.container === "delimited") return `${count} ${one ? "row is" : "rows are"} not valid CSV/TSV (${reason})`;
      if (this.container === "lines") return `${count} ${one ? "line is" : "lines are"} not valid JSON`;
      return `${count} ${one ? "record is" : "records are"} not valid JSON`;
    }
    if (code === "no-response-field") return `${count} ${one ? "record has" : "records have"} no response text: ${reason}`;
    return `${count} bad ${one ? "record" : "records"}: ${reason}`;
  }
}
