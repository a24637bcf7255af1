/**
 * The app's Personalize client: the real `@aws-sdk/client-personalize`, whose browser build Vite
 * picks (the package's `browser` field: fetch instead of node:http), calling the default AWS
 * endpoint of the configured region.
 */
import { PersonalizeClient } from "@aws-sdk/client-personalize";

export function createPersonalizeClient(): PersonalizeClient {
  return new PersonalizeClient({
    region: import.meta.env.VITE_AWS_REGION,
    // A real app signs with temporary credentials of its signed-in user, e.g. `fromCognitoIdentityPool`
    // of `@aws-sdk/credential-providers`; the example has no AWS account, so it signs with placeholders.
    credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "example-secret" },
  });
}
