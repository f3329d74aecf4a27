export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootstrapOrExit, installServerHooks } = await import("./lib/bootstrap.ts");
  installServerHooks();
  if (process.env.FACTDECK_SKIP_BOOTSTRAP !== "1") await bootstrapOrExit();
}
