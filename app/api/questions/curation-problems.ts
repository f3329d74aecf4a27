// A curation use case's refusal as the API says it (lib/app/curation.ts returns outcomes, not HTTP), for the question and article routes.
import type { CurationOutcome } from "@/lib/app/curation";
import type { Question } from "@/lib/domain/types";
import { conflict, notFound, unprocessable } from "@/lib/api/problem";

/** The question, or the problem that explains why there is none. */
export function questionOrProblem(outcome: CurationOutcome, missing: "article" | "question"): Question {
  switch (outcome.kind) {
    case "ok":
      return outcome.question;
    case "not-found":
      throw notFound(missing);
    case "invalid":
      throw unprocessable("The question cannot be saved as it is.", outcome.errors);
    case "no-sentence":
      throw unprocessable("No such sentence.", outcome.errors);
    case "duplicate":
      throw conflict("This article already has a question asking exactly this.");
  }
}
