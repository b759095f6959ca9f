"use client";

import type { FieldMapping, FilePreview, IngestFormat } from "@/lib/ingest/types";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { FORMAT_LABELS, MAPPABLE_FORMATS } from "./ingest-api";

export type FormatSettingsProps = {
  previews: FilePreview[];
  format: IngestFormat | undefined;
  mapping: FieldMapping | undefined;
  onFormat: (format: IngestFormat | undefined) => void;
  onMapping: (mapping: FieldMapping | undefined) => void;
  multipleFiles: boolean;
  disabled?: boolean;
};

type Slot = { key: keyof FieldMapping; label: string; hint: string };

const SLOTS: Slot[] = [
  { key: "text", label: "Response field", hint: "The model output: one document per record." },
  { key: "prompt", label: "Prompt field", hint: "Shown above the response." },
  { key: "promptInput", label: "Prompt input field", hint: "Appended to the prompt after a blank line." },
  { key: "promptId", label: "Prompt id field", hint: "Pairs documents across corpora." },
  { key: "model", label: "Model field", hint: "Needed to split by model." },
];

/** Format override and field mapping. The API applies both to every file of the upload. */
export function FormatSettings({ previews, format, mapping, onFormat, onMapping, multipleFiles, disabled }: FormatSettingsProps) {
  const effective = previews.map((p) => format ?? p.format);
  const mappable = effective.some((f) => MAPPABLE_FORMATS.includes(f));
  const fields = unique(previews.flatMap((p) => [...p.fields, ...p.entries.flatMap((e) => e.fields)]));
  const suggestions = previews.map((p) => p.mapping).filter((m): m is FieldMapping => m !== null);
  // Without an override each file keeps its own suggestion; show a slot's value only where the files agree.
  const perFile = (key: keyof FieldMapping) => !mapping && new Set(suggestions.map((m) => m[key] ?? "")).size > 1;
  const shown: Partial<FieldMapping> = mapping ?? agreed(suggestions);

  function setSlot(key: keyof FieldMapping, value: string) {
    const next: Partial<FieldMapping> = { ...shown };
    if (value) next[key] = value;
    else delete next[key];
    // The response field is required; until it is chosen there is nothing valid to send.
    onMapping(next.text ? (next as FieldMapping) : undefined);
  }

  return (
    <Card
      title="Format and fields"
      description={
        multipleFiles
          ? "Detected per file. A choice here applies to every file in this upload."
          : "Detected automatically. Override it if the guess is wrong."
      }
      actions={
        format || mapping ? (
          <Button
            variant="ghost"
            size="sm"
            disabled={disabled}
            onClick={() => {
              onFormat(undefined);
              onMapping(undefined);
            }}
          >
            Reset to detected
          </Button>
        ) : null
      }
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field label="Format" htmlFor="upload-format" hint={format ? "Overridden" : "Auto-detected per file"}>
          <Select
            id="upload-format"
            value={format ?? ""}
            disabled={disabled}
            onChange={(e) => onFormat((e.target.value || undefined) as IngestFormat | undefined)}
          >
            <option value="">Auto-detect{previews.length === 1 ? ` (${FORMAT_LABELS[previews[0].format]})` : ""}</option>
            {(Object.keys(FORMAT_LABELS) as IngestFormat[]).map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      {mappable ? (
        <fieldset className="mt-5" disabled={disabled}>
          <legend className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
            Field mapping {mapping ? <span className="font-normal text-zinc-500">(custom)</span> : <span className="font-normal text-zinc-500">(suggested)</span>}
          </legend>
          {fields.length === 0 ? (
            <p className="mt-2 text-sm text-zinc-500">No fields were found in the first records.</p>
          ) : (
            <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
              {SLOTS.map((slot) => (
                <Field key={slot.key} label={slot.label} htmlFor={`map-${slot.key}`} hint={slot.hint}>
                  <Select id={`map-${slot.key}`} value={shown[slot.key] ?? ""} onChange={(e) => setSlot(slot.key, e.target.value)}>
                    <option value="">{perFile(slot.key) ? "(detected per file)" : slot.key === "text" ? "Choose a field…" : "(none)"}</option>
                    {fields.map((f) => (
                      <option key={f} value={f}>
                        {f}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
            </div>
          )}
        </fieldset>
      ) : null}
    </Card>
  );
}

/** The slots on which every suggestion agrees. */
function agreed(suggestions: FieldMapping[]): Partial<FieldMapping> {
  const out: Partial<FieldMapping> = {};
  const keys: Array<keyof FieldMapping> = ["text", "prompt", "promptInput", "promptId", "model"];
  for (const key of keys) {
    const values = new Set(suggestions.map((m) => m[key]));
    const [only] = values;
    if (values.size === 1 && only) out[key] = only;
  }
  return out;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
