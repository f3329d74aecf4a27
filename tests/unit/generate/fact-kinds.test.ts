// Kinds of fact issue 10 found no candidate for: a purpose given by a participle's "so that", the
// findings and conditions that widen a why-question's options, a kind named by "happens when",
// membership ("belongs to"), a coined word, and how long something takes. Every sentence is made up.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../../lib/generate";
import { optionClauses, participlePurpose } from "../../../lib/generate/causes";
import { definitionsIn, termQuestion } from "../../../lib/generate/definitions";
import { durationQuestion, minuteQuestion } from "../../../lib/generate/measures";
import { purposeQuestion } from "../../../lib/generate/purposes";
import { coinedQuestion, memberQuestion, namingQuestions } from "../../../lib/generate/naming";
import { toInfinitive } from "../../../lib/generate/nlp";
import { render } from "../../../lib/generate/statements";
import { articleFromParagraphs } from "../../fixtures/generate/articles";
import { sentenceToks as toks, tagsOf } from "../../fixtures/generate/statements";

describe("participlePurpose", () => {
  it("asks why the subject did what the participle says, with do-support and the base form", () => {
    const q = participlePurpose(toks("Ada repainted the shed in May, using a darker green so that the wood would last longer."), toInfinitive);
    expect(q && { prompt: q.prompt, answer: render(q.answer) }).toEqual({ prompt: "Why did Ada use a darker green?", answer: "the wood would last longer" });
    // compromise has no infinitive for "moving": the past form tells it; no "did … moved".
    const moved = participlePurpose(toks("The coach changed the plan at half-time, moving two forwards into midfield so that the defence had more cover."), toInfinitive);
    expect(moved?.prompt).toBe("Why did the coach move two forwards into midfield?");
    expect(moved?.prompt).not.toMatch(/\bdid\b.*\b\w+ed\b/);
  });

  it("uses does for a present main verb and asks nothing of a pronoun subject or object", () => {
    expect(participlePurpose(toks("Mara paints every wall twice, adding a primer so that the colour stays even."), toInfinitive)?.prompt).toBe("Why does Mara add a primer?");
    expect(participlePurpose(toks("She repainted the shed, using a darker green so that the wood would last longer."), toInfinitive)).toBeUndefined();
    expect(participlePurpose(toks("Ada repainted the shed, using it so that the wood would last longer."), toInfinitive)).toBeUndefined();
    expect(participlePurpose(toks("Ada repainted the shed, using a darker green because the wood was old."), toInfinitive)).toBeUndefined();
  });
});

describe("optionClauses", () => {
  it("adds findings and conditions to the reason clauses", () => {
    expect(optionClauses("Tests showed that the new glue failed in cold weather.")).toEqual(["the new glue failed in cold weather"]);
    expect(optionClauses("Rust happens when iron meets water and air.")).toEqual(["iron meets water and air"]);
    expect(optionClauses("The bridge closed because the cables had snapped.")).toEqual(["the cables had snapped"]);
  });

  it("adds events the article dates by another clause (after, when, while, until, before)", () => {
    expect(optionClauses("Prices jumped after Arab oil producers cut supplies.")).toEqual(["Arab oil producers cut supplies"]);
    expect(optionClauses("The town flooded when a storm surge overtopped the old harbour wall.")).toEqual(["a storm surge overtopped the old harbour wall"]);
    // No subject and verb, or a pronoun subject: no clause.
    expect(optionClauses("The league grew after a great fire in the old town.")).toEqual([]);
    expect(optionClauses("The contest was held every year except 2020, when it was cancelled.")).toEqual([]);
    // ", so …" with an irregular past or present verb.
    expect(optionClauses("The ring blocks the enzymes, so growing bacteria burst.")).toEqual(["growing bacteria burst"]);
  });

  it("leaves out a finding that opens on a pronoun", () => {
    expect(optionClauses("Engineers found that it failed in cold weather.")).toEqual([]);
  });
});

