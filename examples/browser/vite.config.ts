/**
 * Vite config of the browser example.
 *
 * - `vite examples/browser --mode mock` (and `vite build … --mode mock`): the page starts msw's
 *   `setupWorker` with the generated Personalize mocks before the app mounts. The worker script
 *   comes from msw's own `msw init`, run here against the installed msw, into `.msw/` (the public
 *   folder of this mode only, never committed): msw checks that the script and the library are the
 *   same version, and msw 2 and 3 ship different scripts.
 * - Any other mode (`vite build examples/browser`): no public folder, no worker, and the
 *   `import.meta.env.MODE === "mock"` branch of `src/main.ts` is dead code, so the mocks are not in
 *   the bundle (tests/browser/dataset-import-page.test.ts checks both builds).
 *
 * @see https://vite.dev/guide/env-and-mode
 * @see https://mswjs.io/docs/integrations/browser
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const REPO = here("../../");
const WORKER_DIR = here("./.msw");

/** Runs `msw init <dir> --no-save` with the installed msw's CLI, once per dev server or build. */
function mswInit(dir: string): Plugin {
  return {
    name: "smithy-contract-example:msw-init",
    configResolved(config) {
      const mswRoot = dirname(createRequire(import.meta.url).resolve("msw/package.json"));
      const version = (createRequire(import.meta.url)(join(mswRoot, "package.json")) as { version: string }).version;
      try {
        // msw reads the package.json of its working directory: the repository's.
        execFileSync(process.execPath, [join(mswRoot, "cli/index.js"), "init", dir, "--no-save"], { cwd: REPO, stdio: "pipe" });
      } catch (e) {
        const err = e as { stderr?: Buffer; message: string };
        throw new Error(`msw init ${relative(REPO, dir)} failed: ${(err.stderr?.toString() || err.message).trim().split("\n")[0]}`);
      }
      if (!existsSync(join(dir, "mockServiceWorker.js"))) throw new Error(`msw init wrote no ${relative(REPO, dir)}/mockServiceWorker.js`);
      config.logger.info(`msw init: mockServiceWorker.js of msw ${version} in ${relative(REPO, dir)}/`);
    },
  };
}

/** The `smithy-contract/*` paths of the repository's tsconfig.json, as exact-match aliases. */
function repositoryAliases(): { find: RegExp; replacement: string }[] {
  const { compilerOptions } = JSON.parse(readFileSync(join(REPO, "tsconfig.json"), "utf8")) as { compilerOptions: { paths: Record<string, string[]> } };
  return Object.entries(compilerOptions.paths).map(([name, [target]]) => ({
    find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`),
    replacement: join(REPO, target!),
  }));
}

export default defineConfig(({ mode }) => ({
  root: here("."),
  // Only the mock mode has public files: the worker script.
  publicDir: mode === "mock" ? WORKER_DIR : false,
  plugins: mode === "mock" ? [mswInit(WORKER_DIR)] : [],
  resolve: {
    // Generated files import the runtime by the package's name, as in a user's project (where
    // `smithy-contract` is installed and no alias is needed); here the names map to the sources,
    // as the repository's tsconfig.json says.
    alias: repositoryAliases(),
  },
  build: {
    reportCompressedSize: false,
    // The mocks' chunk (msw, ajv, fast-check, the contract) is about 700 kB and loads in mock mode only.
    chunkSizeWarningLimit: mode === "mock" ? 1024 : 500,
  },
}));
