// Shared test helpers: a seeded PRNG and a random review session generator.
import { newCard, scheduleRating, type SrsCard, type SrsGrade, type SrsLog, type StudySettingsValues } from "@/lib/srs";

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomGrade(rand: () => number): SrsGrade {
  const x = rand();
  return x < 0.2 ? 1 : x < 0.35 ? 2 : x < 0.9 ? 3 : 4;
}

/** Next review time: around the due date, sometimes early, often late. */
export function nextReviewTime(card: SrsCard, rand: () => number): Date {
  const last = card.lastReview ? card.lastReview.getTime() : card.due.getTime();
  const lateness = (rand() - 0.3) * Math.max(card.scheduledDays, 1) * 86_400_000 * 0.4;
  const t = Math.max(card.due.getTime() + lateness + Math.floor(rand() * 3_600_000), last + 1000);
  return new Date(Math.round(t));
}

export function simulate(
  settings: StudySettingsValues,
  steps: number,
  seed: number,
  start = new Date("2026-01-05T09:00:00Z"),
): { initial: SrsCard; card: SrsCard; logs: SrsLog[]; cards: SrsCard[] } {
  const rand = mulberry32(seed);
  const initial = newCard(start);
  let card = initial;
  let t = start;
  const logs: SrsLog[] = [];
  const cards: SrsCard[] = [];
  for (let i = 0; i < steps; i++) {
    const r = scheduleRating(card, randomGrade(rand), t, settings);
    card = r.card;
    logs.push(r.log);
    cards.push(card);
    t = nextReviewTime(card, rand);
  }
  return { initial, card, logs, cards };
}
