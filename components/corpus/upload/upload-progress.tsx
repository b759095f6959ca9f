import { formatBytes } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";

export type FileProgress = { name: string; size: number; loaded: number; done: boolean };

/** Byte progress per file and overall while the files stream to the server. */
export function UploadProgress({ files }: { files: FileProgress[] }) {
  const total = files.reduce((s, f) => s + f.size, 0);
  const loaded = files.reduce((s, f) => s + Math.min(f.loaded, f.size), 0);
  return (
    <div className="space-y-5 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <ProgressBar
        value={total > 0 ? loaded / total : null}
        label={`Uploading ${files.length} file${files.length === 1 ? "" : "s"}`}
        detail={`${formatBytes(loaded)} of ${formatBytes(total)}`}
      />
      {files.length > 1 ? (
        <ul className="space-y-3" aria-label="Files being uploaded">
          {files.map((f) => (
            <li key={f.name}>
              <ProgressBar
                value={f.size > 0 ? f.loaded / f.size : f.done ? 1 : 0}
                label={f.name}
                detail={f.done ? "done" : `${formatBytes(f.loaded)} of ${formatBytes(f.size)}`}
                tone={f.done ? "success" : "accent"}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
