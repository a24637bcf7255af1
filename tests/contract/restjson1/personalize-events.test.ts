/**
 * PersonalizeEvents (restJson1) through the real `PersonalizeEventsClient`: P1–P5 over every operation the mock serves
 * (support/properties.ts).
 */
import * as personalizeEvents from "@aws-sdk/client-personalize-events";
import { restJson1Properties } from "./support/properties.ts";

restJson1Properties({ name: "PersonalizeEvents", file: "personalize-events-2018-03-22.json", client: personalizeEvents, runs: { p1: 15, p2: 15, p3: 15, p4: 15, p5: 15 } });
