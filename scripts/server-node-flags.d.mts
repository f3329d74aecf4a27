/** Node flags of every `next start` this project runs (see server-node-flags.mjs). */
export declare const SERVER_NODE_FLAGS: readonly string[];
