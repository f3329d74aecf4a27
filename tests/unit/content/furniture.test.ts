import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanBody } from "@/lib/content/body";
import { isFurnitureLine, removeFurniture } from "@/lib/content/furniture";
import { parseArticleFile, parseArticleText } from "@/lib/content/parse";
import { SHARED_SEED } from "../../fixtures/shared-dir";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = (name: string) => readFileSync(`${repo}tests/fixtures/content/${name}`, "utf8");

const SEED_PATHS = {
  bundled: `${repo}content/articles/iraq-us-forces-withdrawal.md`,
  shared: SHARED_SEED,
};

const KEY_PARAGRAPHS = [
  "Iraq desires the departure of US-led military forces from its territory",
  "Currently, there are approximately 2,500 US troops stationed in Iraq.",
  "In 2020, Iraq’s parliament voted to exit the coalition",
  "This aligns with the longstanding desire of Iran and its regional allies for the departure of foreign forces from Iraq.",
];
const SEED_FURNITURE = ["LYNXMPEK", "REUTERS", "FILE PHOTO", "More from", "Putin denies", "Global gender", "Front of mind", "RTRMADP"];

describe("the bundled seed article", () => {
  const result = parseArticleFile({ path: SEED_PATHS.bundled, bytes: readFileSync(SEED_PATHS.bundled) });
  if (!result.ok) throw new Error(result.error.message);
  const { article } = result;

  it("keeps the key paragraphs", () => {
    for (const text of KEY_PARAGRAPHS) expect(article.body).toContain(text);
    expect(article.paragraphs.at(-1)).toMatch(/^The current conflict in Gaza/);
  });

  it.each(SEED_FURNITURE)("drops page furniture: %s", (needle) => {
    expect(article.body.toLowerCase()).not.toContain(needle.toLowerCase());
  });

  it("keeps the standfirst as the first paragraph, without its stray quote", () => {
    expect(article.paragraphs[0]).toMatch(/^Iraq urges the swift departure of US-led forces/);
    expect(article.body).not.toMatch(/"/);
  });

  it("front matter comes through", () => {
    expect(article).toMatchObject({
      title: "Iraq is calling for the rapid withdrawal of US troops",
      source: "Qonversations",
      published: "2024-01-08",
      tags: ["news", "iraq", "middle-east"],
      slug: "iraq-us-forces-withdrawal",
    });
  });
});

describe("the shared seed as pasted", () => {
  const present = existsSync(SEED_PATHS.shared);
  it.skipIf(!present)("cleans to the same paragraphs as the bundled copy (skipped when ../shared/seed is absent)", () => {
    const pasted = parseArticleText({ text: readFileSync(SEED_PATHS.shared, "utf8") });
    const bundled = parseArticleFile({ path: SEED_PATHS.bundled, bytes: readFileSync(SEED_PATHS.bundled) });
    expect(pasted.ok && bundled.ok).toBe(true);
    if (!pasted.ok || !bundled.ok) return;
    expect(pasted.article.title).toBe("Iraq is calling for the rapid withdrawal of US troops");
    expect(pasted.article.paragraphs).toEqual(bundled.article.paragraphs);
  });
});

describe("furniture on other pasted pages", () => {
  it("a news page: cookies, byline, share rows, caption, advert, newsletter, teaser and Related list", () => {
    const result = parseArticleText({ text: fixture("pasted-science-page.txt") });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.title).toBe("Deep-sea survey maps a coral reef off the coast of Valmora");
    expect(article.paragraphs).toHaveLength(4);
    expect(article.body).toContain("mapped a cold-water coral reef about 40 kilometres off the Valmora coast");
    expect(article.body).toContain("Trawling scars are rare below 700 metres.");
    for (const needle of ["cookie", "Accept all", "By Marta", "min read", "Tweet", "Copy link", "Getty", "Advertisement",
      "Read more", "Subscribe", "Share on", "Related", "whales", "Email"]) {
      expect(article.body).not.toContain(needle);
    }
  });

  it("an HTML page: tags, entities, a mid-article Related box, footer lists", () => {
    const result = parseArticleText({ text: fixture("pasted-html-page.txt") });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.title).toBe("The night the trams came back to Valmora");
    // The Related box sits mid-article: the prose after it must survive.
    expect(article.paragraphs).toEqual([
      expect.stringMatching(/^When the city council of Valmora reopened tram line 7 in April 2018/),
      "The reopening cost about €2.5 million, most of it spent on rails and overhead wires. The municipal transport company said ridership on the line reached 1,000 passengers a day within its first year.",
      expect.stringMatching(/^Transport planners describe such lines as “heritage trams”/),
    ]);
    for (const needle of ["<", "&", "Menu", "Posted on", "Photograph", "Related", "cable cars", "Share", "WhatsApp", "might also", "©"]) {
      expect(article.body).not.toContain(needle);
    }
  });

  it("a markdown blog: headings, emphasis, links, images, quotes and a Recommended list", () => {
    const path = `${repo}tests/fixtures/content/pasted-markdown-blog.md`;
    const result = parseArticleFile({ path, bytes: readFileSync(path) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.paragraphs).toEqual([
      "The Valmora lighthouse was built in 1868 on a sandstone cliff about 70 metres from the sea. By 1990 erosion had brought the cliff edge to within 15 metres of the tower, and the Maritime Heritage Trust decided to move it.",
      "Engineers lifted the 2,000-tonne tower onto steel rails and pushed it 80 metres inland with hydraulic jacks over 22 days in 1994. The move cost £1.1 million, or about €1.4 million at the time.",
      '"It moved about four metres a day," said the site engineer, Dr. Helen Moss.',
    ]);
    expect(result.article.tags).toEqual(["history", "coast"]);
  });
});

