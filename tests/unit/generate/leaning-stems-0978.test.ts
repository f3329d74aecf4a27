// Generator 0.9.78: stems that lean on the sentences before for what they answer or which one they
// mean (readers' rule 3): a reply that never says to what (6 of 7 read were faulted), and a match's
// conversion, try, penalty, kick or shot with no minute to say which.
import { describe, expect, it } from "vitest";
import { danglingReason } from "../../../lib/generate/stems";

describe("a stem that leans on the sentences before", () => {
  it("is a reply that never says to what", () => {
    expect(danglingReason("On what date did Serbia reply?")).toBe("dangling-reference");
    expect(danglingReason("Who replied with a single word?")).toBe("dangling-reference");
    expect(danglingReason("No reply arrived by 11 pm on _____.")).toBe("dangling-reference");
    expect(danglingReason("On what date did Serbia reply to the ultimatum?")).toBeUndefined();
  });

  it("is a conversion or a try, or a penalty, kick or shot someone took, with no minute", () => {
    expect(danglingReason("Who slotted the conversion?")).toBe("dangling-reference");
    expect(danglingReason("_____ pushed the conversion wide from the touchline.")).toBe("dangling-reference");
    expect(danglingReason("Crane slotted the conversion.")).toBe("dangling-reference");
    expect(danglingReason("Who took the penalty?")).toBe("dangling-reference");
    expect(danglingReason("Who scored the try in the 76th minute?")).toBeUndefined();
    expect(danglingReason("Captain _____ pointed to the corner instead because the penalty was almost on the touchline.")).toBeUndefined();
  });
});
