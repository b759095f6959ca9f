import { getDb } from "../client";
import { containsText } from "../text-search";
import { workspaceScope } from "../workspace-scope";

export type DocumentRow = {
  ordinal: number;
  text: string;
  prompt: string | null;
  promptId: string | null;
  charCount: number;
  tokenCount: number;
};

export type DocumentPage = { total: number; page: number; pageSize: number; documents: DocumentRow[] };

export async function listDocuments(
  workspaceId: string,
  corpusId: string,
  opts: { page?: number; pageSize?: number; search?: string } = {},
): Promise<DocumentPage> {
  const db = await getDb();
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const pageSize = Math.min(200, Math.max(1, Math.floor(opts.pageSize ?? 20)));
  const search = opts.search?.trim();
  const where = {
    corpusId,
    corpus: { workspaceId: workspaceScope(workspaceId) },
    ...(search ? { OR: [{ text: containsText(search) }, { prompt: containsText(search) }] } : {}),
  };
  const [total, documents] = await Promise.all([
    db.document.count({ where }),
    db.document.findMany({
      where,
      orderBy: { ordinal: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { ordinal: true, text: true, prompt: true, promptId: true, charCount: true, tokenCount: true },
    }),
  ]);
  return { total, page, pageSize, documents };
}

/** The page (of `pageSize`) a document is on in ordinal order: deep links name a document, not a page. */
export async function pageOfDocument(workspaceId: string, corpusId: string, ordinal: number, pageSize: number): Promise<number> {
  const db = await getDb();
  const before = await db.document.count({ where: { corpusId, ordinal: { lt: ordinal }, corpus: { workspaceId: workspaceScope(workspaceId) } } });
  return Math.floor(before / pageSize) + 1;
}
