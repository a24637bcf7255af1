/**
 * GreengrassV2 (restJson1) through the real `GreengrassV2Client`: P1–P5 over every operation the mock serves
 * (support/properties.ts).
 */
import * as greengrassV2 from "@aws-sdk/client-greengrassv2";
import { restJson1Properties } from "./support/properties.ts";

restJson1Properties({ name: "GreengrassV2", file: "greengrassv2-2020-11-30.json", client: greengrassV2, runs: { p1: 2, p2: 2, p3: 2, p4: 2, p5: 2 } });
