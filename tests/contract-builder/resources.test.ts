/**
 * codegen/contract/resources.ts: the resources whose state the mocks keep, from Smithy `resource`
 * shapes — the identifier, which served operations create, read, update, delete and list one, where
 * the identifier and the record are in their requests and answers, and the not-found error.
 */
import { describe, expect, it } from "vitest";
import { resourcesOf } from "../../codegen/contract/resources.ts";
import type { ResourceSpec } from "../../runtime/contract.ts";
import { closureOf } from "./fragment.ts";

/** The shared shapes of the rows: a widget's id, its data, errors. */
const COMMON = `
string WidgetId
string PartId
enum Color { RED, GREEN }
structure WidgetData { widgetId: WidgetId, name: String, color: Color }
list WidgetList { member: WidgetData }
structure PartData { widgetId: WidgetId, partId: PartId }
list PartList { member: PartData }
list Names { member: String }
@error("client")
structure WidgetNotFound { message: String }
@error("client")
structure ResourceNotFoundException { message: String }
@error("client")
structure Conflict { message: String }
`;

/** A widget resource with `lifecycle` (IDL lines) and `operations` (IDL), its spec over `served` (all its operations when absent). */
function widgetSpecs(lifecycle: string, operations: string, options: { served?: string[] } = {}): ResourceSpec[] {
  const c = closureOf(
    `resource Widget {
    identifiers: { widgetId: WidgetId }
    properties: { name: String, color: Color }
    ${lifecycle}
}
${operations}
${COMMON}`,
    { resources: ["Widget"] },
  );
  const served = new Set(options.served ?? c.operations.map((o) => o.name));
  return resourcesOf(c.service, served, (op) => c.errorsOf(op));
}

const CREATE = "operation CreateWidget { input := { name: String, color: Color }, output := { @required widgetId: WidgetId } }";
const GET = "@readonly\noperation GetWidget { input := { @required widgetId: WidgetId }, output := { widget: WidgetData }, errors: [WidgetNotFound] }";
const UPDATE = "@idempotent\noperation UpdateWidget { input := { @required widgetId: WidgetId, color: Color }, output := {}, errors: [Conflict, WidgetNotFound] }";
const DELETE = "@idempotent\noperation DeleteWidget { input := { @required widgetId: WidgetId }, output := {}, errors: [WidgetNotFound] }";
const LIST = "@readonly\noperation ListWidgets { input := { color: Color, name: String, owner: String, nextToken: String }, output := { widgets: WidgetList, nextToken: String } }";
const ALL = [CREATE, GET, UPDATE, DELETE, LIST].join("\n");
const LIFECYCLE = "create: CreateWidget\n read: GetWidget\n update: UpdateWidget\n delete: DeleteWidget\n list: ListWidgets";

const FULL: ResourceSpec = {
  name: "Widget",
  identifier: "widgetId",
  create: { operation: "CreateWidget", idPointer: "/widgetId", from: "output" },
  read: { operation: "GetWidget", idPointer: "/widgetId", record: "/widget" },
  update: { operation: "UpdateWidget", idPointer: "/widgetId" },
  delete: { operation: "DeleteWidget", idPointer: "/widgetId" },
  list: { operation: "ListWidgets", items: "/widgets", filters: ["color", "name"] },
  notFound: "WidgetNotFound",
};

