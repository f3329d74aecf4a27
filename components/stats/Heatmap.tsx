import styles from "./Stats.module.css";

const CELL = 11;
const GAP = 2;

function level(count: number, max: number): number {
  if (count === 0) return 0;
  return Math.min(4, Math.ceil((count / Math.max(1, max)) * 4));
}

/**
 * Reviews per study day as a calendar (columns are weeks starting Monday, like GitHub's), drawn
 * as a plain SVG that scales to the width available.
 */
export function Heatmap({ days }: { days: { dayKey: string; count: number }[] }) {
  if (days.length === 0) return null;
  const first = new Date(`${days[0].dayKey}T00:00:00Z`);
  const offset = (first.getUTCDay() + 6) % 7; // Monday = 0
  const weeks = Math.ceil((offset + days.length) / 7);
  const max = Math.max(...days.map((d) => d.count));
  const total = days.reduce((n, d) => n + d.count, 0);
  const active = days.filter((d) => d.count > 0).length;
  const width = weeks * (CELL + GAP);
  const height = 7 * (CELL + GAP) + 14;
  const months: { x: number; label: string }[] = [];
  days.forEach((d, i) => {
    if (d.dayKey.endsWith("-01")) {
      const col = Math.floor((offset + i) / 7);
      months.push({ x: col * (CELL + GAP), label: new Date(`${d.dayKey}T00:00:00Z`).toLocaleString("en", { month: "short", timeZone: "UTC" }) });
    }
  });
  return (
    // Narrow screens scroll it sideways (starting at today) rather than shrinking the cells to dust.
    <div className={styles.heatmapScroll} tabIndex={0} role="region" aria-label="Reviews per day calendar (scrolls sideways)">
    <svg
      className={styles.heatmap}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Reviews per day over the last ${days.length} days: ${total} reviews on ${active} days, at most ${max} in a day.`}
    >
      {months.map((m) => (
        <text key={`${m.label}-${m.x}`} x={m.x} y={9} className={styles.monthLabel}>{m.label}</text>
      ))}
      {days.map((d, i) => {
        const col = Math.floor((offset + i) / 7);
        const row = (offset + i) % 7;
        return (
          <rect key={d.dayKey} x={col * (CELL + GAP)} y={14 + row * (CELL + GAP)} width={CELL} height={CELL} rx={2} className={styles[`level${level(d.count, max)}`]}>
            <title>{`${d.dayKey}: ${d.count} review${d.count === 1 ? "" : "s"}`}</title>
          </rect>
        );
      })}
    </svg>
    </div>
  );
}
