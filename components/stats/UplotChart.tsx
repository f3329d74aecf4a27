"use client";

import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  kind: "bars" | "line";
  /** a CSS variable name, e.g. "--accent" */
  color: string;
  format?: (v: number) => string;
}

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";

/**
 * One uPlot chart over study days (x = day keys, drawn at UTC midnight so labels never shift a
 * day). Colours come from the theme's CSS variables and follow light/dark switches.
 */
export function UplotChart({ days, series, height = 220, yRange }: { days: string[]; series: ChartSeries[]; height?: number; yRange?: [number, number] }) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let chart: uPlot | null = null;
    const xs = days.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
    const build = () => {
      chart?.destroy();
      const text = cssVar("--muted");
      const grid = cssVar("--border");
      const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
      chart = new uPlot(
        {
          width: Math.max(240, el.clientWidth),
          height,
          tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
          legend: { show: false },
          cursor: { drag: { x: false, y: false } },
          scales: { x: { time: true }, y: yRange ? { range: yRange } : { range: (_u, _min, max) => [0, Math.max(1, max)] } },
          axes: [
            axis,
            {
              ...axis,
              size: 44,
              // counts are whole numbers: no 0.2-card ticks
              incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000],
              values: series[0]?.format ? (_u, vals) => vals.map((v) => series[0].format!(v)) : undefined,
            },
          ],
          series: [
            {},
            ...series.map((s) => {
              const color = cssVar(s.color);
              return s.kind === "bars"
                ? { label: s.label, stroke: color, fill: color, width: 0, paths: uPlot.paths.bars!({ size: [0.7, 28] }), points: { show: false } }
                : { label: s.label, stroke: color, width: 2, spanGaps: true, points: { show: true, size: 6, fill: color } };
            }),
          ],
        },
        [xs, ...series.map((s) => s.values)] as uPlot.AlignedData,
        el,
      );
    };
    build();
    const resize = new ResizeObserver(() => chart?.setSize({ width: Math.max(240, el.clientWidth), height }));
    resize.observe(el);
    const scheme = window.matchMedia("(prefers-color-scheme: dark)");
    scheme.addEventListener("change", build);
    return () => {
      resize.disconnect();
      scheme.removeEventListener("change", build);
      chart?.destroy();
    };
  }, [days, series, height, yRange]);

  return <div ref={box} aria-hidden="true" style={{ width: "100%", minHeight: height }} />;
}
