/**
 * The recommendations panel: give a reader's id, see the books the campaign recommends
 * (GetRecommendations, Personalize Runtime), and open one to send a click (PutEvents, Personalize
 * Events) tied to the answer that showed it — with the same `showRecommendations` and `recordClick`
 * the Node example tests (examples/recommendations/).
 */
import type { PersonalizeEventsClient } from "@aws-sdk/client-personalize-events";
import type { PersonalizeRuntimeClient } from "@aws-sdk/client-personalize-runtime";
import { recordClick, showRecommendations, type Recommendations } from "../../../recommendations/recommendations.ts";
import { el } from "../dom.ts";

/** One visit of the page: clicks of the same visit share it. */
const SESSION_ID = crypto.randomUUID();

export function recommendationsPanel(runtime: PersonalizeRuntimeClient, events: PersonalizeEventsClient): HTMLElement {
  const reader = el("input", { type: "text", id: "reader-id", name: "reader", value: "reader-1001", spellcheck: "false", required: true });
  const show = el("button", { type: "submit" }, "Recommend");
  const list = el("ol", { class: "books", "data-testid": "recommendations" });
  const clicked = el("p", { class: "clicked", "data-testid": "click-status", hidden: true });
  const error = el("p", { class: "error", role: "alert", "data-testid": "recommendations-error", hidden: true });

  const fail = (e: unknown) => {
    error.textContent = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    error.hidden = false;
  };

  const render = (userId: string, { recommendationId, items }: Recommendations) =>
    list.replaceChildren(
      ...items.map(({ itemId, title }) => {
        const open = el("button", { type: "button", class: "book" }, title);
        open.addEventListener("click", () => {
          error.hidden = clicked.hidden = true;
          recordClick(events, { trackingId: import.meta.env.VITE_EVENT_TRACKER_ID, sessionId: SESSION_ID, userId, itemId, ...(recommendationId !== undefined && { recommendationId }) })
            .then(() => {
              clicked.textContent = `Click on “${title}” recorded`;
              clicked.hidden = false;
            })
            .catch(fail);
        });
        return el("li", { "data-item-id": itemId }, open);
      }),
    );

  const form = el("form", {}, el("label", { for: "reader-id" }, "Reader"), reader, show);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const userId = reader.value.trim();
    show.disabled = true;
    list.replaceChildren();
    error.hidden = clicked.hidden = true;
    showRecommendations(runtime, userId, { campaignArn: import.meta.env.VITE_CAMPAIGN_ARN })
      .then((answer) => render(userId, answer))
      .catch(fail)
      .finally(() => (show.disabled = false));
  });

  return el("section", { "aria-labelledby": "recommendations-title" }, el("h2", { id: "recommendations-title" }, "Recommended for a reader"), form, list, clicked, error);
}
