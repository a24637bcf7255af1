import { loadProtocolFolder } from "./support/protocol-folder.ts";
import { describeCases, type ExceptionTable } from "./support/suite.ts";
const EXCEPTIONS: ExceptionTable = {};
const folder = loadProtocolFolder("awsJson1_1");
describeCases(folder, EXCEPTIONS);
