/**
 * Strings by naming rule: each rule's shape over many seeds, then `@length` and `@pattern` honoured
 * (candidates cut or padded, the regex engine's matches repaired), and nothing unreadable unless the
 * pattern leaves no choice.
 */
import { describe, expect, it } from "vitest";
import { UnsupportedPatternError } from "../../../../runtime/arbitraries/errors.ts";
import { realisticValue } from "../../../../runtime/data/realistic/index.ts";
import { SETTINGS, list, member, seeds, str, struct, tie, valueFor } from "./support/plans.ts";

const WORD = "[a-z]+";
const NAME = `${WORD}-${WORD}`;
const ACCOUNT_ARN = "arn:aws:personalize:eu-west-1:123456789012";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every value drawn for member `name` over 40 seeds matches `want`. */
function expectAll(name: string, want: RegExp, plan = str()): void {
  for (const seed of seeds(40)) expect(valueFor(name, plan, seed), `${name} seed ${seed}`).toMatch(want);
}

describe("strings by naming rule", () => {
  it.each([
    ["datasetImportJobArn", new RegExp(`^${ACCOUNT_ARN}:dataset-import-job/${NAME}$`)],
    ["solutionVersionArn", new RegExp(`^${ACCOUNT_ARN}:solution-version/${NAME}$`)],
    ["Arn", new RegExp(`^${ACCOUNT_ARN}:personalize/${NAME}$`)],
    ["ResourceArn", new RegExp(`^${ACCOUNT_ARN}:personalize/${NAME}$`)],
    ["roleArn", new RegExp(`^arn:aws:iam::123456789012:role/${NAME}$`)],
    ["kmsKeyArn", /^arn:aws:kms:eu-west-1:123456789012:key\/[0-9a-f-]{36}$/],
    ["RotationLambdaARN", new RegExp(`^arn:aws:lambda:eu-west-1:123456789012:function:${NAME}$`)],
    ["BucketArn", new RegExp(`^arn:aws:s3:::${NAME}$`)],
    ["VersionId", UUID],
    ["AccountId", /^123456789012$/],
    ["jobName", new RegExp(`^${NAME}$`)],
    ["Description", /^[A-Z][a-z ]+\.$/],
    ["failureReason", /^[A-Z][a-z ]+\.$/],
    ["IconUrl", new RegExp(`^https://personalize\\.eu-west-1\\.amazonaws\\.com/${WORD}$`)],
    ["ServiceEndpoint", /^https:\/\/personalize\.eu-west-1\.amazonaws\.com$/],
    ["Email", /^[a-z]+\.[a-z]+@example\.com$/],
    ["NextToken", /^[A-Za-z0-9_-]{32}$/],
    ["SchemaVersion", /^[1-3]\.\d\.\d{1,2}$/],
    ["PrimaryRegion", /^eu-west-1$/],
    ["status", /^(ACTIVE|AVAILABLE|ENABLED|READY|COMPLETED)$/],
    ["dataLocation", new RegExp(`^s3://${NAME}-bucket/${WORD}/${WORD}\\.(csv|json|parquet)$`)],
    ["ResourcePolicy", /^\{"Version":"2012-10-17","Statement":\[\]\}$/],
    ["IpAddress", /^192\.0\.2\.\d{1,3}$/],
    ["VpcCidr", /^10\.\d{1,3}\.0\.0\/16$/],
    ["PhoneNumber", /^\+1-555-01\d\d$/],
    ["ScheduleExpression", /^rate\(\d+ hours\)$/],
    ["RetentionPeriod", /^PT1H$/],
    ["SecretString", new RegExp(`^(${WORD}|${NAME})$`)],
    ["Value", new RegExp(`^(${WORD}|${NAME})$`)],
  ])("%s → %s", (name, want) => expectAll(name, want));

  it("uses the settings' partition, region and account", () => {
    const settings = { ...SETTINGS, partition: "aws-cn", region: "cn-north-1", account: "210987654321" };
    for (const seed of seeds(10)) {
      expect(valueFor("datasetArn", str(), seed, settings)).toMatch(new RegExp(`^arn:aws-cn:personalize:cn-north-1:210987654321:dataset/${NAME}$`));
      expect(valueFor("PrimaryRegion", str(), seed, settings)).toBe("cn-north-1");
    }
  });

  it("names the member first, then its shapes: items of datasetArns are dataset ARNs; a bare ARN is of its structure's resource", () => {
    const shapes = { DescribeSecretResponse: struct(member("ARN", tie("Arn")), member("Name", tie("Name"))), Arn: str({}, "ns#Arn"), Name: str({}, "ns#Name") };
    for (const seed of seeds(10)) {
      const items = valueFor("datasetArns", list(tie("Arn")), seed, SETTINGS, shapes) as string[];
      for (const item of items) expect(item).toMatch(new RegExp(`^${ACCOUNT_ARN}:dataset/${NAME}$`));
      const secret = realisticValue(tie("DescribeSecretResponse"), shapes, SETTINGS, seed) as { ARN: string; Name: string };
      expect(secret.ARN).toMatch(new RegExp(`^${ACCOUNT_ARN}:secret/${NAME}$`));
      // The structure's own name and its own ARN name the same resource.
      expect(secret.ARN.endsWith(`/${secret.Name}`)).toBe(true);
    }
  });

  it("a plain status says ACTIVE about half the time", () => {
    const active = seeds(400).filter((seed) => valueFor("status", str(), seed) === "ACTIVE").length / 400;
    expect(active).toBeGreaterThan(0.5);
    expect(active).toBeLessThan(0.7);
  });
});

