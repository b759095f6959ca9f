import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { Card } from "@/components/ui/card";
import { countUsers } from "@/lib/db/accounts/users";
import { getPageUser } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getPageUser()) redirect("/");
  // A fresh instance has nobody to sign in as: send the first visitor to create the admin account.
  if ((await countUsers()) === 0) redirect("/sign-up");
  return (
    <Card title="Sign in" description="Your team's corpora and analyses are private to its workspace.">
      <AuthForm mode="sign-in" />
    </Card>
  );
}
