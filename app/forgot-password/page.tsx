import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account/ForgotPasswordForm";
import { mailEnabled } from "@/lib/auth/mail";

export const dynamic = "force-dynamic";
export const metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <div className="narrow">
      <h1>Forgot your password?</h1>
      {mailEnabled() ? (
        <>
          <p className="muted">We will e-mail you a link to choose a new one.</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="card">
          This Factdeck does not send e-mail. Ask an admin (or your teacher) for a reset link: they can make one for you on
          the admin page. <Link href="/sign-in">Back to sign in</Link>
        </p>
      )}
    </div>
  );
}
