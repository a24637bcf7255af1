/**
 * Development only (`--mode mock`): the generated Personalize, Personalize Runtime and Personalize
 * Events mocks answer the page's real SDK calls from msw's service worker, as they answer Node tests
 * from `setupServer`. Same handlers, same seeded answers, same lifecycle, same contract checks.
 *
 * Scenarios live here, never in the app: the panel's "Simulate failure" switch, and for scripted
 * browser tests `window.__mocks` (tests/browser/ drives it with `page.evaluate`).
 */
import { setupWorker } from "msw/browser";
import { onUnhandled } from "smithy-contract/msw";
import { createPersonalizeMock, describeDatasetImportJob } from "../../../../generated/personalize/msw.ts";
import { createPersonalizeEventsMock } from "../../../../generated/personalize-events/msw.ts";
import { createPersonalizeRuntimeMock } from "../../../../generated/personalize-runtime/msw.ts";
import { FAILURE_REASON, SEED, type MockControls } from "./controls.ts";
import { mountMockPanel } from "./panel.ts";

declare global {
  interface Window {
    __mocks?: MockControls;
  }
}

/** Starts the worker with the generated handlers, then the mock panel; resolves once requests are intercepted. */
export async function startMocks(): Promise<MockControls> {
  let mock = createPersonalizeMock({ seed: SEED });
  const runtime = createPersonalizeRuntimeMock({ seed: SEED });
  const events = createPersonalizeEventsMock({ seed: SEED });
  const worker = setupWorker(...mock.handlers, ...runtime.handlers, ...events.handlers);
  // A request no handler answers is an error, as in the Node tests: msw logs it and the call fails.
  await worker.start({ ...onUnhandled("error"), serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });

  const controls: MockControls = {
    simulateFailure(on) {
      mock = createPersonalizeMock({ seed: SEED, lifecycle: on ? { fail: { reason: FAILURE_REASON } } : {} });
      worker.resetHandlers(...mock.handlers, ...runtime.handlers, ...events.handlers);
    },
    failNextCall(name, message) {
      worker.use(describeDatasetImportJob.error(name, { message }, { once: true }));
    },
    failNextRecommendations(name, message) {
      worker.use(runtime.getRecommendations.error(name, { message }, { once: true }));
    },
    violations: () => [mock, runtime, events].flatMap((m) => m.violations.map((v) => v.message)),
    requestCount: () => mock.requests.length,
    recommendationRequests: () => runtime.requestsOf("GetRecommendations").map((r) => r.body),
    clickRequests: () => events.requestsOf("PutEvents").map((r) => r.body),
  };
  window.__mocks = controls;
  mountMockPanel(controls);
  return controls;
}
