import Link from "next/link";
import { ResetPasswordForm } from "@/components/account/ResetPasswordForm";

export const metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="narrow">
      <h1>Choose a new password</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="alert alert-error">
          This reset link is not valid (it may have expired). <Link href="/forgot-password">Ask for a new one</Link>.
        </p>
      )}
    </div>
  );
}
