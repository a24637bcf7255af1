import { describe, expect, it } from "vitest";
import { selectService } from "../../codegen/model/closure.ts";
import { ModelError } from "../../codegen/model/errors.ts";
import { loadModelFile } from "../../codegen/model/load.ts";
import { loadOverlayFile, readOverlay } from "../../codegen/model/overlay.ts";
import { DEFAULT_MODEL } from "../support/corpus.ts";

const service = selectService(loadModelFile(DEFAULT_MODEL));
const good = {
  idPointer: "/datasetImportJobArn",
  statePointer: "/datasetImportJob/status",
  states: ["CREATE PENDING", "ACTIVE"],
};
const read = (lc: Record<string, unknown>) => readOverlay({ lifecycles: { DescribeDatasetImportJob: { ...good, ...lc } } }, "o.json", service);

describe("overlay", () => {
  it("reads the embedded Personalize overlay", () => {
    const o = loadOverlayFile(DEFAULT_MODEL.replace(/\.json$/, ".overlay.json"), service);
    expect(o.lifecycles).toEqual([
      {
        operation: "DescribeDatasetImportJob",
        idPointer: "/datasetImportJobArn",
        responseIdPointer: "/datasetImportJob/datasetImportJobArn",
        statePointer: "/datasetImportJob/status",
        states: ["CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE"],
        failure: { state: "CREATE FAILED", reasonPointer: "/datasetImportJob/failureReason" },
        updatedPointers: ["/datasetImportJob/lastUpdatedDateTime"],
        createdPointers: ["/datasetImportJob/creationDateTime"],
      },
    ]);
  });

  it.each([
    [{ statePointer: "/datasetImportJob/stat" }, `o.json: /datasetImportJob/stat: com.amazonaws.personalize#DatasetImportJob has no member "stat" (in the output of DescribeDatasetImportJob) (at /lifecycles/DescribeDatasetImportJob/statePointer)`],
    [{ idPointer: "datasetImportJobArn" }, `o.json: "datasetImportJobArn" is not a JSON pointer (it must start with "/") (at /lifecycles/DescribeDatasetImportJob/idPointer)`],
    [{ statePointer: "/datasetImportJob/creationDateTime" }, `o.json: /datasetImportJob/creationDateTime is a timestamp; a lifecycle needs string or enum there (at /lifecycles/DescribeDatasetImportJob/statePointer)`],
    [{ states: ["x".repeat(257)] }, `o.json: state "${"x".repeat(257)}" is longer than com.amazonaws.personalize#DatasetImportJob$status allows (at /lifecycles/DescribeDatasetImportJob/states/0)`],
    [{ states: [] }, `o.json: "states" must be a non-empty array of strings (at /lifecycles/DescribeDatasetImportJob/states)`],
    [{ updatedPointers: ["/datasetImportJob/status"] }, `o.json: /datasetImportJob/status is a string; a lifecycle needs timestamp there (at /lifecycles/DescribeDatasetImportJob/updatedPointers/0)`],
    [{ colour: "red" }, `o.json: unknown lifecycle field "colour" (at /lifecycles/DescribeDatasetImportJob/colour)`],
  ])("rejects %j", (lc, message) => {
    let error: unknown;
    try {
      read(lc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect((error as Error).message).toBe(message);
  });

  it("rejects an operation the service does not have", () => {
    expect(() => readOverlay({ lifecycles: { Nope: good } }, "o.json", service)).toThrow(
      `o.json: com.amazonaws.personalize#AmazonPersonalize has no operation "Nope" (at /lifecycles/Nope)`,
    );
  });
});
