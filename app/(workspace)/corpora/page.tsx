import { redirect } from "next/navigation";

// The corpus list lives on the home page.
export default function CorporaIndex() {
  redirect("/");
}
