import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeMarkup } from "@/lib/export/escape";
import { prepareSet } from "@/lib/export/prepared-question";
import { exportQti, QTI_TEST_PATH } from "@/lib/export/qti";
import { typedVariants } from "@/lib/export/typed-answers";
import { alwaysSkippedKeys, nastySet } from "@/tests/fixtures/export/nasty-set";
import { QTI_DIR, attribute, elementTree, hasXmllint, unzipText, withTempFiles, xmllint, type ElementNode } from "./reference";

const ITEM_XSD = join(QTI_DIR, "qtiworks-xml-catalog/www.imsglobal.org/xsd/imsqti_v2p1.xsd");
const MANIFEST_XSD = join(QTI_DIR, "qtiworks-xml-catalog/www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd");
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

const result = exportQti(nastySet);
const files = unzipText(result.body);
const items = prepareSet(nastySet).items;
const manifest = elementTree(files["imsmanifest.xml"]).children[0];

function find(node: ElementNode, name: string): ElementNode[] {
  return [...(node.name === name ? [node] : []), ...node.children.flatMap((c) => find(c, name))];
}

describe("QTI 2.1 package", () => {
  it("is a zip with the manifest, the test and one file per exported item", () => {
    expect(result.filename).toMatch(/\.zip$/);
    expect(Object.keys(files).sort()).toEqual(
      ["imsmanifest.xml", QTI_TEST_PATH, ...items.map((i) => `items/q${i.number}.xml`)].sort(),
    );
    expect(result.skipped.map((s) => s.key)).toEqual(alwaysSkippedKeys);
  });

  it("puts <metadata> first in the manifest and lists every file it ships", () => {
    expect(manifest.children.map((c) => c.name)).toEqual(["metadata", "organizations", "resources"]);
    expect(files["imsmanifest.xml"]).toContain("<schema>QTIv2.1 Package</schema>");
    expect(files["imsmanifest.xml"]).toContain("<schemaversion>1.0.0</schemaversion>");
    const resources = find(manifest, "resource");
    const types = resources.map((r) => attribute(r, "type"));
    expect(types.filter((t) => t === "imsqti_test_xmlv2p1")).toHaveLength(1);
    expect(types.filter((t) => t === "imsqti_item_xmlv2p1")).toHaveLength(items.length);
    for (const resource of resources) {
      const href = attribute(resource, "href")!;
      expect(files[href]).toBeDefined();
      expect(find(resource, "file").map((f) => attribute(f, "href"))).toContain(href);
      expect(attribute(resource, "identifier")).toMatch(NCNAME);
    }
  });

  it("uses valid NCName identifiers and written-out response processing (no templates to resolve)", () => {
    for (const item of items) {
      const xml = files[`items/q${item.number}.xml`];
      const root = elementTree(xml).children[0];
      expect(root.name).toBe("assessmentItem");
      expect(attribute(root, "identifier")).toMatch(NCNAME);
      const rp = find(root, "responseProcessing")[0];
      expect(attribute(rp, "template")).toBeUndefined();
      expect(find(rp, "responseCondition")).toHaveLength(1);
      expect(xml).not.toContain("&nbsp;");
    }
  });

  it("marks the right choice, and lists every accepted typed answer as a correct response (what Canvas reads)", () => {
    for (const item of items) {
      const xml = files[`items/q${item.number}.xml`];
      const root = elementTree(xml).children[0];
      const values = [...(/<correctResponse>([^]*?)<\/correctResponse>/.exec(xml)![1].matchAll(/<value>([^<]*)<\/value>/g))].map((m) => m[1]);
      if (item.question.type === "MCQ" || item.question.type === "TRUE_FALSE") {
        expect(values).toHaveLength(1);
        expect(find(root, "choiceInteraction")).toHaveLength(1);
        const choice = new RegExp(`<simpleChoice identifier="${values[0]}">([^]*?)</simpleChoice>`).exec(xml)![1];
        expect(choice).toBe(escapeMarkup(item.choices[item.correctIndex]).replace(/\n/g, "<br/>"));
        // Canvas takes the matched identifier from the response condition's baseValue.
        expect(find(find(root, "responseIf")[0], "baseValue")[0]).toBeDefined();
        expect(xml).toMatch(new RegExp(`<match>\\s*<variable identifier="(RESPONSE|TF_RESPONSE)"/>\\s*<baseValue baseType="identifier">${values[0]}</baseValue>`));
      } else {
        expect(find(root, "textEntryInteraction")).toHaveLength(1);
        expect(values).toEqual(typedVariants(item).map(escapeMarkup));
        for (const accepted of item.typedAnswers) expect(values.map((v) => v.toLowerCase())).toContain(escapeMarkup(accepted).toLowerCase());
        // Players score with the case-insensitive mapping: the same answers.
        expect(find(root, "mapEntry").map((e) => attribute(e, "mapKey"))).toEqual(values);
        expect(xml).toContain('<mapResponse identifier="RESPONSE"/>');
      }
    }
  });

  it("writes true/false as a two-choice item Canvas reads as true/false (a TF… response matched in a condition)", () => {
    for (const item of items.filter((i) => i.question.type === "TRUE_FALSE")) {
      const xml = files[`items/q${item.number}.xml`];
      const root = elementTree(xml).children[0];
      const choices = [...xml.matchAll(/<simpleChoice identifier="([^"]+)">([^<]*)<\/simpleChoice>/g)].map((m) => [m[1], m[2]]);
      expect(choices).toEqual([["TRUE", "True"], ["FALSE", "False"]]);
      expect(attribute(find(root, "choiceInteraction")[0], "responseIdentifier")).toMatch(/^TF/);
      expect(find(find(root, "responseIf")[0], "variable").map((v) => attribute(v, "identifier"))).toEqual(["TF_RESPONSE"]);
    }
  });

  it("carries the explanation and source as modalFeedback Canvas keeps as general comments", () => {
    for (const item of items) {
      const xml = files[`items/q${item.number}.xml`];
      const root = elementTree(xml).children[0];
      const feedback = find(root, "modalFeedback");
      expect(feedback).toHaveLength(1);
      const id = attribute(feedback[0], "identifier")!;
      // Canvas: /wrong|incorrect|_IC$/ → incorrect, /correct|_C$/ → correct, /general_|_all/ → general.
      expect(id).toMatch(/general_|_all/i);
      expect(id).not.toMatch(/wrong|incorrect|_IC$|correct|_C$|solution/i);
      expect(xml).toContain(escapeMarkup(item.question.sourceSentence));
      if (item.question.explanation.trim()) expect(xml).toContain(escapeMarkup(item.question.explanation.trim().split("\n")[0]));
      expect(xml).toMatch(new RegExp(`<setOutcomeValue identifier="FEEDBACK">\\s*<baseValue baseType="identifier">${id}</baseValue>`));
    }
  });

  it("keeps the section title out of the questions (an invisible section: Canvas adds no text-only item)", () => {
    const test = elementTree(files[QTI_TEST_PATH]).children[0];
    expect(find(test, "assessmentSection").map((s) => attribute(s, "visible"))).toEqual(["false"]);
  });

  it("builds the same bytes from the same input", () => {
    expect(Buffer.from(exportQti(nastySet).body as Uint8Array).equals(Buffer.from(result.body as Uint8Array))).toBe(true);
  });
});