describe("resourcesOf", () => {
  it("every lifecycle operation: the whole spec (list filters: the request's members named like a property, not paging ones)", () => {
    expect(widgetSpecs(LIFECYCLE, ALL)).toEqual([FULL]);
  });

  it.each<[string, string[], ResourceSpec[]]>([
    ["without list and delete served: those roles left out", ["CreateWidget", "GetWidget", "UpdateWidget"], [{ name: "Widget", identifier: "widgetId", create: FULL.create!, read: FULL.read!, update: FULL.update!, notFound: "WidgetNotFound" }]],
    ["only the list served", ["ListWidgets"], [{ name: "Widget", identifier: "widgetId", list: FULL.list! }]],
    ["only delete served: still a resource (a deleted one is not found)", ["DeleteWidget"], [{ name: "Widget", identifier: "widgetId", delete: FULL.delete!, notFound: "WidgetNotFound" }]],
    ["only create served: nothing to keep it for", ["CreateWidget"], []],
    ["nothing served", [], []],
  ])("%s", (_, served, want) => {
    expect(widgetSpecs(LIFECYCLE, ALL, { served })).toEqual(want);
  });

  it("put instead of create: the client names it (from the input)", () => {
    const put = "@idempotent\noperation PutWidget { input := { @required widgetId: WidgetId, name: String }, output := {} }";
    expect(widgetSpecs("put: PutWidget\n read: GetWidget", `${put}\n${GET}`)).toEqual([
      { name: "Widget", identifier: "widgetId", create: { operation: "PutWidget", idPointer: "/widgetId", from: "input" }, read: FULL.read!, notFound: "WidgetNotFound" },
    ]);
  });

  it("a create answer holding the id one structure down", () => {
    const create = "operation CreateWidget { input := { name: String }, output := { widget: WidgetData } }";
    expect(widgetSpecs("create: CreateWidget\n read: GetWidget", `${create}\n${GET}`)[0]?.create).toEqual({ operation: "CreateWidget", idPointer: "/widget/widgetId", from: "output" });
  });

  it("a create answer without the id: no create", () => {
    const create = "operation CreateWidget { input := { name: String }, output := { name: String } }";
    expect(widgetSpecs("create: CreateWidget\n read: GetWidget", `${create}\n${GET}`)).toEqual([{ name: "Widget", identifier: "widgetId", read: FULL.read!, notFound: "WidgetNotFound" }]);
  });

  it("a read answer holding the record at its top level: record ''", () => {
    const get = "@readonly\noperation GetWidget { input := { @required widgetId: WidgetId }, output := { widgetId: WidgetId, name: String } }";
    expect(widgetSpecs("read: GetWidget", get)).toEqual([{ name: "Widget", identifier: "widgetId", read: { operation: "GetWidget", idPointer: "/widgetId", record: "" } }]);
  });

  it("a read answer without the id anywhere: the top level is the record", () => {
    const get = "@readonly\noperation GetWidget { input := { @required widgetId: WidgetId }, output := { name: String } }";
    expect(widgetSpecs("read: GetWidget", get)[0]?.read).toEqual({ operation: "GetWidget", idPointer: "/widgetId", record: "" });
  });

  it("a read request naming the id one structure down", () => {
    const get = "@readonly\noperation GetWidget { input := { @required key: Key }, output := { widget: WidgetData } }\nstructure Key { @required widgetId: WidgetId }";
    expect(widgetSpecs("read: GetWidget", get)[0]?.read).toEqual({ operation: "GetWidget", idPointer: "/key/widgetId", record: "/widget" });
  });

  it("a list whose items do not hold the id: no list", () => {
    const list = "@readonly\noperation ListWidgets { input := {}, output := { names: Names } }";
    expect(widgetSpecs("read: GetWidget\n list: ListWidgets", `${GET}\n${list}`)).toEqual([{ name: "Widget", identifier: "widgetId", read: FULL.read!, notFound: "WidgetNotFound" }]);
  });

  it.each<[string, string, string | undefined]>([
    ["the read's error named …NotFound…", "WidgetNotFound", "WidgetNotFound"],
    ["AWS's ResourceNotFoundException", "ResourceNotFoundException", "ResourceNotFoundException"],
    ["an error not named NotFound: none", "Conflict", undefined],
  ])("notFound: %s", (_, error, want) => {
    const get = `@readonly\noperation GetWidget { input := { @required widgetId: WidgetId }, output := { widget: WidgetData }, errors: [${error}] }`;
    expect(widgetSpecs("read: GetWidget", get)[0]?.notFound).toBe(want);
  });

  it("notFound: a service-wide error counts", () => {
    const get = "@readonly\noperation GetWidget { input := { @required widgetId: WidgetId }, output := { widget: WidgetData }, errors: [Conflict] }";
    const c = closureOf(`resource Widget {\n identifiers: { widgetId: WidgetId }\n read: GetWidget\n}\n${get}\n${COMMON}`, { resources: ["Widget"], errors: ["ResourceNotFoundException"] });
    expect(resourcesOf(c.service, new Set(["GetWidget"]), (op) => c.errorsOf(op))[0]?.notFound).toBe("ResourceNotFoundException");
  });

  it("a resource without identifiers (a singleton): none", () => {
    const get = "@readonly\noperation GetSettings { input := {}, output := { name: String } }";
    const c = closureOf(`resource Settings { read: GetSettings }\n${get}\n${COMMON}`, { resources: ["Settings"] });
    expect(resourcesOf(c.service, new Set(["GetSettings"]), (op) => c.errorsOf(op))).toEqual([]);
  });

  it("a child resource: after its parent, named by its own (innermost) identifier; the parent's id filters its list", () => {
    const c = closureOf(
      `resource Widget {
    identifiers: { widgetId: WidgetId }
    read: GetWidget
    resources: [Part]
}
resource Part {
    identifiers: { widgetId: WidgetId, partId: PartId }
    read: GetPart
    list: ListParts
}
${GET}
@readonly
operation GetPart { input := { @required widgetId: WidgetId, @required partId: PartId }, output := { part: PartData } }
@readonly
operation ListParts { input := { @required widgetId: WidgetId, nextToken: String }, output := { parts: PartList } }
${COMMON}`,
      { resources: ["Widget"] },
    );
    const served = new Set(c.operations.map((o) => o.name));
    expect(resourcesOf(c.service, served, (op) => c.errorsOf(op))).toEqual([
      { name: "Widget", identifier: "widgetId", read: FULL.read!, notFound: "WidgetNotFound" },
      { name: "Part", identifier: "partId", read: { operation: "GetPart", idPointer: "/partId", record: "/part" }, list: { operation: "ListParts", items: "/parts", filters: ["widgetId"] } },
    ]);
  });
});
