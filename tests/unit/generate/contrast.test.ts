// Contrasts (lib/generate/contrast.ts): the answer with one word turned into its opposite, as a
// long answer's extra option.
import { describe, expect, it } from "vitest";
import { contrastsOf } from "../../../lib/generate/contrast";

describe("contrastsOf", () => {
  it("turns one word round per contrast, earliest first, keeping case", () => {
    expect(contrastsOf("a general rise in prices")).toEqual(["a general fall in prices"]);
    expect(contrastsOf("the United States was by far the largest creditor", 1)).toEqual(["the United States was by far the smallest creditor"]);
    expect(contrastsOf("Higher rates make borrowing dearer", 2)).toEqual(["Lower rates make borrowing dearer", "Higher rates make borrowing cheaper"]);
  });

  it("fixes the article before a swapped word", () => {
    expect(contrastsOf("a warm current from the south", 1)).toEqual(["a cool current from the south"]);
    expect(contrastsOf("an inner ring of ice", 1)).toEqual(["an outer ring of ice"]);
    expect(contrastsOf("a outer ring", 1)).toEqual(["an inner ring"]);
  });

  it("leaves names, fixed phrases and texts that hold both words alone", () => {
    expect(contrastsOf("Little Rock and Great Falls")).toEqual([]);
    expect(contrastsOf("prices rose more or less at first")).toEqual(["prices fell more or less at first"]);
    expect(contrastsOf("a low flood meant famine and a very high one destroyed villages")).toEqual([]);
    expect(contrastsOf("the price of one currency in terms of another")).toEqual([]);
  });
});
