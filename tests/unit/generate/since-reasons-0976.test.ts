// A reason after ", since": asked as a "because" reason is ("Why did Berlin become the easiest way
// out?"), never after a perfect (a time: "has grown, since it moved …"), of a clause still joined to
// another, or of a clause that still holds the reason; a list of nouns inside a reason stays whole.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { articleFromParagraphs } from "../../fixtures/generate/articles";

const whyOf = (paragraphs: string[], title: string) =>
  generateQuestions(articleFromParagraphs(paragraphs, { title }), { max: 60, explain: true }).candidates!.filter((c) => c.prompt.startsWith("Why "));
const shown = (paragraphs: string[], title: string) => whyOf(paragraphs, title).map((c) => `${c.prompt} → ${c.answer}`);

describe("', since R': a reason of the clause before it", () => {
  it("asks why the clause holds, answered by the article's clause", () => {
    expect(shown(["After the GDR sealed its long border with West Germany in 1952, Berlin became the easiest way out, since anyone could still take a train or simply walk from the eastern sector into the western one."], "The Berlin Wall"))
      .toContain("Why did Berlin become the easiest way out? → anyone could still take a train or simply walk from the eastern sector into the western one");
    expect(shown(["Two of the fuel cells soon died, the landing was abandoned, and the command module was shut down, since its batteries had to be saved for re-entry."], "Apollo 13"))
      .toContain("Why was the command module shut down? → its batteries had to be saved for re-entry");
  });
  it("keeps a list of nouns inside the reason whole", () => {
    const why = whyOf(["The committee approved the plan unanimously, since its members are experts in law, medicine, science or business."], "The committee");
    expect(why.map((c) => c.answer)).toContain("its members are experts in law, medicine, science or business");
    expect(why.map((c) => c.answer)).not.toContain("its members are experts in law");
  });
  it("reads no time after a perfect, no clause joined to another, no stem that holds the reason", () => {
    expect(whyOf(["The club has grown quickly, since it moved to the new ground in the town centre."], "The club")).toEqual([]);
    expect(whyOf(["The House of Lords is often called a revising chamber, and much of the patient work of improving a bill's wording happens there, since many peers are experts in law."], "Parliament")).toEqual([]);
    expect(shown(["Only six deaths were recorded, though historians think the true number was higher, since the deaths of the poor were often not written down."], "The Great Fire"))
      .not.toContainEqual(expect.stringMatching(/since/));
  });
});
