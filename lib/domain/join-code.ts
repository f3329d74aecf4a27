// Class join codes: short, easy to copy from a board, typed back loosely.
import { randomInt } from "node:crypto";

/** Join-code alphabet: no 0/O or 1/I, which are misread when a code is copied from a board. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(random: (n: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a learner typed → the stored form: upper case, spaces and dashes dropped. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}
