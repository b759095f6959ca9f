import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ScrollHint } from "@/components/ui/scroll-hint";
import type { IdentityClaim, IdentityEvidence } from "@/lib/identity/identity-types";

// What each corpus says about itself ("I'm X, a model developed by Y"), candidates beside the sources. A
// candidate naming a name or maker that is not its own comes first, in a panel of its own: a model trained
// on another's outputs often repeats that model's self-description.

export function IdentityEvidencePanel({ identity }: { identity?: IdentityEvidence }) {
  if (!identity) return null;
  const any = identity.corpora.some((c) => c.statements > 0);
  return (
    <div className="space-y-4" data-testid="identity-evidence">
      {identity.foreignClaims.length > 0 ? (
        <section className="rounded-lg border border-amber-300 bg-amber-50 p-5 dark:border-amber-500/40 dark:bg-amber-500/10" aria-labelledby="foreign-identity-heading" data-testid="foreign-identity">
          <h2 id="foreign-identity-heading" className="text-base font-semibold text-amber-900 dark:text-amber-200">
            A candidate calls itself another model
          </h2>
          <ul className="mt-3 space-y-3">
            {identity.foreignClaims.map((f) => (
              <li key={`${f.candidateId}:${f.claim.kind}:${f.claim.key}`} className="text-sm text-amber-950 dark:text-amber-100">
                <p>
                  {f.reason} <span className="text-xs">({Math.round(f.share * 100)}% of its self-descriptions)</span>
                </p>
                <Snippets claim={f.claim} />
              </li>
            ))}
          </ul>
          <p className="mt-3 text-xs text-amber-900/80 dark:text-amber-200/80">
            Found with patterns (&ldquo;I am X&rdquo;, &ldquo;developed by Y&rdquo;, in several languages), not a list of model names. A model that repeats another&rsquo;s self-description was likely trained on its outputs, but it may also have been told to, or asked to role-play: read the snippets.
          </p>
        </section>
      ) : null}
      <Card
        title="Self-identification"
        description="Names and makers each corpus gives itself, how often, and where."
        footer="Method: statements in which a text speaks of itself as an AI (first person or “as an AI…”) and names itself or its maker; grouped case- and punctuation-insensitively."
      >
        {!any ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">No corpus names itself or its maker. Collect the built-in identity probes from each model to get these statements.</p>
        ) : (
          <ScrollHint label="Self-identification table">
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
                <tr>
                  <th className="py-1 pr-4 font-medium">Corpus</th>
                  <th className="py-1 pr-4 font-medium">Statements</th>
                  <th className="py-1 font-medium">Calls itself / made by</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 align-top dark:divide-zinc-800">
                {identity.corpora.map((c) => (
                  <tr key={c.corpusId}>
                    <td className="py-2 pr-4">
                      <span className="font-medium">{c.name}</span> <Badge tone={c.role === "candidate" ? "accent" : "neutral"}>{c.role}</Badge>
                    </td>
                    <td className="py-2 pr-4 tabular-nums">
                      {c.statements} in {c.documentsWithStatements} of {c.documents} docs
                    </td>
                    <td className="py-2">
                      {c.claims.length === 0 ? <span className="text-zinc-400">—</span> : null}
                      <ul className="space-y-1">
                        {c.claims.map((claim) => (
                          <li key={`${claim.kind}:${claim.key}`}>
                            <span className="text-xs text-zinc-500">{claim.kind === "name" ? "name" : "maker"}</span> <span className="font-medium">{claim.value}</span> <span className="tabular-nums text-zinc-500">×{claim.statements}</span>
                            <Snippets claim={claim} compact />
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollHint>
        )}
      </Card>
    </div>
  );
}

function Snippets({ claim, compact }: { claim: IdentityClaim; compact?: boolean }) {
  const shown = compact ? claim.snippets.slice(0, 1) : claim.snippets;
  return (
    <ul className="mt-1 space-y-0.5">
      {shown.map((s) => (
        <li key={s.documentOrdinal} className="text-xs italic text-zinc-600 dark:text-zinc-400">
          &ldquo;{s.text}&rdquo; <span className="not-italic">(document {s.documentOrdinal + 1})</span>
        </li>
      ))}
    </ul>
  );
}
