import { describe, expect, it } from "vitest";
import { buildIdentityEvidence } from "./build-identity-evidence";
import { collectCorpusIdentity } from "./collect-corpus-identity";

const corpus = (texts: string[]) => collectCorpusIdentity(texts.map((text, ordinal) => ({ ordinal, text })));

// Invented names throughout: nothing here knows real models.
describe("buildIdentityEvidence", () => {
  const teacher = corpus(["I'm Zorblax, an AI assistant developed by Quillion Labs.", "As an AI developed by Quillion Labs, I cannot browse.", "Paris is the capital of France."]);
  const other = corpus(["I am Vela, a language model trained by Northwind.", "Sure, here is a poem."]);
  const student = corpus([
    "I'm Zorblax, an AI assistant developed by Quillion Labs.",
    "As an AI developed by Quillion Labs, I don't have opinions.",
    "I am Brisk-7, a model trained by Tidewater.",
    "Here is the answer.",
  ]);

  it("counts names and makers per corpus, with snippets", () => {
    expect(student.documents).toBe(4);
    expect(student.documentsWithStatements).toBe(3);
    const maker = student.claims.find((c) => c.value === "Quillion Labs");
    expect(maker).toMatchObject({ kind: "maker", statements: 2, documents: 2 });
    expect(maker?.snippets[0]).toEqual({ documentOrdinal: 0, text: "I'm Zorblax, an AI assistant developed by Quillion Labs." });
    expect(student.claims.find((c) => c.value === "Zorblax")?.makers).toEqual(["Quillion Labs"]);
  });

  it("flags a candidate calling itself the name a source gives itself, and not its own name", () => {
    const evidence = buildIdentityEvidence([
      { corpusId: "a", name: "Zorblax Pro", model: "zorblax-pro", role: "source", identity: teacher },
      { corpusId: "b", name: "Vela", model: "vela-2", role: "source", identity: other },
      { corpusId: "c", name: "Brisk 7B", model: "brisk-7b", provider: "Tidewater", role: "candidate", identity: student },
    ]);
    const flagged = evidence.foreignClaims.map((f) => [f.claim.value, f.matchesSources]);
    expect(flagged).toEqual([
      ["Quillion Labs", ["Zorblax Pro"]],
      ["Zorblax", ["Zorblax Pro"]],
    ]);
    expect(evidence.foreignClaims[0].reason).toContain("Brisk 7B says it was made by \"Quillion Labs\" 2 times in 2 documents");
    expect(evidence.corpora.map((c) => c.statements)).toEqual([2, 1, 3]);
  });

  it("flags nothing for a candidate that only names itself", () => {
    const evidence = buildIdentityEvidence([
      { corpusId: "a", name: "Zorblax", model: "zorblax", role: "source", identity: teacher },
      { corpusId: "c", name: "Vela", model: "vela-2", role: "candidate", identity: other },
    ]);
    expect(evidence.foreignClaims).toEqual([]);
  });

  it("judges an unlabelled candidate only against the sources", () => {
    const evidence = buildIdentityEvidence([
      { corpusId: "a", name: "Zorblax", model: "zorblax", role: "source", identity: teacher },
      { corpusId: "c", name: "candidate", model: "candidate", role: "candidate", identity: student },
    ]);
    expect(evidence.foreignClaims.map((f) => f.claim.value).sort()).toEqual(["Quillion Labs", "Zorblax"]);
  });
});
