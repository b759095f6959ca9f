import { describe, expect, it } from "vitest";
import { countParagraphs, countSentences } from "@/lib/text/document-stats";
import { scanRawText } from "@/lib/text/scan-raw-text";
import { countStyleMarkers, MARKER_NAMES } from "@/lib/text/style-markers";

// scanRawText replaces three separate passes; on random text built from the characters those passes look
// at it must count exactly what they count.
const ALPHABET = [..."ab1 \t\n\n.!?…\"“'()[]]:;—–-*_`|#+•0123456789", "...", "**", "__", "```", "\u00a0", "\u2028", "🎉", "©", "x"];

function randomText(seed: number, length: number): string {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join("");
}

describe("scanRawText", () => {
  it("counts markers, sentences and paragraphs as the separate passes do", () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed, 1 + (seed % 80));
      const markers = new Uint32Array(MARKER_NAMES.length);
      const scan = scanRawText(text, markers, 0);
      expect({ text, markers: [...markers], sentences: scan.sentences, paragraphs: scan.paragraphs }).toEqual({
        text,
        markers: countStyleMarkers(text),
        sentences: countSentences(text),
        paragraphs: countParagraphs(text),
      });
    }
  });

  it("writes at the given offset", () => {
    const markers = new Uint32Array(2 * MARKER_NAMES.length);
    scanRawText("Really?! Yes: sure.", markers, MARKER_NAMES.length);
    expect([...markers.subarray(MARKER_NAMES.length)]).toEqual(countStyleMarkers("Really?! Yes: sure."));
    expect(markers.subarray(0, MARKER_NAMES.length).every((v) => v === 0)).toBe(true);
  });

  it("finds no emoji among ASCII characters (the emoji regex runs only on non-ASCII text)", () => {
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join("");
    expect(ascii.match(/\p{Extended_Pictographic}/gu)).toBeNull();
  });
});
