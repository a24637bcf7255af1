/**
 * Lambda (restJson1) through the real `LambdaClient`: P1–P5 over every operation the mock serves
 * (support/properties.ts).
 */
import * as lambda from "@aws-sdk/client-lambda";
import { restJson1Properties } from "./support/properties.ts";

restJson1Properties({ name: "Lambda", file: "lambda-2015-03-31.json", client: lambda, runs: { p1: 1, p2: 1, p3: 1, p4: 1, p5: 1 } });
