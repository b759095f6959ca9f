import { createId } from "@/lib/ids";
import { BUILTIN_PROMPT_SETS } from "@/lib/collect/prompt-sets/builtin-prompt-sets";
import { readPromptFile } from "@/lib/collect/prompt-sets/read-prompt-file";
import { createPromptSet, listPromptSets } from "@/lib/db/collect/prompt-sets";
import { defineRoute, json } from "@/lib/server/define-route";
import { HttpError } from "@/lib/server/http-error";
import { contentLength, enforceRateLimit, enforceUploadQuota } from "@/lib/server/limits";
import { receiveMultipart } from "@/lib/uploads/receive-multipart";
import { removeUploadDir, saveUpload, uploadDirFor } from "@/lib/uploads/save-upload";

export const runtime = "nodejs";

export const GET = defineRoute({ access: "workspace" }, async ({ access }) =>
  json({
    builtin: BUILTIN_PROMPT_SETS.map((s) => ({ id: `builtin:${s.key}`, key: s.key, name: s.name, description: s.description, promptCount: s.prompts.length })),
    promptSets: await listPromptSets(access.workspaceId),
  }),
);

/** A prompt list file: multipart `file` (and `name`), or the raw body with ?filename= (&name=). */
export const POST = defineRoute({ access: "workspace" }, async ({ request, access }) => {
  await enforceUploadQuota(access, contentLength(request));
  await enforceRateLimit(access, "upload");
  const dir = uploadDirFor(createId("pst"));
  try {
    const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
    const fields = Object.fromEntries(new URL(request.url).searchParams);
    const received = multipart ? await receiveMultipart(request, (name, stream) => saveUpload(dir, name, stream)) : { fields, files: request.body ? [await saveUpload(dir, fields.filename || "prompts.txt", request.body)] : [] };
    const [file] = received.files;
    if (!file) throw new HttpError(400, "no-file", "No file in the request: send a multipart `file` part, or the raw file as the body with ?filename=.");
    const parsed = await readPromptFile(file.path, file.name);
    const name = String(received.fields.name || "").trim() || file.name.replace(/\.[^.]+$/, "");
    const promptSet = await createPromptSet({ id: createId("pst"), workspaceId: access.workspaceId, createdById: access.userId, name: name.slice(0, 200), fileName: file.name, prompts: parsed.prompts });
    return json({ promptSet, format: parsed.format, duplicates: parsed.duplicates, preview: parsed.prompts.slice(0, 5) }, 201);
  } finally {
    await removeUploadDir(dir);
  }
});