describe("kinds named by what brings them about", () => {
  it("reads \"X happens when Y\" as a definition and asks which kind of the head it is", () => {
    const text = "Wage-led growth happens when rising pay lifts spending across the economy.";
    const [d] = definitionsIn(text, tagsOf(text));
    expect(d).toMatchObject({ term: "wage-led growth", definition: "growth that happens when rising pay lifts spending across the economy", form: "when" });
    expect(text.slice(d.termStart, d.termEnd)).toBe("Wage-led growth");
    expect(termQuestion(d)).toBe("What kind of growth happens when rising pay lifts spending across the economy?");
  });

  it("asks nothing of a one-word subject, a name or a condition that points away", () => {
    const one = "Erosion happens when wind carries sand against rock.";
    expect(definitionsIn(one, tagsOf(one)).filter((d) => d.form === "when")).toEqual([]);
    const away = "Slow growth happens when this keeps spending low.";
    expect(definitionsIn(away, tagsOf(away)).filter((d) => d.form === "when")).toEqual([]);
  });
});

describe("memberQuestion", () => {
  it("asks to which group a thing belongs, the group's name as the answer", () => {
    const text = "The tomato belongs to the nightshade family, like the potato.";
    const q = memberQuestion(text, tagsOf(text));
    expect(q && `${q.prompt} → ${text.slice(q.start, q.end)}`).toBe("To which group does the tomato belong? → the nightshade family");
    const past = "Quinine belonged to the alkaloids.";
    const p = memberQuestion(past, tagsOf(past));
    expect(p && `${p.prompt} → ${past.slice(p.start, p.end)}`).toBe("To which group did quinine belong? → the alkaloids");
  });

  it("asks nothing of a pronoun or a description instead of a name", () => {
    for (const text of ["It belongs to the nightshade family.", "The tomato belongs to the same family.", "The land belongs to them."]) {
      expect(memberQuestion(text, tagsOf(text))).toBeUndefined();
    }
  });
});

describe("coinedQuestion", () => {
  it("asks which word a named person coined", () => {
    const q = coinedQuestion(toks("Hal Porter coined the word smog to describe the haze."));
    expect(q && { prompt: q.prompt, answer: render(q.answer) }).toEqual({ prompt: "What word did Hal Porter coin?", answer: "smog" });
  });

  it("asks nothing when the coiner is a pronoun", () => {
    expect(coinedQuestion(toks("He coined the word smog."))).toBeUndefined();
  });
});

describe("minuteQuestion", () => {
  const minute = (text: string) => {
    const q = minuteQuestion(toks(text), toInfinitive);
    return q && `${q.prompt} → ${render(q.answer)}`;
  };
  it("asks in which minute a match event happened, the ordinal as the answer", () => {
    expect(minute("The equaliser came in the 67th minute from the defender Ruth Ames.")).toBe("In which minute did the equaliser come from the defender Ruth Ames? → 67th");
    expect(minute("The second goal was scored in the 54th minute.")).toBe("In which minute was the second goal scored? → 54th");
    expect(minute("In the 12th minute the striker Omar Lind headed the ball over the bar.")).toBe("In which minute did the striker Omar Lind head the ball over the bar? → 12th");
  });
  it("asks nothing when the subject points away or no minute is named", () => {
    expect(minute("He scored in the 67th minute.")).toBeUndefined();
    expect(minute("The equaliser came after 67 minutes.")).toBeUndefined();
  });
});

describe("durationQuestion", () => {
  it("asks how long something takes or lasted, the quantity with its unit as the answer", () => {
    const q = durationQuestion(toks("Filling the lock takes about 12 minutes."));
    expect(q && { prompt: q.prompt, answer: render(q.answer) }).toEqual({ prompt: "How long does filling the lock take?", answer: "about 12 minutes" });
    expect(durationQuestion(toks("The siege lasted eight months."))?.prompt).toBe("How long did the siege last?");
  });

  it("asks nothing when the quantity does not end the statement or the subject points away", () => {
    expect(durationQuestion(toks("Filling the lock takes about 12 minutes on a calm day."))).toBeUndefined();
    expect(durationQuestion(toks("It takes about 12 minutes."))).toBeUndefined();
    expect(durationQuestion(toks("The journey takes two bridges."))).toBeUndefined();
  });
});

