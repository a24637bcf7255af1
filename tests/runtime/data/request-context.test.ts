/**
 * runtime/data/request-context.ts: the client's region, from the SigV4 credential scope of the
 * request's `Authorization` header, else from its AWS endpoint's host name (the forms the mock
 * serves by default: runtime/mock/endpoint.ts), else unknown.
 */
import { describe, expect, it } from "vitest";
import { regionOf } from "../../../runtime/data/request-context.ts";

/** An `Authorization` header as the SDK's SigV4 signer writes it. */
const sigv4 = (scope: string) => `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${"0".repeat(64)}`;
const LOCAL = "http://localhost:4566/";

describe("regionOf: the signature's credential scope", () => {
  it.each<[string, string | null | undefined, string, string | undefined]>([
    ["the scope's region", sigv4("AKIDEXAMPLE/20260101/eu-west-1/personalize/aws4_request"), LOCAL, "eu-west-1"],
    ["AWS's own example (iam)", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", LOCAL, "us-east-1"],
    ["temporary credentials (ASIA…)", sigv4("ASIAXAMPLE/20260101/ap-southeast-2/secretsmanager/aws4_request"), LOCAL, "ap-southeast-2"],
    ["GovCloud", sigv4("AKID/20260101/us-gov-west-1/personalize/aws4_request"), LOCAL, "us-gov-west-1"],
    ["the scope wins over the host", sigv4("AKID/20260101/eu-west-1/personalize/aws4_request"), "https://personalize.us-east-1.amazonaws.com/", "eu-west-1"],
    // SigV4a signs for a region set (X-Amz-Region-Set), its scope holds no region: the host says.
    ["SigV4a (no region in the scope): the host", "AWS4-ECDSA-P256-SHA256 Credential=AKID/20260101/personalize/aws4_request, SignedHeaders=host, Signature=00", "https://personalize.sa-east-1.amazonaws.com/", "sa-east-1"],
    ["no Authorization header (null): the host", null, "https://personalize.eu-north-1.amazonaws.com/", "eu-north-1"],
    ["no Authorization header (undefined): the host", undefined, "https://personalize.eu-north-1.amazonaws.com/", "eu-north-1"],
    ["an Authorization header that is not SigV4: the host", "Bearer abc.def", "https://personalize.eu-north-1.amazonaws.com/", "eu-north-1"],
    ["a scope without its date: the host", sigv4("AKID/eu-west-1/personalize/aws4_request"), "https://personalize.eu-north-1.amazonaws.com/", "eu-north-1"],
    ["neither says: unknown", "Bearer abc", LOCAL, undefined],
  ])("%s", (_, authorization, url, want) => {
    expect(regionOf(authorization, url)).toBe(want);
  });
});

describe("regionOf: the host name (unsigned requests)", () => {
  it.each<[string, string, string | undefined]>([
    ["the default endpoint", "https://personalize.eu-west-1.amazonaws.com/", "eu-west-1"],
    ["with a port and a path", "https://personalize.eu-west-1.amazonaws.com:443/x?y=1", "eu-west-1"],
    ["written in capitals (URL host names are lower case)", "https://PERSONALIZE.EU-WEST-1.AMAZONAWS.COM/", "eu-west-1"],
    ["FIPS", "https://personalize-fips.us-east-1.amazonaws.com/", "us-east-1"],
    ["FIPS in GovCloud", "https://personalize-fips.us-gov-west-1.amazonaws.com/", "us-gov-west-1"],
    ["a prefix with a hyphen", "https://runtime-sagemaker.ap-northeast-3.amazonaws.com/", "ap-northeast-3"],
    ["the China partition", "https://personalize.cn-north-1.amazonaws.com.cn/", "cn-north-1"],
    ["the China partition, another region", "https://personalize.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1"],
    ["dual-stack (api.aws)", "https://personalize.us-east-2.api.aws/", "us-east-2"],
    ["dual-stack FIPS (api.aws)", "https://personalize-fips.us-east-2.api.aws/", "us-east-2"],
    ["a global endpoint (no region in it)", "https://iam.amazonaws.com/", undefined],
    ["an older dual-stack form with a dot in the prefix", "https://s3.dualstack.eu-west-1.amazonaws.com/", undefined],
    ["a custom endpoint", LOCAL, undefined],
    ["a custom host that looks regional but is not AWS's", "https://personalize.eu-west-1.example.com/", undefined],
    ["LocalStack's regional host", "https://personalize.eu-west-1.localhost.localstack.cloud:4566/", undefined],
    ["a PrivateLink (VPC endpoint) host", "https://vpce-0a1b2c3d-4e5f.personalize.eu-west-1.vpce.amazonaws.com/", undefined],
    ["a region-shaped word that is not a region (no number)", "https://personalize.eu-west.amazonaws.com/", undefined],
    ["an IP address", "http://127.0.0.1:4010/", undefined],
    ["not a URL", "personalize.eu-west-1.amazonaws.com", undefined],
    ["the empty string", "", undefined],
  ])("%s", (_, url, want) => {
    expect(regionOf(undefined, url)).toBe(want);
  });
});
