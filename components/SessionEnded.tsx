import Link from "next/link";

/** Shown where a page or a request finds the session gone (expired, or signed out elsewhere). */
export function SessionEnded({ next, saved }: { next: string; saved?: string }) {
  return (
    <div className="card stack" role="alert" data-testid="session-ended">
      <p style={{ margin: 0 }}>
        <strong>Your session has ended — sign in</strong> to carry on.{saved ? ` ${saved}` : ""}
      </p>
      <Link className="btn btn-primary" href={`/sign-in?next=${encodeURIComponent(next)}`}>
        Sign in
      </Link>
    </div>
  );
}