describe("QTI 2.1 package against the IMS schemas (xmllint)", () => {
  const missing = !hasXmllint ? "xmllint is not installed (apt-get install -y libxml2-utils)" : !existsSync(ITEM_XSD) ? `${QTI_DIR} is absent` : "";
  if (missing) {
    it.skip(`skipped: ${missing}`, () => {});
    return;
  }
  const validate = (xsd: string, names: string[]) =>
    withTempFiles(Object.fromEntries(names.map((n) => [n, files[n] ?? ""])), (dir) =>
      xmllint(["--noout", "--schema", xsd, ...names.map((n) => join(dir, n))]),
    );

  it("validates every item and the assessment test against imsqti_v2p1.xsd", () => {
    const names = [QTI_TEST_PATH, ...items.map((i) => `items/q${i.number}.xml`)];
    const out = validate(ITEM_XSD, names);
    expect(out.output).not.toMatch(/fails to validate|error/i);
    expect(out.ok).toBe(true);
    expect(out.output.match(/validates/g)).toHaveLength(names.length);
  });

  it("validates the manifest against the QTI 2.1 content-package profile", () => {
    const out = validate(MANIFEST_XSD, ["imsmanifest.xml"]);
    expect(out.output).toMatch(/imsmanifest\.xml validates/);
    expect(out.ok).toBe(true);
  });

  it("the validator rejects a manifest without <metadata> (so a pass means something)", () => {
    const bad = readFileSync(join(QTI_DIR, "minimal_imsmanifest_test.xml"), "utf8");
    const out = withTempFiles({ "imsmanifest.xml": bad }, (dir) =>
      xmllint(["--noout", "--schema", MANIFEST_XSD, join(dir, "imsmanifest.xml")]),
    );
    expect(out.ok).toBe(false);
    expect(out.output).toMatch(/fails to validate/);
  });
});
