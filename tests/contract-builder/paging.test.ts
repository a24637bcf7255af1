/**
 * codegen/contract/paging.ts: `@paginated` (the operation's over the service's) as the JSON
 * pointers the mocks read, and the page size when the request gives none.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_SIZE, pagingOf } from "../../codegen/contract/paging.ts";
import type { PagingSpec } from "../../runtime/contract.ts";
import { opOf } from "./fragment.ts";

/** `Op` with `trait` (its @paginated), `input` and `output` members, and `shapes`; `serviceTraits` on the service. */
const paging = (trait: string, input: string, output: string, shapes = "", serviceTraits = "") => {
  const { closure, op } = opOf(
    `${trait}
operation Op {
    input := { ${input} }
    output := { ${output} }
}
list Things { member: String }
map Counts { key: String, value: Integer }
${shapes}`,
    { serviceTraits },
  );
  return pagingOf(closure, op);
};

const TOKENS = "nextToken: String";

describe("pagingOf", () => {
  it.each<[string, string, string, string, string, string, PagingSpec | undefined]>([
    [
      "every member named; the page size's @range maximum is the default",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "things", pageSize: "maxResults")',
      `${TOKENS}\n @range(min: 1, max: 50)\n maxResults: Integer`,
      `${TOKENS}\n things: Things`,
      "",
      "",
      { inputToken: "/nextToken", outputToken: "/nextToken", items: "/things", pageSize: "/maxResults", defaultPageSize: 50 },
    ],
    [
      "a page size without @range: 100",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "things", pageSize: "maxResults")',
      `${TOKENS}\n maxResults: Integer`,
      `${TOKENS}\n things: Things`,
      "",
      "",
      { inputToken: "/nextToken", outputToken: "/nextToken", items: "/things", pageSize: "/maxResults", defaultPageSize: DEFAULT_PAGE_SIZE },
    ],
    [
      "a @range maximum above 1000: 100",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "things", pageSize: "maxResults")',
      `${TOKENS}\n @range(min: 1, max: 10000)\n maxResults: Integer`,
      `${TOKENS}\n things: Things`,
      "",
      "",
      { inputToken: "/nextToken", outputToken: "/nextToken", items: "/things", pageSize: "/maxResults", defaultPageSize: 100 },
    ],
    [
      "a @range maximum of exactly 1000: 1000",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "things", pageSize: "maxResults")',
      `${TOKENS}\n @range(min: 1, max: 1000)\n maxResults: Integer`,
      `${TOKENS}\n things: Things`,
      "",
      "",
      { inputToken: "/nextToken", outputToken: "/nextToken", items: "/things", pageSize: "/maxResults", defaultPageSize: 1000 },
    ],
    [
      "no page size",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "things")',
      TOKENS,
      `${TOKENS}\n things: Things`,
      "",
      "",
      { inputToken: "/nextToken", outputToken: "/nextToken", items: "/things", defaultPageSize: 100 },
    ],
    [
      "the service's @paginated under the operation's items",
      '@paginated(items: "things")',
      `${TOKENS}\n @range(min: 1, max: 20)\n maxResults: Integer`,
      `${TOKENS}\n things: Things`,
      "",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken", pageSize: "maxResults")',
      { inputToken: "/nextToken", outputToken: "/nextToken", items: "/things", pageSize: "/maxResults", defaultPageSize: 20 },
    ],
    [
      "the operation's own values win over the service's",
      '@paginated(inputToken: "after", outputToken: "next", items: "things")',
      "after: String\n nextToken: String",
      "next: String\n nextToken: String\n things: Things",
      "",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken")',
      { inputToken: "/after", outputToken: "/next", items: "/things", defaultPageSize: 100 },
    ],
    [
      "an output token one structure down (a.b)",
      '@paginated(inputToken: "nextToken", outputToken: "page.next", items: "page.things")',
      TOKENS,
      "page: Page",
      "structure Page { next: String, things: Things }",
      "",
      { inputToken: "/nextToken", outputToken: "/page/next", items: "/page/things", defaultPageSize: 100 },
    ],
    [
      "no items named: the output's only list",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken")',
      TOKENS,
      `${TOKENS}\n total: Integer\n things: Things`,
      "",
      "",
      { inputToken: "/nextToken", outputToken: "/nextToken", items: "/things", defaultPageSize: 100 },
    ],
    [
      "no items named: the output's only map",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken")',
      TOKENS,
      `${TOKENS}\n counts: Counts`,
      "",
      "",
      { inputToken: "/nextToken", outputToken: "/nextToken", items: "/counts", defaultPageSize: 100 },
    ],
    [
      "no items named and two lists: no items",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken")',
      TOKENS,
      `${TOKENS}\n things: Things\n others: Things`,
      "",
      "",
      { inputToken: "/nextToken", outputToken: "/nextToken", defaultPageSize: 100 },
    ],
    ["no @paginated: no paging", "", TOKENS, `${TOKENS}\n things: Things`, "", "", undefined],
    [
      "the service's @paginated alone paginates nothing",
      "",
      TOKENS,
      `${TOKENS}\n things: Things`,
      "",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken")',
      undefined,
    ],
    ["an input token naming no member: no paging", '@paginated(inputToken: "after", outputToken: "nextToken")', TOKENS, `${TOKENS}\n things: Things`, "", "", undefined],
    ["an output token naming no member: no paging", '@paginated(inputToken: "nextToken", outputToken: "next")', TOKENS, `${TOKENS}\n things: Things`, "", "", undefined],
    ["a token path through a list: no paging", '@paginated(inputToken: "nextToken", outputToken: "things.next")', TOKENS, `${TOKENS}\n things: Things`, "", "", undefined],
    [
      "items naming no member: none, though the output has one list",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "items")',
      TOKENS,
      `${TOKENS}\n things: Things`,
      "",
      "",
      { inputToken: "/nextToken", outputToken: "/nextToken", defaultPageSize: 100 },
    ],
    [
      "a page size naming no member: none, and the default 100",
      '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "things", pageSize: "limit")',
      TOKENS,
      `${TOKENS}\n things: Things`,
      "",
      "",
      { inputToken: "/nextToken", outputToken: "/nextToken", items: "/things", defaultPageSize: 100 },
    ],
    ["@paginated without tokens (items only): no paging", '@paginated(items: "things")', TOKENS, `${TOKENS}\n things: Things`, "", "", undefined],
  ])("%s", (_, trait, input, output, shapes, serviceTraits, want) => {
    expect(paging(trait, input, output, shapes, serviceTraits)).toEqual(want);
  });
});
