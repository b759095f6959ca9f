"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { sendJson } from "./send-json";

export type MemberRow = { email: string; name: string | null; role: string; pending: boolean };

const roleOptions = [
  { value: "owner", label: "Owner" },
  { value: "member", label: "Member" },
  { value: "viewer", label: "Viewer (read only)" },
];

/** Members of the active workspace; owners add people by email, set roles and remove them. */
export function MembersPanel({ members, canManage, selfEmail }: { members: MemberRow[]; canManage: boolean; selfEmail: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<unknown>, done?: string) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
      if (done) setNotice(done);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get("email") ?? "");
    void run(async () => {
      const { member } = await sendJson<{ member: { pending: boolean } }>("/api/workspaces/members", "POST", { email, role: data.get("role") });
      form.reset();
      setNotice(member.pending ? `${email} has no account yet: they join this workspace when they sign up with that email.` : `${email} added.`);
    });
  }

  return (
    <div className="space-y-4">
      <Table>
        <THead>
          <TR>
            <TH>Member</TH>
            <TH>Role</TH>
            {canManage ? <TH><span className="sr-only">Actions</span></TH> : null}
          </TR>
        </THead>
        <TBody>
          {members.map((m) => (
            <TR key={m.email}>
              <TD>
                <span className="font-medium">{m.name ?? m.email}</span>
                {m.name ? <span className="block text-xs text-zinc-500 dark:text-zinc-400">{m.email}</span> : null}
                {m.pending ? <Badge tone="warning" className="ml-2">invited</Badge> : null}
              </TD>
              <TD>
                {canManage && m.email !== selfEmail ? (
                  <Select
                    aria-label={`Role of ${m.email}`}
                    value={m.role}
                    disabled={busy}
                    options={roleOptions}
                    className="w-44"
                    onChange={(e) => void run(() => sendJson("/api/workspaces/members", "PATCH", { email: m.email, role: e.target.value }))}
                  />
                ) : (
                  <Badge tone={m.role === "owner" ? "accent" : "neutral"}>{m.role}</Badge>
                )}
              </TD>
              {canManage ? (
                <TD className="text-right">
                  {m.email !== selfEmail ? (
                    <Button size="sm" variant="secondary" disabled={busy} aria-label={`Remove ${m.email}`} onClick={() => void run(() => sendJson("/api/workspaces/members", "DELETE", { email: m.email }))}>
                      Remove
                    </Button>
                  ) : null}
                </TD>
              ) : null}
            </TR>
          ))}
        </TBody>
      </Table>
      {canManage ? (
        <form onSubmit={add} className="flex flex-wrap items-end gap-3">
          <Field label="Add by email" htmlFor="member-email" className="min-w-56 flex-1">
            <Input id="member-email" name="email" type="email" required maxLength={320} placeholder="colleague@example.com" />
          </Field>
          <Field label="Role" htmlFor="member-role">
            <Select id="member-role" name="role" defaultValue="member" options={roleOptions} className="w-44" />
          </Field>
          <Button type="submit" disabled={busy}>Add member</Button>
        </form>
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Only owners can add or remove members.</p>
      )}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
