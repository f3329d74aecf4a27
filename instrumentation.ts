export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.FACTDECK_SKIP_BOOTSTRAP !== "1") {
    const { bootstrapOrExit } = await import("./lib/bootstrap.ts");
    await bootstrapOrExit();
  }
}
