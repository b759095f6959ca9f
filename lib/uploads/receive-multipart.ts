import { Readable } from "node:stream";
import busboy from "busboy";

export type ReceivedForm<F> = { fields: Record<string, string>; files: F[] };

/** Streams every file part of a multipart body to `save` (one at a time); text parts come back as fields. */
export async function receiveMultipart<F>(request: Request, save: (name: string, stream: Readable) => Promise<F>): Promise<ReceivedForm<F>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body) return { fields: {}, files: [] };
  const parser = busboy({ headers: { "content-type": contentType }, limits: { fields: 50, fieldSize: 1_000_000 } });
  const fields: Record<string, string> = {};
  const saves: Promise<F>[] = [];
  const done = new Promise<void>((resolve, reject) => {
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (_field, stream, info) => {
      const saving = save(info.filename || "upload", stream);
      saving.catch(() => stream.resume());
      saves.push(saving);
    });
    parser.on("error", reject);
    parser.on("close", resolve);
  });
  Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>).pipe(parser);
  await done;
  const files = await Promise.all(saves);
  return { fields, files };
}
