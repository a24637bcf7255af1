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

/** A dataset import job resource as the embedded overlay declares it; rows replace its parts. */
const JOB = {
  identifier: "datasetImportJobArn",
  create: { operation: "CreateDatasetImportJob", idPointer: "/datasetImportJobArn" },
  read: { operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn", record: "/datasetImportJob" },
  list: { operation: "ListDatasetImportJobs", items: "/datasetImportJobs", filters: ["datasetArn"] },
  notFound: "ResourceNotFoundException",
};
const AT = "/resources/Job";

/** The ModelError message of reading `overlay` against Personalize ("" when it reads). */
function overlayError(overlay: unknown): string {
  try {
    readOverlay(overlay, "o.json", service);
    return "";
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return (e as Error).message;
  }
}

describe("overlay resources", () => {
  it("reads the embedded overlay's resource", () => {
    const o = loadOverlayFile(DEFAULT_MODEL.replace(/\.json$/, ".overlay.json"), service);
    expect(o.resources).toEqual([
      {
        name: "DatasetImportJob",
        identifier: "datasetImportJobArn",
        create: { operation: "CreateDatasetImportJob", idPointer: "/datasetImportJobArn", from: "output" },
        read: { operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn", record: "/datasetImportJob" },
        list: { operation: "ListDatasetImportJobs", items: "/datasetImportJobs", filters: ["datasetArn"] },
        notFound: "ResourceNotFoundException",
      },
    ]);
  });

  it("reads every role, `from: input`, a top-level record, no filters; resources sorted by name", () => {
    const o = readOverlay(
      {
        resources: {
          Zed: { identifier: "datasetImportJobArn", read: { operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn", record: "" } },
          Job: {
            identifier: "jobName",
            create: { operation: "CreateDatasetImportJob", idPointer: "/jobName", from: "input" },
            update: { operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn" },
            delete: { operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn" },
            list: { operation: "ListDatasetImportJobs", items: "/datasetImportJobs" },
          },
        },
      },
      "o.json",
      service,
    );
    expect(o.resources).toEqual([
      {
        name: "Job",
        identifier: "jobName",
        create: { operation: "CreateDatasetImportJob", idPointer: "/jobName", from: "input" },
        update: { operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn" },
        delete: { operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn" },
        list: { operation: "ListDatasetImportJobs", items: "/datasetImportJobs", filters: [] },
      },
      { name: "Zed", identifier: "datasetImportJobArn", read: { operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn", record: "" } },
    ]);
  });

  it.each<[string, unknown, string]>([
    ["resources not an object", [], `o.json: "resources" must be an object keyed by resource name (at /resources)`],
    ["a resource not an object", { Job: "x" }, `o.json: a resource must be an object (at ${AT})`],
    ["an unknown resource field", { Job: { ...JOB, colour: 1 } }, `o.json: unknown resource field "colour" (at ${AT}/colour)`],
    ["a resource name with / and ~: escaped in the pointer", { "Job/v~2": { ...JOB, colour: 1 } }, `o.json: unknown resource field "colour" (at /resources/Job~1v~02/colour)`],
    ["no identifier", { Job: { ...JOB, identifier: undefined } }, `o.json: "identifier" must name the member that identifies one Job (at ${AT}/identifier)`],
    ["an empty identifier", { Job: { ...JOB, identifier: "" } }, `o.json: "identifier" must name the member that identifies one Job (at ${AT}/identifier)`],
    ["a role that is not an object", { Job: { ...JOB, read: "DescribeDatasetImportJob" } }, `o.json: "read" must be an object with an "operation" (at ${AT}/read)`],
    ["a role without an operation", { Job: { ...JOB, list: { items: "/datasetImportJobs" } } }, `o.json: "list" must be an object with an "operation" (at ${AT}/list)`],
    ["an operation the service lacks", { Job: { ...JOB, read: { ...JOB.read, operation: "GetJob" } } }, `o.json: com.amazonaws.personalize#AmazonPersonalize has no operation "GetJob" (at ${AT}/read/operation)`],
    ["an unknown field of a role", { Job: { ...JOB, read: { ...JOB.read, recrod: "/datasetImportJob" } } }, `o.json: unknown read field "recrod" (at ${AT}/read/recrod)`],
    ["a field of another role (items in read)", { Job: { ...JOB, read: { ...JOB.read, items: "/x" } } }, `o.json: unknown read field "items" (at ${AT}/read/items)`],
    ["no idPointer", { Job: { ...JOB, read: { operation: "DescribeDatasetImportJob", record: "/datasetImportJob" } } }, `o.json: "idPointer" must be a JSON pointer (at ${AT}/read/idPointer)`],
    ["an idPointer without its /", { Job: { ...JOB, read: { ...JOB.read, idPointer: "datasetImportJobArn" } } }, `o.json: "datasetImportJobArn" is not a JSON pointer (it must start with "/") (at ${AT}/read/idPointer)`],
    [
      "an idPointer to a member the request lacks",
      { Job: { ...JOB, read: { ...JOB.read, idPointer: "/jobArn" } } },
      `o.json: /jobArn: com.amazonaws.personalize#DescribeDatasetImportJobRequest has no member "jobArn" (in the input of DescribeDatasetImportJob) (at ${AT}/read/idPointer)`,
    ],
    [
      "a create idPointer into the answer that names a request member",
      { Job: { ...JOB, create: { ...JOB.create, idPointer: "/jobName" } } },
      `o.json: /jobName: com.amazonaws.personalize#CreateDatasetImportJobResponse has no member "jobName" (in the output of CreateDatasetImportJob) (at ${AT}/create/idPointer)`,
    ],
    [
      "an identifier pointer to a structure",
      { Job: { ...JOB, create: { operation: "CreateDatasetImportJob", idPointer: "/dataSource", from: "input" } } },
      `o.json: /dataSource is a structure; a resource needs string or enum or integer or long there (at ${AT}/create/idPointer)`,
    ],
    ["from neither input nor output", { Job: { ...JOB, create: { ...JOB.create, from: "request" } } }, `o.json: "from" must be "input" or "output" (at ${AT}/create/from)`],
    ["a record that is not a structure", { Job: { ...JOB, read: { ...JOB.read, record: "/datasetImportJob/status" } } }, `o.json: /datasetImportJob/status is a string; a resource needs structure there (at ${AT}/read/record)`],
    ["no record", { Job: { ...JOB, read: { operation: "DescribeDatasetImportJob", idPointer: "/datasetImportJobArn" } } }, `o.json: "record" must be a JSON pointer (at ${AT}/read/record)`],
    ["items that are not a list", { Job: { ...JOB, list: { ...JOB.list, items: "/nextToken" } } }, `o.json: /nextToken is a string; a resource needs list there (at ${AT}/list/items)`],
    ["filters not an array", { Job: { ...JOB, list: { ...JOB.list, filters: "datasetArn" } } }, `o.json: "filters" must be an array of member names (at ${AT}/list/filters)`],
    ["a filter that is not a name", { Job: { ...JOB, list: { ...JOB.list, filters: [1] } } }, `o.json: "filters" must be an array of member names (at ${AT}/list/filters)`],
    [
      "a filter the list request lacks",
      { Job: { ...JOB, list: { ...JOB.list, filters: ["datasetArn", "status"] } } },
      `o.json: ListDatasetImportJobs's input has no member "status" to filter by (at ${AT}/list/filters/1)`,
    ],
    ["notFound not a string", { Job: { ...JOB, notFound: ["ResourceNotFoundException"] } }, `o.json: "notFound" must name a modeled error (at ${AT}/notFound)`],
    ["notFound an error the read does not model", { Job: { ...JOB, notFound: "InvalidNextTokenException" } }, `o.json: "InvalidNextTokenException" is not an error of DescribeDatasetImportJob (at ${AT}/notFound)`],
    ["notFound naming no error at all", { Job: { ...JOB, notFound: "NoSuchJob" } }, `o.json: "NoSuchJob" is not an error of DescribeDatasetImportJob (at ${AT}/notFound)`],
    [
      "notFound without a read, update or delete",
      { Job: { identifier: JOB.identifier, list: JOB.list, notFound: "ResourceNotFoundException" } },
      `o.json: "notFound" needs a read, update or delete operation to answer with it (at ${AT}/notFound)`,
    ],
  ])("rejects %s", (_, resources, message) => {
    expect(overlayError({ resources })).toBe(message);
  });
});

describe("overlay exclusive members", () => {
  it("reads groups, with and without shapes", () => {
    const o = readOverlay({ exclusive: [{ members: ["a", "b"] }, { members: ["c", "d", "e"], shapes: ["Job"] }] }, "o.json", service);
    expect(o.exclusive).toEqual([{ members: ["a", "b"] }, { members: ["c", "d", "e"], shapes: ["Job"] }]);
  });

  it("an overlay without resources, exclusive or errata: none of them", () => {
    expect(readOverlay({}, "o.json", service)).toEqual({ file: "o.json", lifecycles: [], resources: [], exclusive: [], errata: [] });
  });

  it.each<[string, unknown, string]>([
    ["not an array", { members: ["a", "b"] }, `o.json: "exclusive" must be an array (at /exclusive)`],
    ["a group that is not an object", ["a"], `o.json: a group needs "members": two or more member names (at /exclusive/0)`],
    ["no members", [{ shapes: ["Job"] }], `o.json: a group needs "members": two or more member names (at /exclusive/0)`],
    ["one member", [{ members: ["a"] }], `o.json: a group needs "members": two or more member names (at /exclusive/0)`],
    ["a member that is not a name", [{ members: ["a", 2] }], `o.json: a group needs "members": two or more member names (at /exclusive/0)`],
    ["shapes not an array", [{ members: ["a", "b"], shapes: "Job" }], `o.json: "shapes" must be an array of shape names (at /exclusive/0/shapes)`],
    ["a shape that is not a name", [{ members: ["a", "b"], shapes: [null] }], `o.json: "shapes" must be an array of shape names (at /exclusive/0/shapes)`],
    ["an unknown field (shape for shapes)", [{ members: ["a", "b"], shape: ["Job"] }], `o.json: unknown exclusive field "shape" (at /exclusive/0/shape)`],
    ["the second group broken", [{ members: ["a", "b"] }, { members: [] }], `o.json: a group needs "members": two or more member names (at /exclusive/1)`],
  ])("rejects %s", (_, exclusive, message) => {
    expect(overlayError({ exclusive })).toBe(message);
  });

  it("an unknown top-level field with / in its name: escaped in the pointer", () => {
    expect(overlayError({ "exclusive/0": [] })).toBe(`o.json: unknown overlay field "exclusive/0" (at /exclusive~10)`);
  });
});
