/**
 * The app's Personalize clients: the real `@aws-sdk/client-personalize`, `client-personalize-runtime`
 * and `client-personalize-events`, whose browser builds Vite picks (each package's `browser` field:
 * fetch instead of node:http), calling the default AWS endpoints of the configured region.
 */
import { PersonalizeClient } from "@aws-sdk/client-personalize";
import { PersonalizeEventsClient } from "@aws-sdk/client-personalize-events";
import { PersonalizeRuntimeClient } from "@aws-sdk/client-personalize-runtime";

export function createPersonalizeClient(): PersonalizeClient {
  return new PersonalizeClient({
    region: import.meta.env.VITE_AWS_REGION,
    // A real app signs with temporary credentials of its signed-in user, e.g. `fromCognitoIdentityPool`
    // of `@aws-sdk/credential-providers`; the example has no AWS account, so it signs with placeholders.
    credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "example-secret" },
  });
}

/** Personalize Runtime (GetRecommendations), restJson1 at `personalize-runtime.<region>.amazonaws.com`. */
export function createPersonalizeRuntimeClient(): PersonalizeRuntimeClient {
  return new PersonalizeRuntimeClient({ region: import.meta.env.VITE_AWS_REGION, credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "example-secret" } });
}

/** Personalize Events (PutEvents), restJson1 at `personalize-events.<region>.amazonaws.com`. */
export function createPersonalizeEventsClient(): PersonalizeEventsClient {
  return new PersonalizeEventsClient({ region: import.meta.env.VITE_AWS_REGION, credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "example-secret" } });
}
