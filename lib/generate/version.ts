// Bump whenever the generator's output for the same input changes (questions, keys, ranking).
export const GENERATOR_VERSION = "0.9.79";