describe("in generated questions", () => {
  it("asks the new kinds in a made-up article", () => {
    const article = articleFromParagraphs(
      [
        "Canal locks raise and lower boats between stretches of water at different heights. Filling the lock takes about 12 minutes.",
        "Lock keepers open the paddles slowly. The keeper changed the routine in spring, opening the upstream paddles first so that the boats stayed steady.",
        "Silting happens when slow water drops the sand it carries. Bank erosion happens when passing boats push waves against soft banks.",
      ],
      { slug: "canal-locks", title: "How canal locks work" },
    );
    const qs = generateQuestions(article, { max: 40 }).questions.map((q) => `${q.prompt} → ${q.answer}`);
    expect(qs).toContain("How long does filling the lock take? → about 12 minutes");
    expect(qs).toContain("Why did the keeper open the upstream paddles first? → the boats stayed steady");
    expect(qs).toContain("What kind of erosion happens when passing boats push waves against soft banks? → bank erosion");
  });
});

describe("kinds of a general term", () => {
  it("asks a kind as its own fact, not as one more item about the general term", () => {
    const article = articleFromParagraphs(
      [
        "Erosion is the wearing away of land by water, wind or ice. Erosion shapes every coast.",
        "Erosion is slow on hard rock. Erosion is fast on clay. Engineers measure erosion with survey posts.",
        "Sheet erosion happens when rain washes a thin layer of soil off a slope. Gully erosion happens when running water cuts deep channels into a hillside.",
      ],
      { slug: "erosion-kinds", title: "Erosion" },
    );
    const { candidates = [] } = generateQuestions(article, { explain: true });
    const kinds = candidates.filter((c) => c.prompt.startsWith("What kind of erosion"));
    expect(kinds.map((c) => c.answer.toLowerCase()).sort()).toEqual(["gully erosion", "sheet erosion"]);
    const general = candidates.filter((c) => c.answer.toLowerCase() === "erosion").map((c) => c.factKey);
    expect(general.length).toBeGreaterThan(0);
    for (const k of kinds) expect(general).not.toContain(k.factKey);
    // Neither kind is held back by the general term's two-items-per-answer limit.
    expect(kinds.every((k) => k.features.introduced === 1)).toBe(true);
  });
});

describe("purposeQuestion", () => {
  const asked = (text: string) => {
    const q = purposeQuestion(toks(text));
    return q && `${q.prompt} → ${render(q.answer)}`;
  };
  it("asks what a thing was built, designed or used for", () => {
    expect(asked("The sluice was built to drain the marsh.")).toBe("What was the sluice built to do? → drain the marsh");
    expect(asked("Fluxite is a compound designed to resist rust.")).toBe("What is fluxite designed to do? → resist rust");
    expect(asked("The tower was used to store grain.")).toBe("What was the tower used for? → store grain");
  });

  it("asks nothing of a plan with its time: 'meant to start the next day' is no purpose (0.9.77)", () => {
    expect(asked("The repair crews were meant to start the next day.")).toBeUndefined();
    expect(asked("The new locks were meant to start work in 1990.")).toBeUndefined();
    // (What a thing is meant to do, with no time, is its purpose.)
    expect(asked("The new sluice was meant to drain the marsh.")).toBe("What was the new sluice meant to do? → drain the marsh");
  });

  it("asks nothing of a pronoun subject or a long purpose", () => {
    expect(asked("It was built to drain the marsh.")).toBeUndefined();
    expect(asked("The sluice was built to drain the marsh in a wet year when rain fell.")).toBeUndefined();
  });
});

describe("'became known as'", () => {
  it("asks what a described thing became known as, with do-support", () => {
    const text = "The long summer drought became known as the Dust Year.";
    expect(namingQuestions(text).map((q) => `${q.prompt} → ${text.slice(q.start, q.end)}`)).toEqual(["What did the long summer drought become known as? → the Dust Year"]);
    // One describing word leans on the sentence before.
    expect(namingQuestions("The drought became known as the Dust Year.")).toEqual([]);
  });
});

describe("a described thing 'called' after a preposition", () => {
  it("asks what the thing was called when two words or more describe it", () => {
    const text = "The monks copied books in three small stone rooms called scriptoria.";
    expect(namingQuestions(text).map((q) => `${q.prompt} → ${text.slice(q.start, q.end)}`)).toEqual(["What were the three small stone rooms called? → scriptoria"]);
    expect(namingQuestions("The boat sank at a point called the Grey Shoal.")).toEqual([]);
  });
});
