/**
 * Development only (`--mode mock`): the generated Personalize mocks answer the page's real SDK
 * calls from msw's service worker, as they answer Node tests from `setupServer`. Same handlers,
 * same seeded answers, same lifecycle, same contract checks.
 *
 * Scenarios live here, never in the app: the panel's "Simulate failure" switch, and for scripted
 * browser tests `window.__mocks` (tests/browser/ drives it with `page.evaluate`).
 */
import { setupWorker } from "msw/browser";
import { onUnhandled } from "smithy-contract/msw";
import { createPersonalizeMock, describeDatasetImportJob } from "../../../../generated/personalize/msw.ts";
import { FAILURE_REASON, type MockControls } from "./controls.ts";
import { mountMockPanel } from "./panel.ts";

/** Same seed, same answers: a page reload shows the same job. */
const SEED = 1;

declare global {
  interface Window {
    __mocks?: MockControls;
  }
}

/** Starts the worker with the generated handlers, then the mock panel; resolves once requests are intercepted. */
export async function startMocks(): Promise<MockControls> {
  let mock = createPersonalizeMock({ seed: SEED });
  const worker = setupWorker(...mock.handlers);
  // A request no handler answers is an error, as in the Node tests: msw logs it and the call fails.
  await worker.start({ ...onUnhandled("error"), serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });

  const controls: MockControls = {
    simulateFailure(on) {
      mock = createPersonalizeMock({ seed: SEED, lifecycle: on ? { fail: { reason: FAILURE_REASON } } : {} });
      worker.resetHandlers(...mock.handlers);
    },
    failNextCall(name, message) {
      worker.use(describeDatasetImportJob.error(name, { message }, { once: true }));
    },
    violations: () => mock.violations.map((v) => v.message),
    requestCount: () => mock.requests.length,
  };
  window.__mocks = controls;
  mountMockPanel(controls);
  return controls;
}
