// Opens an input file as a sequence of entries (one for plain and .gz files, one per file inside a .zip),
// each a stream of raw bytes, enforcing the size, unpacked-size and compression-ratio limits while streaming.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { Readable, pipeline } from "node:stream";
import { createGunzip, createInflateRaw } from "node:zlib";
import yauzlModule from "yauzl";
import { IngestError, formatBytes } from "@/lib/ingest/ingest-error";
import type { IngestLimits } from "@/lib/ingest/types";

export type InputEntry = {
  /** For errors and `source.file`: the display name, or "archive.zip/inner.jsonl". */
  file: string;
  /** The name whose extension hints the format ("data.jsonl" for "data.jsonl.gz"). */
  name: string;
  archive?: "zip" | "gzip";
  chunks: AsyncIterable<Buffer>;
};

const CHUNK_BYTES = 1024 * 1024;

// @types/yauzl describes v2; these are the v3 calls used here.
type ZipEntry = {
  fileNameRaw: Buffer;
  generalPurposeBitFlag: number;
  compressionMethod: number;
  compressedSize: number;
  uncompressedSize: number;
  isEncrypted(): boolean;
};
type ZipFile = {
  entryCount: number;
  eachEntry(): AsyncIterableIterator<ZipEntry>;
  openReadStreamPromise(entry: ZipEntry, options: { decodeFileData: false }): Promise<Readable>;
  close(): void;
};
const yauzl = yauzlModule as unknown as {
  openPromise(path: string, options: Record<string, unknown>): Promise<ZipFile>;
};

/** Shared accounting of inflated bytes for one archive. */
class UnpackGuard {
  private total = 0;
  constructor(private readonly archive: string, private readonly limits: IngestLimits) {}

  /** Called as inflated bytes arrive for an entry that has consumed `compressed` input bytes so far. */
  add(bytes: number, entryInflated: number, compressed: number, file: string): void {
    this.total += bytes;
    if (this.total > this.limits.maxUnpackedBytes) throw tooLarge(this.archive, this.limits);
    const ratio = entryInflated / Math.max(compressed, 1);
    if (entryInflated > this.limits.bombMinBytes && ratio > this.limits.maxCompressionRatio) {
      throw bomb(file, `it inflates more than ${Math.floor(ratio)}:1`);
    }
  }

  /** Header sizes can lie, so this is only a first check: `add` counts the real bytes. */
  checkHeader(entry: ZipEntry, file: string): void {
    if (this.total + entry.uncompressedSize > this.limits.maxUnpackedBytes) throw tooLarge(this.archive, this.limits);
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > this.limits.bombMinBytes && ratio > this.limits.maxCompressionRatio) {
      throw bomb(file, `it declares a ${Math.floor(ratio)}:1 compression ratio`);
    }
  }
}

function tooLarge(archive: string, limits: IngestLimits): IngestError {
  return new IngestError(
    "archive-too-large",
    archive,
    `${archive} unpacks to more than ${formatBytes(limits.maxUnpackedBytes)}, the limit. ` +
      "Split it into smaller archives, or raise DISTILLSCOPE_MAX_UNPACKED_BYTES.",
  );
}

function bomb(file: string, why: string): IngestError {
  return new IngestError(
    "zip-bomb",
    file,
    `${file} looks like a zip bomb (${why}), so it was not unpacked. Upload the uncompressed files instead.`,
  );
}

function damaged(file: string, kind: string, error: unknown): IngestError {
  const detail = error instanceof Error ? error.message : String(error);
  return new IngestError("unknown-format", file, `${file} is not a valid ${kind} archive (${detail}). Re-create it, or upload the files uncompressed.`);
}

async function* readFileChunks(filePath: string, onRead: (bytes: number) => void): AsyncGenerator<Buffer> {
  const stream = createReadStream(filePath, { highWaterMark: CHUNK_BYTES });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onRead(chunk.length);
    yield chunk;
  }
}

/**
 * Pipes chunks through a zlib transform, counting inflated bytes against the guard. The ratio is taken
 * against the compressed bytes zlib has actually consumed (`bytesWritten`), not the bytes read from disk:
 * reads run megabytes ahead of inflation, which let a bomb inflate hundreds of megabytes before the
 * ratio looked suspicious.
 */
async function* inflateChunks(
  source: AsyncIterable<Buffer>,
  transform: ReturnType<typeof createGunzip>,
  guard: UnpackGuard,
  file: string,
  kind: string,
  declaredSize?: number,
): AsyncGenerator<Buffer> {
  const input = Readable.from(source, { objectMode: false });
  pipeline(input, transform, () => {});
  let inflated = 0;
  try {
    for await (const chunk of transform as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (declaredSize !== undefined && inflated > declaredSize) throw bomb(file, "it holds more data than its header declares");
      guard.add(chunk.length, inflated, transform.bytesWritten, file);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw damaged(file, kind, error);
  } finally {
    transform.destroy();
    input.destroy();
  }
}

function decodeZipName(entry: ZipEntry): string {
  const raw = entry.fileNameRaw;
  if (entry.generalPurposeBitFlag & 0x800) return raw.toString("utf8");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return raw.toString("latin1");
  }
}

