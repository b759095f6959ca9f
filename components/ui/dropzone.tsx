"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";

export type DropzoneProps = {
  onFiles: (files: File[]) => void;
  /** Passed to the file input, e.g. ".jsonl,.json,.csv". */
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Main line of text; the file input's accessible name. */
  label?: string;
  hint?: ReactNode;
  className?: string;
};

/** Drag-and-drop target that is also a keyboard-reachable file input. */
export function Dropzone({
  onFiles,
  accept,
  multiple = true,
  disabled = false,
  label = "Drop files here or click to choose",
  hint,
  className,
}: DropzoneProps) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  function take(list: FileList | null) {
    if (!list || list.length === 0 || disabled) return;
    onFiles(Array.from(list));
  }

  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
      className={cn(
        "relative flex flex-col items-center justify-center gap-2 rounded-xl border-2 border-dashed px-6 py-10 text-center transition-colors",
        "focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-500",
        over
          ? "border-indigo-500 bg-indigo-50 dark:bg-indigo-500/10"
          : "border-zinc-300 bg-white hover:border-zinc-400 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:border-zinc-600",
        disabled && "opacity-60",
        className,
      )}
    >
      <svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" className="text-zinc-400">
        <path d="M12 16V4m0 0-4 4m4-4 4 4" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2" strokeLinecap="round" />
      </svg>
      <label htmlFor={inputId} className="cursor-pointer text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
        {/* Stretch the label over the whole zone so a click anywhere opens the picker. */}
        <span className="absolute inset-0" aria-hidden="true" />
      </label>
      {hint ? <p className="text-xs text-zinc-500 dark:text-zinc-400">{hint}</p> : null}
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        className="sr-only"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          take(e.target.files);
          // Allow choosing the same file again.
          if (inputRef.current) inputRef.current.value = "";
        }}
      />
    </div>
  );
}
