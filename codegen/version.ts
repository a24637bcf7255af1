/** The tool's name and version, stamped into generated files. Kept in step with package.json by a test. */
export const VERSION = "0.1.0";
export const TOOL = `smithy-contract ${VERSION}`;