describe("strings within @length and @pattern", () => {
  it.each([
    ["pads a short name with words", "jobName", { minLength: 30, maxLength: 40 }, /^[a-z]+(-[a-z]+)+$/],
    ["cuts a long name at a readable place", "jobName", { maxLength: 5 }, /^[a-z]{1,5}$/],
    ["takes the underscore form where hyphens are not allowed", "jobName", { pattern: "^[a-zA-Z0-9_]+$" }, /^[a-z]+_[a-z]+$/],
    ["takes a short hex id where a UUID does not fit", "ClusterId", { pattern: "^[a-z0-9]{8,12}$" }, /^[0-9a-f]{12}$/],
    ["takes the account where an id must be 12 digits", "TargetId", { pattern: "^\\d{12}$" }, /^123456789012$/],
    ["keeps a prefix rule's full ARN (a search match, as Smithy means)", "kmsKeyArn", { pattern: "^arn:aws.*:kms:.*:[0-9]{12}:key/" }, /^arn:aws:kms:eu-west-1:123456789012:key\/[0-9a-f-]{36}$/],
    ["repairs the engine's ARN: partition, account, readable name", "InstanceArn", { pattern: "^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$" }, /^arn:aws:sso:::instance\/(sso)?ins-[0-9a-z]{16}$/],
    ["repairs the engine's ARN of another service: region and account", "UserPoolArn", { pattern: "^arn:[a-zA-Z0-9-]+:cognito-idp:(([a-zA-Z0-9-]+:\\d{12}:userpool/[\\w-]+_[0-9a-zA-Z]+))$" }, /^arn:aws:cognito-idp:eu-west-1:123456789012:userpool\/[\w-]+_[0-9a-zA-Z]+$/],
    ["turns the engine's letters into words", "ActionType", { pattern: "^Action$|^.+::Action$" }, /^(Action|[a-z]+::Action)$/],
    ["turns the engine's long numbers into small ones", "HashKey", { pattern: "^0|([1-9]\\d{0,38})$" }, /^(0|[1-9]\d{0,2})$/],
    ["builds a path where an S3 URL is refused", "ManagedPolicyPath", { pattern: "^((/[A-Za-z0-9\\.,\\+@=_-]+)*)/$" }, /^\/[a-z]+\/$/],
  ] as [string, string, { minLength?: number; maxLength?: number; pattern?: string }, RegExp][])("%s", (_, name, constraints, want) => {
    for (const seed of seeds(30)) {
      const value = valueFor(name, str(constraints, `ns#${name}`), seed) as string;
      expect(value, `seed ${seed}`).toMatch(want);
      expect(value.length).toBeLessThanOrEqual(constraints.maxLength ?? Infinity);
      expect(value.length).toBeGreaterThanOrEqual(constraints.minLength ?? 0);
      if (constraints.pattern !== undefined) expect(value).toMatch(new RegExp(constraints.pattern, "u"));
    }
  });

  it("builds a readable match from the pattern when no candidate fits", () => {
    const plan = str({ pattern: "^[A-Z]{3}-\\d{4}$" }, "ns#Code");
    const values = seeds(20).map((seed) => valueFor("code", plan, seed) as string);
    for (const v of values) expect(v).toMatch(/^[A-Z]{3}-\d{4}$/);
  });

  it("returns the engine's value when only a control character can match (never an invalid one)", () => {
    const plan = str({ pattern: "^\\t[a-z]{2}$" }, "ns#Tabbed");
    for (const seed of seeds(10)) expect(valueFor("x", plan, seed)).toMatch(/^\t[a-z]{2}$/);
  });

  it("fills an exact length from an empty pattern-free candidate", () => {
    for (const seed of seeds(10)) expect(valueFor("Value", str({ minLength: 64, maxLength: 64 }), seed)).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it("throws the engine's error, naming the shape, for a pattern that cannot be served", () => {
    expect(() => valueFor("x", str({ pattern: "^(a)\\1$" }, "ns#Echo"), 1)).toThrow(UnsupportedPatternError);
    expect(() => valueFor("x", str({ pattern: "^(a)\\1$" }, "ns#Echo"), 1)).toThrow(/ns#Echo/);
  });
});
