import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { once } from "node:events";
import { randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import { IngestError } from "@/lib/ingest/ingest-error";
import { resolveLimits } from "@/lib/ingest/limits";
import { deleteUploadChunks, hasUploadChunks, insertUploadChunk, listUploadChunkFiles, readUploadChunk } from "@/lib/db/ingests/upload-chunks";
import { DuplicateUploadError, listUploadedFiles, removeUploadDir, safeFileName, saveUpload, uploadDirFor } from "./save-upload";

// Where an upload waits for its ingest. By default in the database (UploadChunk rows of 1 MiB), so a worker
// on any machine can read what any web server received; with DISTILLSCOPE_SPOOL=disk, in
// <data dir>/uploads/<ingest id>/ as before (one machine, or a data dir every process shares). The ingest
// row says which: a disk spool has its folder in `uploadPath`. Both stream: memory holds one chunk.

export const SPOOL_CHUNK_BYTES = 1024 * 1024;

/** The spool of one ingest: `dir` is set for a disk spool, null for the database. */
export type Spool = { ingestId: string; dir: string | null };

/** Where a new upload spools, by DISTILLSCOPE_SPOOL. */
export function newSpool(ingestId: string): Spool {
  return { ingestId, dir: getEnv().DISTILLSCOPE_SPOOL === "disk" ? uploadDirFor(ingestId) : null };
}

export type SpooledFile = { name: string; bytes: number };

/** Streams one file into the spool, refusing a second file of the same name and anything over the size limit. */
export async function spoolFile(spool: Spool, name: string, body: ReadableStream<Uint8Array> | Readable): Promise<SpooledFile> {
  if (spool.dir) {
    const saved = await saveUpload(spool.dir, name, body);
    return { name: saved.name, bytes: saved.bytes };
  }
  const fileName = safeFileName(name);
  if (await hasUploadChunks(spool.ingestId, fileName)) throw new DuplicateUploadError(fileName);
  const { maxFileBytes } = resolveLimits();
  const source = body instanceof Readable ? body : Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
  let bytes = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    await insertUploadChunk(spool.ingestId, fileName, seq++, Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxFileBytes) {
        throw new IngestError("file-too-large", fileName, `${fileName} is larger than the ${maxFileBytes}-byte upload limit. Split it, or ask the operator to raise DISTILLSCOPE_MAX_FILE_BYTES.`);
      }
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= SPOOL_CHUNK_BYTES) await flush();
    }
    if (pendingBytes > 0 || seq === 0) await flush(); // an empty file is one empty chunk: it exists
  } catch (error) {
    source.destroy();
    await deleteUploadChunks([spool.ingestId], fileName).catch(() => undefined);
    throw error;
  }
  return { name: fileName, bytes };
}

export async function listSpooledFiles(spool: Spool): Promise<SpooledFile[]> {
  if (spool.dir) return (await listUploadedFiles(spool.dir)).map((f) => ({ name: f.name, bytes: f.bytes }));
  return listUploadChunkFiles(spool.ingestId);
}

export type LocalCopy = { files: { name: string; path: string; bytes: number }[]; release: () => Promise<void> };

/**
 * The spooled files as local paths the parsers can read (they need files: zip entries are read out of
 * order). A disk spool is read in place; a database spool is copied chunk by chunk to a private folder under
 * the data dir, removed by `release`.
 */
export async function copySpoolToDisk(spool: Spool): Promise<LocalCopy> {
  const files = await listSpooledFiles(spool);
  if (spool.dir) {
    const dir = spool.dir;
    return { files: files.map((f) => ({ ...f, path: path.join(dir, f.name) })), release: async () => undefined };
  }
  const dir = path.resolve(getEnv().DISTILLSCOPE_DATA_DIR, "spool-copies", `${spool.ingestId}-${randomBytes(4).toString("hex")}`);
  await mkdir(dir, { recursive: true });
  const release = () => rm(dir, { recursive: true, force: true });
  try {
    const out = [];
    for (const file of files) {
      const target = path.join(dir, file.name);
      const stream = createWriteStream(target, { flags: "wx" });
      for (let seq = 0; ; seq++) {
        const chunk = await readUploadChunk(spool.ingestId, file.name, seq);
        if (!chunk) break;
        if (!stream.write(chunk)) await once(stream, "drain");
      }
      stream.end();
      await once(stream, "close");
      out.push({ ...file, path: target });
    }
    return { files: out, release };
  } catch (error) {
    await release();
    throw error;
  }
}

/** Removes the spool, wherever it is. */
export async function deleteSpool(spool: Spool): Promise<void> {
  if (spool.dir) await removeUploadDir(spool.dir);
  await deleteUploadChunks([spool.ingestId]);
}
