import type { Metadata } from "next";
import Link from "next/link";
import { StudySettingsForm } from "@/components/settings/StudySettingsForm";
import { pageUser } from "@/lib/auth/page";
import { studySettingsView } from "@/lib/app/study-settings";
import { settingsFormValues } from "@/lib/domain/study-settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Study settings" };

export default async function SettingsPage() {
  const user = await pageUser();
  const view = user ? await studySettingsView(user.id) : null;
  if (!view) {
    return (
      <div className="narrow stack">
        <h1>Study settings</h1>
        <p>Settings belong to a learner. <Link href="/sign-in?next=/settings">Sign in</Link>, or start reviewing as a guest from any article.</p>
      </div>
    );
  }
  const fit = view.fitReport;
  return (
    <div className="narrow stack">
      <h1>Study settings</h1>
      <StudySettingsForm initial={settingsFormValues(view)} />
      <section className="card stack" aria-labelledby="fit-heading" style={{ gap: "0.5rem" }}>
        <h2 id="fit-heading" style={{ margin: 0 }}>Personal FSRS parameters</h2>
        <p style={{ margin: 0 }}>
          {view.parameters
            ? `In use: fitted to your reviews on ${view.parametersFittedAt?.slice(0, 10) ?? "an earlier date"}.`
            : "In use: FSRS’s default parameters."}
        </p>
        {fit && (
          <p className="muted small" style={{ margin: 0 }}>
            Last fit on {fit.reviews} reviews — log loss with defaults {fit.logLossDefault?.toFixed(4) ?? "—"}, fitted{" "}
            {fit.logLossFitted?.toFixed(4) ?? "—"} ({fit.applied ? "applied" : "not applied"}). {fit.message}
          </p>
        )}
        <p className="muted small" style={{ margin: 0 }}>
          Fitting runs off the request path{user && !user.isAnonymous ? <> (<code>factdeck fit --user {user.email}</code>)</> : null}. It
          needs at least 400 reviews spread over days, and is applied only when it predicts your own history better than the defaults.
        </p>
      </section>
    </div>
  );
}
