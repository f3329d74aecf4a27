// Public face of the scheduling core.
export * from "./types";
export * from "./scheduler";
export * from "./day";
export * from "./queue";
export * from "./stats";
export * from "./fit";
export * from "./model";
