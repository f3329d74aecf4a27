import { Suspense } from "react";
import { AuthForm } from "@/components/AuthForm";

export const metadata = { title: "Sign up" };

export default function SignUpPage() {
  return (
    <div className="narrow">
      <h1>Create your account</h1>
      <p className="muted">Keep your quiz history and flashcards across devices.</p>
      <Suspense>
        <AuthForm mode="sign-up" />
      </Suspense>
    </div>
  );
}
