import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { IngestError } from "@/lib/ingest/ingest-error";
import { resolveLimits } from "@/lib/ingest/limits";
import { getEnv } from "@/lib/env";

// Uploaded files are streamed to disk (never held in memory) under data/uploads/<ingest id>/, kept
// until the ingest finishes, then deleted.

export class DuplicateUploadError extends Error {
  constructor(readonly fileName: string) {
    super(`A file named ${fileName} is already part of this upload. Rename one of them.`);
  }
}

export function uploadDirFor(ingestId: string): string {
  return path.resolve(getEnv().DISTILLSCOPE_DATA_DIR, "uploads", ingestId);
}

/** The user's file name, reduced to a safe base name; path parts and control characters are refused. */
export function safeFileName(name: string): string {
  const trimmed = name.trim();
  const base = path.basename(trimmed.replace(/\\/g, "/"));
  if (!base || base === "." || base === ".." || base !== trimmed.replace(/\\/g, "/").split("/").pop() || /[\u0000-\u001f]/.test(base)) {
    throw new IngestError("path-traversal", name, `"${name}" is not a plain file name. Rename the file and upload it again.`);
  }
  if (trimmed.includes("/") || trimmed.includes("\\")) {
    throw new IngestError("path-traversal", name, `"${name}" contains a path. Upload the file by its plain name.`);
  }
  return base.slice(0, 200);
}

export async function saveUpload(dir: string, name: string, body: ReadableStream<Uint8Array> | Readable): Promise<{ name: string; path: string; bytes: number }> {
  const fileName = safeFileName(name);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, fileName);
  const { maxFileBytes } = resolveLimits();
  let bytes = 0;
  const limiter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxFileBytes) {
        done(new IngestError("file-too-large", fileName, `${fileName} is larger than the ${maxFileBytes}-byte upload limit. Split it, or ask the operator to raise DISTILLSCOPE_MAX_FILE_BYTES.`));
        return;
      }
      done(null, chunk);
    },
  });
  const source = body instanceof Readable ? body : Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
  try {
    await pipeline(source, limiter, createWriteStream(target, { flags: "wx" }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new DuplicateUploadError(fileName);
    }
    await rm(target, { force: true });
    throw error;
  }
  return { name: fileName, path: target, bytes };
}

export async function listUploadedFiles(dir: string): Promise<{ name: string; path: string; bytes: number }[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = await Promise.all(names.sort().map(async (name) => ({ name, path: path.join(dir, name), bytes: (await stat(path.join(dir, name))).size })));
  return files;
}

export async function removeUploadDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
