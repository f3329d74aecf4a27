import Link from "next/link";
import type { AppUser } from "@/lib/domain/user";
import { SignOutButton } from "./SignOutButton";

export function SiteHeader({ user }: { user: AppUser | null }) {
  const teaches = user?.role === "teacher" || user?.role === "admin";
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">F</span>
          Factdeck
        </Link>
        <nav className="site-nav" aria-label="Main">
          <Link href="/">Articles</Link>
          <Link href="/review">Review</Link>
          <Link href="/deck">Deck</Link>
          <Link href="/quiz/history">Quizzes</Link>
          <Link href="/stats">Stats</Link>
          <Link href="/classes">Classes</Link>
          {teaches && <Link href="/teacher">Workspace</Link>}
          {user?.role === "admin" && <Link href="/admin">Admin</Link>}
        </nav>
        <div className="account">
          {user && !user.isAnonymous ? (
            <>
              <span>
                <span className="signed-in-label">Signed in as </span>
                <Link href="/account" title="Your account: password and sessions"><strong>{user.name || user.email}</strong></Link>
                {user.role !== "learner" && <span className="tag role-tag">{user.role}</span>}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              {user?.isAnonymous && <span>Studying as a guest</span>}
              <Link href="/sign-in" className="btn btn-small">Sign in</Link>
              <Link href="/sign-up" className="btn btn-small btn-primary">Sign up</Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
