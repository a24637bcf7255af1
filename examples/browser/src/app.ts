/**
 * The app: one panel per service call it shows. It only knows the real SDK clients.
 */
import { createPersonalizeClient, createPersonalizeEventsClient, createPersonalizeRuntimeClient } from "./client.ts";
import { el } from "./dom.ts";
import { datasetImportPanel } from "./panels/dataset-import.ts";
import { recommendationsPanel } from "./panels/recommendations.ts";

/** Renders the page into `root`. */
export function mountApp(root: HTMLElement): void {
  const personalize = createPersonalizeClient();
  root.replaceChildren(
    el("h1", {}, "Personalize: dataset import and recommendations"),
    datasetImportPanel(personalize),
    recommendationsPanel(createPersonalizeRuntimeClient(), createPersonalizeEventsClient()),
  );
}