describe("isFurnitureLine", () => {
  it.each([
    "2023 11 27T105503Z 174275005 RC2ML4ARBVEY RTRMADP 3 RUSSIA VTB",
    "FILE PHOTO: Troops stand guard in Kyiv, Ukraine, March 3, 2022. REUTERS/Jane Roe/File Photo",
    "A protester holds a flag outside parliament. REUTERS/Jane Roe",
    "Smoke rises over the port. (Photo by John Doe/AFP via Getty Images)",
    "Share on Facebook",
    "Share | Tweet | Email",
    "Copy link",
    "Advertisement",
    "Story continues below advertisement",
    "Subscribe now for unlimited access",
    "This website uses cookies to ensure you get the best experience. Read our privacy policy.",
    "Reject all",
    "harbour-view-at-dusk-scaled",
    "IMG_2041.jpg",
    "Updated 3 hours ago, 10:42 GMT",
  ])("furniture: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    "Currently, there are approximately 2,500 US troops stationed in Iraq.",
    "The share of renewable energy rose to 30 percent in 2023.",
    "Subscribers to the paper rose by 12 percent, according to a Reuters/Ipsos poll of readers.",
    "By 2020 the tower had moved 80 metres inland.",
    "Email became common in offices during the 1990s, replacing many paper memos and faxes.",
    "The cookie was invented in 1938 at the Toll House Inn in Whitman, Massachusetts.",
    "Under the law, websites must ask visitors to consent before they store cookies or accept tracking.",
    "Published in 1929, the paper described a mould that killed bacteria.",
    "Sign up rates for the programme rose by 20 percent in 2023.",
    "Share prices fell sharply on Monday.",
    "Related species of coral live in the North Atlantic, often at greater depths than tropical reefs.",
  ])("prose: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("removeFurniture tail cut", () => {
  it("cuts a Related list at the end but keeps everything before it", () => {
    const text = [
      "The council approved the budget on Tuesday after a debate that lasted more than six hours and ended in a vote of 31 to 20.",
      "",
      "Related",
      "Budget row deepens",
      "Mayor under pressure over housing plans and rents",
    ].join("\n");
    expect(removeFurniture(text).trim()).toBe(text.split("\n")[0]);
  });

  it("takes a mid-article box's headlines that follow its header with no blank line, and keeps the prose after", () => {
    const prose = "The council approved the budget on Tuesday after a debate that lasted more than six hours and ended in a vote of 31 to 20.";
    const later = [
      "The mayor said the vote settled the question for this year, and officials began drafting the spending plans the same evening.",
      "",
      "Opposition members promised to raise the matter again in the spring, when the first figures for the new housing scheme are due.",
    ];
    const text = [prose, "", "Related stories", "Budget row deepens", "Mayor under pressure over housing", "Opinion: our town deserves better", "", ...later].join("\n");
    const kept = removeFurniture(text);
    expect(kept).not.toMatch(/Budget row|Mayor under pressure|Opinion:/);
    expect(kept).toContain(prose);
    for (const p of later.filter(Boolean)) expect(kept).toContain(p);
  });

  it("does not cut on prose that merely mentions related things", () => {
    const paragraphs = cleanBody("Related species live in the Arctic. They eat krill.\n\nMore from the survey follows next year.");
    expect(paragraphs).toHaveLength(2);
  });
});
