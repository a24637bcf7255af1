/**
 * A small fixed panel, in mock mode only, that says the page is mocked and holds the scenario
 * switches a developer flips by hand. Styled inline so that no mock styles reach the app's CSS.
 */
import { el } from "../dom.ts";
import type { MockControls } from "./controls.ts";

export function mountMockPanel(controls: MockControls): void {
  const failure = el("input", { type: "checkbox", id: "mock-simulate-failure" });
  failure.addEventListener("change", () => controls.simulateFailure(failure.checked));
  const panel = el(
    "aside",
    { "aria-label": "Mocks", "data-testid": "mock-panel" },
    el("strong", {}, "Mocked"),
    " · generated Personalize, Runtime and Events mocks in msw's service worker",
    el("br"),
    el("label", { for: "mock-simulate-failure" }, failure, " Simulate failure"),
  );
  Object.assign(panel.style, {
    position: "fixed",
    right: "1rem",
    bottom: "1rem",
    padding: ".6rem .8rem",
    background: "#fff8db",
    border: "1px solid #e0c765",
    borderRadius: "6px",
    font: "13px/1.5 system-ui, sans-serif",
    boxShadow: "0 2px 6px rgba(0,0,0,.12)",
  });
  document.body.append(panel);
}
