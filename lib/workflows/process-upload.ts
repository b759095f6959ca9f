import { claimIngest, getIngestUploadPath, type IngestOwner } from "@/lib/db/ingests/ingest-queries";
import { listUploadedFiles, removeUploadDir } from "@/lib/uploads/save-upload";
import { ingestFiles } from "./ingest-files";
import type { IngestOptions } from "./ingest-options";

/**
 * Claims an uploaded ingest of the owner's workspace and processes it in the background of this server
 * process. Progress and the outcome live on the ingest record, so the browser can poll and a reload resumes
 * the view. Returns false when the ingest is not in a state that can start (or is another workspace's).
 */
export async function startUploadedIngest(owner: IngestOwner, ingestId: string, options: IngestOptions): Promise<boolean> {
  const dir = await getIngestUploadPath(owner.workspaceId, ingestId);
  if (!dir) return false;
  if (!(await claimIngest(owner.workspaceId, ingestId, options, options.format ?? null))) return false;
  const files = await listUploadedFiles(dir);
  void ingestFiles(owner, ingestId, files, options)
    .then(() => removeUploadDir(dir))
    .catch(() => undefined); // the failure is recorded on the ingest; the files stay for a retry with other options
  return true;
}
