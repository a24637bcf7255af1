/**
 * The app: one panel per service call it shows. It only knows the real SDK clients.
 */
import { createPersonalizeClient } from "./client.ts";
import { el } from "./dom.ts";
import { datasetImportPanel } from "./panels/dataset-import.ts";

/** Renders the page into `root`. */
export function mountApp(root: HTMLElement): void {
  const personalize = createPersonalizeClient();
  root.replaceChildren(
    el("h1", {}, "Personalize: dataset import"),
    datasetImportPanel(personalize),
    // The recommendations panel (GetRecommendations, `@aws-sdk/client-personalize-runtime`, restJson1)
    // goes here as panels/recommendations.ts once smithy-contract generates restJson1 mocks.
  );
}
