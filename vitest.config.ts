import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // Generated files import the runtime by the package's own name, as they do in a user's project.
    alias: [
      { find: /^smithy-contract\/runtime$/, replacement: here("./runtime/index.ts") },
      { find: /^smithy-contract\/msw$/, replacement: here("./runtime/msw/index.ts") },
      { find: /^smithy-contract\/mock$/, replacement: here("./runtime/mock/index.ts") },
      { find: /^smithy-contract\/vitest$/, replacement: here("./runtime/vitest/index.ts") },
      { find: /^smithy-contract$/, replacement: here("./codegen/index.ts") },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts", "examples/**/*.test.ts"],
    // Builds dist/ once, so CLI tests run bin/smithy-contract.js on plain Node as users do.
    globalSetup: ["tests/support/global-build.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
