import Link from "next/link";

/** What a page for teachers shows to someone who is not one (signed out, guest, learner). */
export function TeachersOnly({ title, next, signedIn }: { title: string; next: string; signedIn: boolean }) {
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {signedIn ? (
        <p className="alert alert-warn">This page is for teachers. Ask an administrator to give your account the teacher role.</p>
      ) : (
        <p>
          This page is for teachers. <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link> with a teacher account.
        </p>
      )}
    </div>
  );
}
