/**
 * PersonalizeRuntime (restJson1) through the real `PersonalizeRuntimeClient`: P1–P5 over every operation the mock serves
 * (support/properties.ts).
 */
import * as personalizeRuntime from "@aws-sdk/client-personalize-runtime";
import { restJson1Properties } from "./support/properties.ts";

restJson1Properties({ name: "PersonalizeRuntime", file: "personalize-runtime-2018-05-22.json", client: personalizeRuntime, runs: { p1: 15, p2: 15, p3: 15, p4: 15, p5: 15 } });
