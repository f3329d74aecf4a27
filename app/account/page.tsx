import Link from "next/link";
import { pageUser } from "@/lib/auth/page";
import { AccountPanels } from "@/components/account/AccountPanels";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await pageUser();
  if (!user || user.isAnonymous) {
    return (
      <div className="narrow">
        <h1>Your account</h1>
        <p className="card">
          <Link href="/sign-in?next=/account">Sign in</Link> to change your password or see where you are signed in.
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>Your account</h1>
      <p className="muted">
        Signed in as <strong>{user.email}</strong>.
      </p>
      <AccountPanels />
    </div>
  );
}
