// Node flags of every `next start` this project runs (npm start, the e2e server, the benches), so
// the benches measure the server users get. A request allocates a few hundred KB (Next's streams,
// React's render, JSON); with V8's default 16 MB young generation that fills every few dozen
// requests, survivors get promoted and the old generation grows and is collected too. 64 MB
// semi-spaces: bench:load (SQLite, 20 learners, idle machine) 274 → 384 req/s, server CPU 3.9 →
// 2.8 ms per request, p99 226 → 160 ms, for ~100 MB more RSS. 128 MB gained nothing more.
// The young generation starts at that size (min = max) rather than doubling its way up in the
// first minutes of traffic (a PostgreSQL soak read that warm-up as a 27% RSS rise; RSS was flat
// at ~690 MB once warm).
export const SERVER_NODE_FLAGS = ["--min-semi-space-size=64", "--max-semi-space-size=64"];
