"use client";

import { Button } from "@/components/ui/button";
import { Dropzone } from "@/components/ui/dropzone";
import { formatBytes } from "@/components/ui/format";

export const ACCEPTED_EXTENSIONS = ".jsonl,.ndjson,.json,.csv,.tsv,.txt,.md,.markdown,.zip,.gz";

export type FilePickerProps = {
  files: File[];
  onChange: (files: File[]) => void;
  onUpload: () => void;
};

/** Choose files (drop or browse), review the list, then start the upload. */
export function FilePicker({ files, onChange, onUpload }: FilePickerProps) {
  function add(more: File[]) {
    // A second file with the same name would overwrite the first on the server: keep the newest.
    const byName = new Map(files.map((f) => [f.name, f]));
    for (const f of more) byName.set(f.name, f);
    onChange([...byName.values()]);
  }
  const total = files.reduce((s, f) => s + f.size, 0);

  return (
    <div className="space-y-4">
      <Dropzone
        onFiles={add}
        accept={ACCEPTED_EXTENSIONS}
        label="Drop files here, or click to choose"
        hint="JSON Lines, JSON arrays, OpenAI chat or Batch output, ShareGPT, LMSYS-Chat, CSV, TSV, .txt, .md, and .zip or .gz of any of these. Several files at once."
      />
      {files.length > 0 ? (
        <div className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-800" aria-label="Chosen files">
            {files.map((f) => (
              <li key={f.name} className="flex items-center gap-3 px-4 py-2 text-sm">
                <span className="min-w-0 flex-1 truncate font-mono" title={f.name}>
                  {f.name}
                </span>
                <span className="shrink-0 tabular-nums text-zinc-500 dark:text-zinc-400">{formatBytes(f.size)}</span>
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Remove ${f.name}`}
                  onClick={() => onChange(files.filter((x) => x !== f))}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap items-center justify-between gap-3 border-t border-zinc-100 px-4 py-3 dark:border-zinc-800">
            <span className="text-sm text-zinc-500 dark:text-zinc-400">
              {files.length} file{files.length === 1 ? "" : "s"}, {formatBytes(total)}
            </span>
            <div className="flex gap-2">
              <Button variant="ghost" onClick={() => onChange([])}>
                Clear
              </Button>
              <Button onClick={onUpload}>
                Upload {files.length === 1 ? "file" : `${files.length} files`}
              </Button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
