// A JSON array file in one JSON.parse instead of element by element through the streaming splitter, for
// callers that need no line numbers: the CLI reads each file twice (fingerprints, then snippets), and the
// stream's splitting, UTF-8 checks and generators cost several times one JSON.parse. Anything unusual (bad
// UTF-8, bad JSON, not an array) gives null and the caller streams instead, whose errors name their line.
import { isUtf8 } from "node:buffer";

/** Files up to this size are parsed whole (the text and its values are held at once, briefly). */
export const WHOLE_ARRAY_MAX_BYTES = 16 * 1024 * 1024;

/** The top-level array's elements, or null when `buffer` is not valid UTF-8 holding one JSON array. */
export function parseWholeArray(buffer: Buffer): unknown[] | null {
  if (!isUtf8(buffer)) return null;
  let text = buffer.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return Array.isArray(value) ? value : null;
}
