"use client";
import { useEffect, useState } from "react";

/** Milliseconds since `startedAt`, ticking each second while `running`; null until mounted
 * (computed after mount: no server/client mismatch). */
export function useElapsed(startedAt: string, running: boolean): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const t = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(t);
    };
  }, [running]);
  return now === null ? null : now - new Date(startedAt).getTime();
}
