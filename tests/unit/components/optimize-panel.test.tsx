// @vitest-environment happy-dom
// The Optimize button with the network stubbed: it starts a job, polls it while it runs (progress
// line), then shows log loss and RMSE before/after and flips "in use" when the fit was applied; a
// run that was not applied leaves "in use" alone and says why.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OptimizePanel } from "@/components/settings/OptimizePanel";
import { stubFetch } from "./fetch-stub";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const job = (over: Record<string, unknown>) => ({
  id: "job-1",
  status: "running",
  phase: "Fitting new parameters",
  progress: 0.3,
  startedAt: "2026-11-30T10:00:00.000Z",
  finishedAt: null,
  result: null,
  error: null,
  ...over,
});

describe("OptimizePanel", () => {
  it("polls a running job, then shows the figures and that the fit is in use", async () => {
    let polls = 0;
    const net = stubFetch({
      "POST /api/settings/optimize": { status: 202, body: job({ status: "queued", phase: "Waiting to start", progress: 0 }) },
      "GET /api/settings/optimize/job-1": () => {
        polls++;
        if (polls < 2) return { body: job({}) };
        return {
          body: job({
            status: "done",
            phase: "Done",
            progress: 1,
            finishedAt: "2026-11-30T10:00:02.000Z",
            result: { before: { reviews: 1263, logLoss: 0.3449, rmse: 0.0511 }, after: { reviews: 1263, logLoss: 0.3356, rmse: 0.0397 }, applied: true, rescheduled: 12, message: "Applied: better." },
          }),
        };
      },
    });
    render(<OptimizePanel inUse="default" fittedAt={null} minReviews={400} />);
    expect(screen.getByTestId("parameters-in-use").textContent).toBe("In use: FSRS’s default parameters.");
    fireEvent.click(screen.getByRole("button", { name: "Optimize" }));
    await waitFor(() => expect(screen.getByText("Fitting new parameters…")).toBeTruthy(), { timeout: 3000 });
    expect((screen.getByRole("button", { name: "Optimizing…" }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getByTestId("after-logloss").textContent).toBe("0.3356"), { timeout: 4000 });
    expect(screen.getByTestId("before-logloss").textContent).toBe("0.3449");
    expect(screen.getByTestId("before-rmse").textContent).toBe("0.0511");
    expect(screen.getByTestId("after-rmse").textContent).toBe("0.0397");
    expect(screen.getByText("12 cards rescheduled with the new parameters.")).toBeTruthy();
    expect(screen.getByTestId("parameters-in-use").textContent).toBe("In use: fitted to your reviews.");
    expect(net.to("GET /api/settings/optimize/job-1").length).toBe(2);
  });

  it("a run that is not applied keeps 'in use' and shows the server's reason; evaluate shows the current figures", async () => {
    stubFetch({
      "POST /api/settings/optimize": {
        status: 202,
        body: job({ status: "done", progress: 1, result: { before: { reviews: 3, logLoss: null, rmse: null }, after: null, applied: false, rescheduled: 0, message: "Not enough reviews to fit: 3 long-term reviews, at least 400 needed." } }),
      },
      "GET /api/settings/evaluate": { body: { reviews: 3, logLoss: 0.51234, rmse: 0.2, parameters: "default" } },
    });
    render(<OptimizePanel inUse="default" fittedAt={null} minReviews={400} />);
    fireEvent.click(screen.getByRole("button", { name: "Optimize" }));
    await waitFor(() => expect(screen.getByText(/Not enough reviews to fit/)).toBeTruthy());
    expect(screen.getByTestId("after-logloss").textContent).toBe("—");
    expect(screen.getByTestId("parameters-in-use").textContent).toBe("In use: FSRS’s default parameters.");
    fireEvent.click(screen.getByRole("button", { name: "Evaluate current parameters" }));
    await waitFor(() => expect(screen.getByTestId("evaluation").textContent).toBe("Your default parameters on your 3 long-term reviews: log loss 0.5123, RMSE 0.2000."));
  });
});
