"use client";

import { useState } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import type { CorpusLink } from "./ingest-api";

type Role = "source" | "candidate" | "none";

/**
 * Goes straight from a finished upload to a new analysis with these corpora preselected. Each corpus is a
 * source unless the user says it is a candidate (a single new corpus is most often the suspect).
 */
export function NewAnalysisLink({ corpora }: { corpora: CorpusLink[] }) {
  const [roles, setRoles] = useState<Record<string, Role>>(() =>
    Object.fromEntries(corpora.map((c) => [c.id, corpora.length === 1 ? "candidate" : "source"])),
  );
  const qs = new URLSearchParams();
  for (const c of corpora) if (roles[c.id] !== "none") qs.append(roles[c.id], c.id);
  return (
    <Card title="Analyse them" description="Choose each new corpus's part; the form opens with them ticked, and you can add corpora you uploaded before.">
      <ul className="space-y-2" aria-label="Roles in the new analysis">
        {corpora.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <label htmlFor={`role-${c.id}`} className="min-w-0 flex-1 truncate font-medium" title={c.name}>
              {c.name}
            </label>
            <Select id={`role-${c.id}`} className="w-40" value={roles[c.id]} onChange={(e) => setRoles((r) => ({ ...r, [c.id]: e.target.value as Role }))}>
              <option value="source">Source</option>
              <option value="candidate">Candidate</option>
              <option value="none">Leave out</option>
            </Select>
          </li>
        ))}
      </ul>
      <div className="mt-4">
        <ButtonLink href={`/analyses/new?${qs}`}>New analysis with these corpora</ButtonLink>
      </div>
    </Card>
  );
}
