// Turns raw byte chunks into text chunks that end on a line boundary, validating UTF-8 on the way so that an
// invalid byte is reported with its line number. Splitting at "\n" is safe: 0x0A never occurs inside a UTF-8
// multi-byte sequence.
import { isUtf8 } from "node:buffer";
import { IngestError, formatBytes } from "@/lib/ingest/ingest-error";

export type TextChunk = {
  /** Complete lines (each ending in "\n", except perhaps the very last one of the input). */
  text: string;
  /** 1-based line number of the first line in `text`. */
  firstLine: number;
};

const NEWLINE = 0x0a;

function notUtf8(file: string, line: number): IngestError {
  return new IngestError(
    "not-utf8",
    file,
    `${file} is not valid UTF-8 text (line ${line}). Save it as UTF-8 and upload it again.`,
    { lines: [line], count: 1 },
  );
}

function countNewlines(buffer: Buffer): number {
  let count = 0;
  let at = buffer.indexOf(NEWLINE);
  while (at !== -1) {
    count += 1;
    at = buffer.indexOf(NEWLINE, at + 1);
  }
  return count;
}

/** The first line of `buffer` that is not valid UTF-8 (the buffer as a whole is known to be invalid), and where it starts. */
export function firstBadLine(buffer: Buffer, firstLine: number): number {
  return locateBadLine(buffer, firstLine).line;
}

function locateBadLine(buffer: Buffer, firstLine: number): { line: number; offset: number } {
  let start = 0;
  let line = firstLine;
  for (;;) {
    const end = buffer.indexOf(NEWLINE, start);
    const piece = buffer.subarray(start, end === -1 ? buffer.length : end);
    if (!isUtf8(piece) || end === -1) return { line, offset: start };
    start = end + 1;
    line += 1;
  }
}

/** End of the last complete UTF-8 character in `buffer` (so a cut there splits no character). */
function charBoundary(buffer: Buffer): number {
  for (let back = 1; back <= Math.min(4, buffer.length); back++) {
    const byte = buffer[buffer.length - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    const size = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return size <= back ? buffer.length : buffer.length - back;
  }
  return buffer.length; // invalid either way: let validation report it
}

/**
 * @param lineAligned true: every chunk ends at a newline (lines never split; a line may be at most `maxLineBytes`).
 *   false: chunks end anywhere between characters (for JSON arrays written on one line, and whole documents).
 */
export async function* decodeUtf8(
  chunks: AsyncIterable<Buffer>,
  file: string,
  maxLineBytes: number,
  lineAligned = true,
): AsyncGenerator<TextChunk> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 1;
  let first = true;

  const decode = (buffer: Buffer): TextChunk => {
    let text = buffer.toString("utf8");
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    const chunk = { text, firstLine: line };
    line += countNewlines(buffer);
    return chunk;
  };
  // Valid lines before an invalid one are still delivered, then the error names the line.
  function* emit(buffer: Buffer): Generator<TextChunk> {
    if (isUtf8(buffer)) {
      yield decode(buffer);
      return;
    }
    const bad = locateBadLine(buffer, line);
    if (bad.offset > 0) yield decode(buffer.subarray(0, bad.offset));
    throw notUtf8(file, bad.line);
  }

  for await (const chunk of chunks) {
    if (!lineAligned) {
      const buffer = pending.length === 0 ? chunk : Buffer.concat([...pending, chunk]);
      const cut = charBoundary(buffer);
      pending = cut < buffer.length ? [buffer.subarray(cut)] : [];
      pendingBytes = buffer.length - cut;
      if (cut > 0) yield* emit(buffer.subarray(0, cut));
      continue;
    }
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline === -1) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes > maxLineBytes) {
        throw new IngestError(
          "file-too-large",
          file,
          `${file}: line ${line} is longer than ${formatBytes(maxLineBytes)}, the largest record accepted. Split the record or the file.`,
          { lines: [line], count: 1 },
        );
      }
      continue;
    }
    const complete = pending.length === 0 ? chunk.subarray(0, lastNewline + 1) : Buffer.concat([...pending, chunk.subarray(0, lastNewline + 1)]);
    const rest = chunk.subarray(lastNewline + 1);
    pending = rest.length > 0 ? [rest] : [];
    pendingBytes = rest.length;
    yield* emit(complete);
  }
  if (pendingBytes > 0) yield* emit(Buffer.concat(pending));
}
