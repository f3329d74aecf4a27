"use client";

import { useMemo } from "react";
import type { StatsView } from "@/lib/api/schemas/review";
import { UplotChart, type ChartSeries } from "./UplotChart";
import styles from "./Stats.module.css";

function DataTable({ caption, head, rows }: { caption: string; head: [string, string]; rows: [string, string][] }) {
  return (
    <details className={styles.data}>
      <summary>{caption} as a table</summary>
      <table className="table">
        <thead>
          <tr><th scope="col">{head[0]}</th><th scope="col">{head[1]}</th></tr>
        </thead>
        <tbody>
          {rows.map(([a, b]) => (
            <tr key={a}><td>{a}</td><td>{b}</td></tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Due forecast (bars) and true retention by week (line), drawn with uPlot, each with its data as a table. */
export function StatsCharts({ forecast, retention }: { forecast: StatsView["dueForecast"]; retention: StatsView["retentionByWeek"] }) {
  const forecastDays = useMemo(() => forecast.map((d) => d.dayKey), [forecast]);
  const forecastSeries = useMemo<ChartSeries[]>(() => [{ label: "Cards due", values: forecast.map((d) => d.count), kind: "bars", color: "--accent" }], [forecast]);
  const weeks = useMemo(() => retention.map((w) => w.weekKey), [retention]);
  const retentionSeries = useMemo<ChartSeries[]>(
    () => [{ label: "True retention", values: retention.map((w) => (w.retention === null ? null : Math.round(w.retention * 1000) / 10)), kind: "line", color: "--good", format: (v) => `${v}%` }],
    [retention],
  );
  const range = useMemo<[number, number]>(() => [0, 100], []);
  const totalDue = forecast.reduce((n, d) => n + d.count, 0);

  return (
    <>
      <figure className={`card ${styles.figure}`} aria-labelledby="forecast-caption">
        <figcaption id="forecast-caption">
          <h2>Due in the next 30 days</h2>
          <p className="muted small">{totalDue} reviews; today’s bar includes overdue cards.</p>
        </figcaption>
        <UplotChart days={forecastDays} series={forecastSeries} />
        <DataTable caption="Forecast" head={["Day", "Cards due"]} rows={forecast.map((d) => [d.dayKey, String(d.count)])} />
      </figure>
      <figure className={`card ${styles.figure}`} aria-labelledby="retention-caption">
        <figcaption id="retention-caption">
          <h2>True retention by week</h2>
          <p className="muted small">First answer of the day on review cards; a pass is anything but Again.</p>
        </figcaption>
        {retention.length === 0 ? (
          <p className="muted">No review-state answers yet: cards count here once they graduate from learning.</p>
        ) : (
          <>
            <UplotChart days={weeks} series={retentionSeries} yRange={range} />
            <DataTable
              caption="Retention"
              head={["Week of", "Passed / reviews"]}
              rows={retention.map((w) => [w.weekKey, `${w.passed} / ${w.reviews}${w.retention === null ? "" : ` (${Math.round(w.retention * 100)}%)`}`])}
            />
          </>
        )}
      </figure>
    </>
  );
}
