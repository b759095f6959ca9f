import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/server/page-access";
import { canWrite } from "@/lib/server/permissions";
import { PageHeader } from "@/components/layout/page-header";
import { firstParam } from "@/components/corpus/search-params";
import { ReadOnlyNotice } from "@/components/auth/read-only-notice";
import { UploadFlow } from "@/components/corpus/upload/upload-flow";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Upload" };

export default async function UploadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { role } = await requirePageAccess();
  const ingest = firstParam((await searchParams).ingest);
  return (
    <>
      <PageHeader
        title="Upload a corpus"
        description="Files stream to the server; you see what was detected before anything is stored."
      />
      {!canWrite(role) ? (
        <ReadOnlyNotice what="upload corpora" />
      ) : (
        // The key restarts the flow when the URL's ingest id changes through navigation.
        <UploadFlow key={ingest ?? "new"} initialIngestId={ingest} />
      )}
    </>
  );
}
