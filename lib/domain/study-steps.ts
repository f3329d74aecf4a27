// Learning and relearning steps as a learner writes them ("1m 10m 1h 1d"): validated by the
// settings schema, handed to ts-fsrs by the scheduler.

export type StepUnit = `${number}${"m" | "h" | "d"}`;

const STEP = /^(\d+(?:\.\d+)?)([mhd])$/;

/** Parses "1m 10m 1h 1d" into ts-fsrs step units; throws on anything else. */
export function parseSteps(text: string): StepUnit[] {
  const parts = text.trim().split(/\s+/).filter(Boolean);
  return parts.map((part) => {
    const m = STEP.exec(part);
    if (!m || Number(m[1]) <= 0) {
      throw new Error(`"${part}" is not a step: write a positive number followed by m, h or d (e.g. "1m 10m 1h 1d")`);
    }
    return `${Number(m[1])}${m[2] as "m" | "h" | "d"}` as StepUnit;
  });
}
