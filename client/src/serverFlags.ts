// Node flags the language server is started with (the VS Code client and the
// benchmarks use the same). A larger young generation (64 MB semi-spaces, V8's
// default is 16 MB here) lets the models of a few keystrokes die young instead
// of being copied by every scavenge: in process, keystroke p95 on the
// 2,000-paragraph draft fell from about 30 to 13 ms (BENCHMARKS.md). It cannot be
// set from inside the server: V8 sizes the young generation at start-up.
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=64'];
