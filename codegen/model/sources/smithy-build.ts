/**
 * The model a `smithy-build.json` names: its `sources` and `imports` (files or folders, relative to
 * the folder of smithy-build.json), as the Smithy CLI reads them. Maven dependencies, projections
 * and plugins are not ours to run and are ignored.
 *
 * @see https://smithy.io/2.0/guides/smithy-build-json.html
 */
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { pointer } from "../errors.ts";
import { readInput } from "../../write.ts";
import { isJsonObject } from "./json-values.ts";
import { errorAt } from "./origin.ts";
import { parseModelFile } from "./read-model-sources.ts";

export const SMITHY_BUILD_FILE = "smithy-build.json";

/**
 * The model paths of `dir/smithy-build.json` (sources, then imports), or `undefined` when `dir` has
 * no smithy-build.json.
 *
 * @example
 * const paths = smithyBuildSources(process.cwd()); // ["/repo/model", "/repo/traits/aws.smithy"]
 * if (paths) readModelSources(paths);
 * @throws ModelError when the file is not JSON or `sources`/`imports` are not lists of strings.
 */
export function smithyBuildSources(dir: string): string[] | undefined {
  const file = join(dir, SMITHY_BUILD_FILE);
  if (!existsSync(file)) return undefined;
  const text = readInput(file).toString("utf8");
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (e) {
    // The same line:column message as a JSON model file.
    parseModelFile(file, text);
    throw e;
  }
  const at = (ptr: string) => ({ file, pointer: ptr });
  if (!isJsonObject(config)) throw errorAt(at(""), `${SMITHY_BUILD_FILE} must be a JSON object`);
  const out: string[] = [];
  for (const key of ["sources", "imports"] as const) {
    const list = config[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw errorAt(at(pointer(key)), `"${key}" must be a list of paths`);
    list.forEach((p, i) => {
      if (typeof p !== "string" || p === "") throw errorAt(at(pointer(key, String(i))), `each of "${key}" must be a path`);
      out.push(isAbsolute(p) ? p : join(dir, p));
    });
  }
  return out;
}