function isIgnoredZipName(name: string): boolean {
  const parts = name.split("/");
  const base = parts[parts.length - 1];
  return name.endsWith("/") || parts.includes("__MACOSX") || base === ".DS_Store" || base === "Thumbs.db";
}

/** Names that would reach outside an extraction folder: "../x", "/etc/x", "C:\x", "a/../../x". */
export function escapesRoot(name: string): boolean {
  const normal = name.replace(/\\/g, "/");
  if (normal.startsWith("/") || /^[A-Za-z]:/.test(normal)) return true;
  let depth = 0;
  for (const part of normal.split("/")) {
    if (part === "..") depth -= 1;
    else if (part !== "." && part !== "") depth += 1;
    if (depth < 0) return true;
  }
  return false;
}

async function sniffMagic(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, "r");
  try {
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function stripGz(name: string): string {
  return name.replace(/\.t?gz$/i, (m) => (m.toLowerCase() === ".tgz" ? ".tar" : ""));
}

export async function* openEntries(
  filePath: string,
  displayName: string,
  limits: IngestLimits,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<InputEntry> {
  const { size } = await stat(filePath);
  if (size > limits.maxFileBytes) {
    throw new IngestError(
      "file-too-large",
      displayName,
      `${displayName} is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit. ` +
        "Split it into smaller files, or raise DISTILLSCOPE_MAX_FILE_BYTES.",
    );
  }
  const magic = await sniffMagic(filePath);
  let read = 0;
  const onRead = (bytes: number) => {
    read += bytes;
    onBytes?.(read);
  };

  if (magic[0] === 0x50 && magic[1] === 0x4b && (magic[2] === 3 || magic[2] === 5)) {
    yield* zipEntries(filePath, displayName, limits, onBytes);
    onBytes?.(size);
    return;
  }
  if (magic[0] === 0x1f && magic[1] === 0x8b) {
    const guard = new UnpackGuard(displayName, limits);
    const chunks = inflateChunks(readFileChunks(filePath, onRead), createGunzip(), guard, displayName, "gzip");
    yield { file: displayName, name: stripGz(displayName), archive: "gzip", chunks };
    return;
  }
  yield { file: displayName, name: displayName, chunks: readFileChunks(filePath, onRead) };
}

async function* zipEntries(
  filePath: string,
  displayName: string,
  limits: IngestLimits,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<InputEntry> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(filePath, { lazyEntries: true, decodeStrings: false, validateEntrySizes: false, autoClose: false });
  } catch (error) {
    throw damaged(displayName, "zip", error);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new IngestError(
        "archive-too-large",
        displayName,
        `${displayName} holds ${zip.entryCount} files, over the limit of ${limits.maxEntries}. Split it into smaller archives.`,
      );
    }
    const guard = new UnpackGuard(displayName, limits);
    let done = 0;
    const entries = zip.eachEntry();
    for (;;) {
      let next: IteratorResult<ZipEntry>;
      try {
        next = await entries.next();
      } catch (error) {
        throw damaged(displayName, "zip", error);
      }
      if (next.done) break;
      const entry = next.value;
      const name = decodeZipName(entry);
      const file = `${displayName}/${name}`;
      if (escapesRoot(name)) {
        throw new IngestError(
          "path-traversal",
          file,
          `${displayName} contains an entry named "${name}", which points outside the archive. Nothing was imported; re-create the archive with plain relative names.`,
        );
      }
      if (isIgnoredZipName(name)) continue;
      if (entry.isEncrypted()) {
        throw new IngestError("unknown-format", file, `${file} is encrypted. Upload an unencrypted archive.`);
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        throw new IngestError(
          "unknown-format",
          file,
          `${file} uses an unsupported zip compression method (${entry.compressionMethod}). Re-create the archive with standard (deflate) compression.`,
        );
      }
      guard.checkHeader(entry, file);
      let compressed = 0;
      const raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
      const base = done;
      const counted = (async function* () {
        for await (const chunk of raw as AsyncIterable<Buffer>) {
          compressed += chunk.length;
          onBytes?.(base + compressed);
          yield chunk;
        }
      })();
      const chunks =
        entry.compressionMethod === 8
          ? inflateChunks(counted, createInflateRaw(), guard, file, "zip", entry.uncompressedSize)
          : storedChunks(counted, guard, file, entry.uncompressedSize);
      yield { file, name, archive: "zip", chunks };
      raw.destroy(); // a consumer that only sniffed the head leaves the rest unread
      done += entry.compressedSize;
      onBytes?.(done);
    }
  } finally {
    zip.close();
  }
}

async function* storedChunks(source: AsyncIterable<Buffer>, guard: UnpackGuard, file: string, declared: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > declared) throw bomb(file, "it holds more data than its header declares");
    guard.add(chunk.length, total, total, file);
    yield chunk;
  }
}
