/**
 * Mocks over real HTTP: msw handlers served by a `node:http` server (what `smithy-contract serve`
 * runs), for clients outside the test's process.
 */
export { ListenError, startMockServer, type MockServer, type MockServerOptions, type ServedRequest } from "./server.ts";
export { toFetchRequest, writeFetchResponse } from "./fetch.ts";
