import type { Metadata } from "next";
import Link from "next/link";
import { Heatmap } from "@/components/stats/Heatmap";
import { StatsCharts } from "@/components/stats/StatsCharts";
import styles from "@/components/stats/Stats.module.css";
import { pageUser } from "@/lib/auth/page";
import { learnerStats } from "@/lib/app/stats";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Stats" };

const STATES = [
  ["new", "New"],
  ["learning", "Learning"],
  ["review", "Review"],
  ["relearning", "Relearning"],
  ["suspended", "Suspended"],
] as const;

export default async function StatsPage() {
  const user = await pageUser();
  if (!user) {
    return (
      <div className="narrow stack">
        <h1>Stats</h1>
        <p>Stats follow your reviews. Add an article to your flashcards and review it first — or <Link href="/sign-in?next=/stats">sign in</Link>.</p>
      </div>
    );
  }
  const s = await learnerStats(user, new Date());
  const activeDays = s.reviewsPerDay.filter((d) => d.count > 0).length;
  return (
    <div className="stack">
      <h1>Your stats</h1>
      <dl className={styles.figures}>
        <div><dt>Day streak</dt><dd data-testid="streak-current">{s.streaks.current}</dd></div>
        <div><dt>Longest streak</dt><dd>{s.streaks.longest}</dd></div>
        <div><dt>Cards</dt><dd>{s.totalCards}</dd></div>
        <div><dt>Reviews</dt><dd>{s.totalReviews}</dd></div>
        <div><dt>Due today</dt><dd>{s.dueForecast[0]?.count ?? 0}</dd></div>
      </dl>

      <section className="card stack" aria-labelledby="states-heading" style={{ gap: "0.6rem" }}>
        <h2 id="states-heading" style={{ margin: 0, fontSize: "1.15rem" }}>Cards by state</h2>
        <div className={styles.stateBar} aria-hidden="true">
          {STATES.map(([k]) => (
            <span key={k} className={styles[k]} style={{ width: `${s.totalCards ? (s.cardsByState[k] / s.totalCards) * 100 : 0}%` }} />
          ))}
        </div>
        <dl className={styles.figures}>
          {STATES.map(([k, label]) => (
            <div key={k}>
              <dt><span className={`${styles.swatch} ${styles[k]}`} aria-hidden="true" />{label}</dt>
              <dd data-testid={`state-${k}`}>{s.cardsByState[k]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <StatsCharts forecast={s.dueForecast} retention={s.retentionByWeek} />

      <figure className={`card ${styles.figure}`} aria-labelledby="heatmap-caption">
        <figcaption id="heatmap-caption">
          <h2>Reviews per day</h2>
          <p className="muted small">The last 365 study days: {activeDays} with reviews. Days start at {String(user.dayStartHour).padStart(2, "0")}:00 in {user.timeZone}.</p>
        </figcaption>
        <Heatmap days={s.reviewsPerDay} />
      </figure>
    </div>
  );
}
