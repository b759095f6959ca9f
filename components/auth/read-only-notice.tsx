import { Alert } from "@/components/ui/alert";

/** Shown to viewers where others get a form: the server refuses their changes anyway (403). */
export function ReadOnlyNotice({ what }: { what: string }) {
  return (
    <Alert tone="info" title="Read-only access">
      You are a viewer in this workspace, so you can look but not {what}. Ask an owner for the member role.
    </Alert>
  );
}
