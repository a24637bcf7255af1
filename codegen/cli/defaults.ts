/** The embedded default: our own model of Personalize's DescribeDatasetImportJob, shipped with the package. */
import { fileURLToPath } from "node:url";

/** Absolute path of `model/personalize.json` inside the installed package (or this checkout). */
export const DEFAULT_MODEL = fileURLToPath(new URL("../../model/personalize.json", import.meta.url));

/** The lifecycle overlay of the embedded model. */
export const DEFAULT_OVERLAY = fileURLToPath(new URL("../../model/personalize.overlay.json", import.meta.url));
