// Streams the elements of a top-level JSON array (or a single top-level value) as raw JSON text, one element at a
// time, so a 1 GB array is never held in memory. Each element is then parsed on its own with JSON.parse.
import { IngestError, formatBytes } from "@/lib/ingest/ingest-error";

export type JsonElement = { json: string; line: number };

const OPEN_BRACE = 0x7b, CLOSE_BRACE = 0x7d, OPEN_BRACKET = 0x5b, CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, NEWLINE = 0x0a;

/** What ends a run of plain string contents: a quote, an escape or a newline (counted for line numbers). */
const STRING_STOP = /["\\\n]/g;

function isSpace(code: number): boolean {
  return code === 0x20 || code === NEWLINE || code === 0x0d || code === 0x09;
}

type Phase = "start" | "between" | "value" | "done";

export class JsonArraySplitter {
  private phase: Phase = "start";
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** A bare value (number, literal) at element level: ends at "," / "]" / whitespace. */
  private bare = false;
  private parts: string[] = [];
  private partBytes = 0;
  private valueLine = 0;
  private line = 1;
  private skip: number;

  /**
   * @param mode "array": elements of the top-level array; "single": the top-level value itself.
   * @param skipChars characters to skip first (a `{"data": ` wrapper prefix, so the array follows).
   */
  constructor(
    private readonly file: string,
    private readonly mode: "array" | "single",
    private readonly maxRecordChars: number,
    skipChars = 0,
  ) {
    this.skip = skipChars;
    if (mode === "single") this.phase = "between";
  }

  private fail(message: string): IngestError {
    return new IngestError("malformed-json", this.file, `${this.file}: ${message} (line ${this.line}). Fix the file and upload it again.`, {
      lines: [this.line],
      count: 1,
    });
  }

  push(text: string): JsonElement[] {
    const out: JsonElement[] = [];
    let i = 0;
    if (this.skip > 0) {
      const n = Math.min(this.skip, text.length);
      for (let k = 0; k < n; k++) if (text.charCodeAt(k) === NEWLINE) this.line += 1;
      this.skip -= n;
      i = n;
    }
    let valueStart = this.phase === "value" ? i : -1;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.phase === "value") {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === BACKSLASH) this.escaped = true;
          else if (c === QUOTE) {
            this.inString = false;
            if (this.depth === 0) {
              this.finish(text, valueStart, i + 1, out);
              valueStart = -1;
            }
          } else if (c === NEWLINE) this.line += 1;
          else {
            // Most of a file is string contents: jump to the next character that matters there.
            STRING_STOP.lastIndex = i + 1;
            i = STRING_STOP.test(text) ? STRING_STOP.lastIndex - 1 : n;
            continue;
          }
          i += 1;
          continue;
        }
        if (this.bare) {
          if (c === COMMA || c === CLOSE_BRACKET || isSpace(c)) {
            this.finish(text, valueStart, i, out);
            valueStart = -1;
            continue; // re-read the delimiter in the "between" phase
          }
          i += 1;
          continue;
        }
        if (c === QUOTE) this.inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth += 1;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          this.depth -= 1;
          if (this.depth === 0) {
            this.finish(text, valueStart, i + 1, out);
            valueStart = -1;
          }
        } else if (c === NEWLINE) this.line += 1;
        i += 1;
        continue;
      }
      if (c === NEWLINE) this.line += 1;
      i += 1;
      if (isSpace(c) || this.phase === "done") continue;
      if (this.phase === "start") {
        if (c !== OPEN_BRACKET) throw this.fail("expected a JSON array starting with [");
        this.phase = "between";
        continue;
      }
      // phase "between": a value starts, or a separator / the end of the array
      if (c === COMMA && this.mode === "array") continue;
      if (c === CLOSE_BRACKET && this.mode === "array") {
        this.phase = "done";
        continue;
      }
      this.phase = "value";
      this.valueLine = this.line;
      valueStart = i - 1;
      this.depth = 0;
      this.bare = false;
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth = 1;
      else this.bare = true;
    }
    if (this.phase === "value" && valueStart !== -1) this.keep(text.slice(valueStart));
    return out;
  }

  /** Call at the end of the input; returns a trailing bare value, throws when the JSON was cut short. */
  end(): JsonElement[] {
    if (this.phase === "value" && this.bare) {
      const out: JsonElement[] = [];
      this.finish("", 0, 0, out);
      if (this.mode === "array") throw this.fail("the JSON array is not closed with ]");
      return out;
    }
    if (this.phase === "value") throw this.fail("the JSON ends in the middle of a record (is the file cut short?)");
    if (this.mode === "array" && this.phase !== "done") throw this.fail("the JSON array is not closed with ]");
    if (this.mode === "single" && this.phase !== "done") throw this.fail("the file holds no JSON value");
    return [];
  }

  private keep(piece: string): void {
    this.parts.push(piece);
    this.partBytes += piece.length;
    if (this.partBytes > this.maxRecordChars) {
      throw new IngestError(
        "file-too-large",
        this.file,
        `${this.file}: the record starting at line ${this.valueLine} is larger than ${formatBytes(this.maxRecordChars)}, the largest record accepted.`,
        { lines: [this.valueLine], count: 1 },
      );
    }
  }

  private finish(text: string, start: number, end: number, out: JsonElement[]): void {
    const tail = text.slice(start, end);
    const json = this.parts.length === 0 ? tail : this.parts.join("") + tail;
    if (json.length > this.maxRecordChars) this.keep(json); // reports the oversized record
    this.parts = [];
    this.partBytes = 0;
    out.push({ json, line: this.valueLine });
    this.phase = this.mode === "single" ? "done" : "between";
    this.bare = false;
    this.inString = false;
    this.escaped = false;
    this.depth = 0;
  }
}
