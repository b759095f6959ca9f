import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { countUsers } from "@/lib/db/accounts/users";
import { isSignupOpen } from "@/lib/server/auth/signup-policy";
import { getPageUser } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  if (await getPageUser()) redirect("/");
  const first = (await countUsers()) === 0;
  const open = first || (await isSignupOpen());
  return (
    <Card
      title={first ? "Create the admin account" : "Create an account"}
      description={first ? "This instance has no accounts yet. The first account becomes its admin and owns the first workspace." : "You get a workspace of your own; owners of other workspaces can add you to theirs."}
    >
      <div className="space-y-4">
        {open ? null : (
          <Alert tone="warning" title="Sign-up is invite-only">
            Only emails that a workspace owner has invited can create an account here.
          </Alert>
        )}
        <AuthForm mode="sign-up" />
      </div>
    </Card>
  );
}
