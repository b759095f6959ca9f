import { Readable } from "node:stream";
import busboy from "busboy";
import { saveUpload } from "./save-upload";

export type ReceivedForm = { fields: Record<string, string>; files: { name: string; path: string; bytes: number }[] };

/** Streams every file part of a multipart body to `dir`; text parts come back as fields. */
export async function receiveMultipart(request: Request, dir: string): Promise<ReceivedForm> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body) return { fields: {}, files: [] };
  const parser = busboy({ headers: { "content-type": contentType }, limits: { fields: 50, fieldSize: 1_000_000 } });
  const fields: Record<string, string> = {};
  const saves: Promise<{ name: string; path: string; bytes: number }>[] = [];
  const done = new Promise<void>((resolve, reject) => {
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (_field, stream, info) => {
      const save = saveUpload(dir, info.filename || "upload", stream);
      save.catch(() => stream.resume());
      saves.push(save);
    });
    parser.on("error", reject);
    parser.on("close", resolve);
  });
  Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>).pipe(parser);
  await done;
  const files = await Promise.all(saves);
  return { fields, files };
}
