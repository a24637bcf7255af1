/**
 * The dataset import panel: give a job's ARN, watch it walk through its lifecycle
 * (CREATE PENDING → CREATE IN_PROGRESS → ACTIVE, or CREATE FAILED with the service's
 * `failureReason`), with the same `waitForDatasetImport` the Node example tests
 * (examples/dataset-import/).
 */
import type { DatasetImportJob, PersonalizeClient } from "@aws-sdk/client-personalize";
import { DatasetImportFailedError, waitForDatasetImport } from "../../../dataset-import/wait-for-dataset-import.ts";
import { el } from "../dom.ts";

const EXAMPLE_ARN = `arn:aws:personalize:${import.meta.env.VITE_AWS_REGION}:123456789012:dataset-import-job/nightly-interactions`;

export function datasetImportPanel(client: PersonalizeClient): HTMLElement {
  const arn = el("input", { type: "text", id: "job-arn", name: "arn", value: EXAMPLE_ARN, spellcheck: "false", required: true });
  const watch = el("button", { type: "submit" }, "Watch");
  const status = el("span", { class: "status", "data-testid": "status" }, "not watched yet");
  const timeline = el("ol", { class: "timeline", "data-testid": "timeline" });
  const details = el("dl", { "data-testid": "job", hidden: true });
  const failure = el("p", { class: "failure", "data-testid": "failure-reason", hidden: true });
  const error = el("p", { class: "error", role: "alert", "data-testid": "error", hidden: true });

  const show = (s: string | undefined) => {
    status.textContent = s ?? "(no status)";
    status.dataset.status = s ?? "";
  };

  const form = el("form", {}, el("label", { for: "job-arn" }, "Job ARN"), arn, watch);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    watch.disabled = true;
    timeline.replaceChildren();
    details.hidden = failure.hidden = error.hidden = true;
    show("…");
    waitForDatasetImport(client, arn.value.trim(), {
      intervalMs: Number(import.meta.env.VITE_POLL_INTERVAL_MS),
      onStatus: (s, attempt) => {
        show(s);
        timeline.append(el("li", { "data-status": s ?? "" }, `${new Date().toLocaleTimeString()} · poll ${attempt}: ${s ?? "(no status)"}`));
      },
    })
      .then((job) => {
        details.replaceChildren(...describe(job));
        details.hidden = false;
      })
      .catch((e: unknown) => {
        if (e instanceof DatasetImportFailedError) {
          failure.textContent = `Import failed: ${e.reason ?? "no reason given"}`;
          failure.hidden = false;
        } else {
          show("unknown");
          error.textContent = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
          error.hidden = false;
        }
      })
      .finally(() => (watch.disabled = false));
  });

  return el("section", { "aria-labelledby": "import-title" }, el("h2", { id: "import-title" }, "Dataset import job"), form, el("p", {}, "Status: ", status), timeline, details, failure, error);
}

/** The job's facts as `<dt>`/`<dd>` pairs. */
function describe(job: DatasetImportJob): HTMLElement[] {
  const rows: [string, string | undefined][] = [
    ["Name", job.jobName],
    ["ARN", job.datasetImportJobArn],
    ["Import mode", job.importMode],
    ["Data", job.dataSource?.dataLocation],
    ["Created", job.creationDateTime?.toISOString()],
    ["Updated", job.lastUpdatedDateTime?.toISOString()],
  ];
  return rows.filter(([, v]) => v !== undefined).flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v!)]);
}
