import type { Metadata } from "next";
import { ApiTokensPanel } from "@/components/auth/api-tokens-panel";
import { MembersPanel } from "@/components/auth/members-panel";
import { NewWorkspaceForm } from "@/components/auth/new-workspace-form";
import { SignupToggle } from "@/components/auth/signup-toggle";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { listApiTokens } from "@/lib/db/accounts/api-tokens";
import { listMembers } from "@/lib/db/accounts/workspaces";
import { getSignupState } from "@/lib/server/auth/signup-policy";
import { requirePageAccess } from "@/lib/server/page-access";
import { canManageMembers } from "@/lib/server/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { user, workspace, role, workspaces } = await requirePageAccess();
  const [tokens, members, signup] = await Promise.all([listApiTokens(user.id), listMembers(workspace.id), user.isAdmin ? getSignupState() : null]);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);

  return (
    <>
      <PageHeader title="Settings" description="Your account, API tokens and the members of this workspace." />
      <div className="space-y-6">
        <Card title="Account">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-zinc-500 dark:text-zinc-400">Name</dt>
            <dd>{user.name}</dd>
            <dt className="text-zinc-500 dark:text-zinc-400">Email</dt>
            <dd>{user.email}</dd>
            <dt className="text-zinc-500 dark:text-zinc-400">Workspaces</dt>
            <dd className="flex flex-wrap gap-1.5">
              {workspaces.map((w) => (
                <Badge key={w.id} tone={w.id === workspace.id ? "accent" : "neutral"}>
                  {w.name} · {w.role}
                </Badge>
              ))}
            </dd>
            {user.isAdmin ? (
              <>
                <dt className="text-zinc-500 dark:text-zinc-400">Instance</dt>
                <dd>Admin</dd>
              </>
            ) : null}
          </dl>
        </Card>

        <Card title="API tokens" description="For scripts: each token acts as you, in the workspace named by the x-workspace-id header (else your first). Revoke any you no longer use.">
          <ApiTokensPanel tokens={tokens.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt) }))} />
        </Card>

        <Card title={`Members of ${workspace.name}`} description={`Workspace id ${workspace.id}. Your role: ${role}.`}>
          <MembersPanel members={members.map((m) => ({ email: m.email, name: m.name, role: m.role, pending: m.pending }))} canManage={canManageMembers(role)} selfEmail={user.email} />
        </Card>

        <Card title="Workspaces" description="A workspace keeps its corpora, analyses and share links to its members.">
          <NewWorkspaceForm />
        </Card>

        {signup ? (
          <Card title="Sign-up" description="Instance-wide, admin only.">
            <SignupToggle open={signup.open} lockedByEnv={signup.lockedByEnv} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
