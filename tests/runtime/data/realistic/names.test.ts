/** The naming rules and the words they read, as given/want tables (the README lists the same rules). */
import { describe, expect, it } from "vitest";
import { stringRule } from "../../../../runtime/data/realistic/names.ts";
import { timestampRole } from "../../../../runtime/data/realistic/timestamps.ts";
import { itemName, nameWords, resourceWords, singularWord } from "../../../../runtime/data/realistic/words.ts";

describe("words of names", () => {
  it.each([
    ["datasetImportJobArn", ["dataset", "import", "job", "arn"]],
    ["KMSKeyId", ["kms", "key", "id"]],
    ["ARN", ["arn"]],
    ["S3Location", ["s3", "location"]],
    ["snake_case_name", ["snake", "case", "name"]],
    ["RotationLambdaARN", ["rotation", "lambda", "arn"]],
  ])("nameWords(%s)", (name, want) => expect(nameWords(name)).toEqual(want));

  it.each([
    ["arns", "arn"],
    ["ids", "id"],
    ["status", "status"],
    ["address", "address"],
    ["policies", "policy"],
    ["aliases", "alias"],
    ["boxes", "box"],
    ["cases", "case"],
    ["addresses", "address"],
    ["tags", "tag"],
    ["arn", "arn"],
  ])("singularWord(%s) = %s", (word, want) => expect(singularWord(word)).toBe(want));

  it.each([
    ["datasetArns", "datasetArn"],
    ["ArnList", "Arn"],
    ["SecretIDs", "SecretID"],
    ["Tags", "Tag"],
    ["VersionStages", "VersionStage"],
    ["items", "item"],
  ])("itemName(%s) = %s", (name, want) => expect(itemName(name)).toBe(want));

  it.each([
    ["DescribeSecretResponse", ["secret"]],
    ["SecretListEntry", ["secret"]],
    ["DatasetImportJob", ["dataset", "import", "job"]],
    ["GetSecretValueResponse", ["secret"]],
    ["ListSecretsResponse", ["secret"]],
    ["DescribeResponse", undefined],
  ])("resourceWords(%s)", (name, want) => expect(resourceWords(name)).toEqual(want));
});

describe("string naming rules", () => {
  it.each([
    ["datasetImportJobArn", "arn"],
    ["ARN", "arn"],
    ["datasetArns", "arn"],
    ["AccountId", "account"],
    ["OwnerAccount", "account"],
    ["VersionId", "id"],
    ["KMSKeyId", "id"],
    ["jobName", "name"],
    ["AliasName", "name"],
    ["Description", "description"],
    ["failureReason", "message"],
    ["StatusMessage", "message"],
    ["IconUrl", "url"],
    ["RedirectURI", "url"],
    ["ServiceEndpoint", "url"],
    ["Email", "email"],
    ["EmailAddress", "email"],
    ["NextToken", "token"],
    ["SchemaVersion", "version"],
    ["PrimaryRegion", "region"],
    ["status", "status"],
    ["ReplicationState", "status"],
    ["dataLocation", "s3"],
    ["ManagedPolicyPath", "s3"],
    ["S3Key", "s3"],
    ["ResourcePolicy", "json"],
    ["IpAddress", "ip"],
    ["VpcCidr", "cidr"],
    ["PhoneNumber", "phone"],
    ["ScheduleExpression", "schedule"],
    ["Duration", "duration"],
    ["Key", undefined],
    ["Value", undefined],
    ["SecretString", undefined],
    ["", undefined],
  ])("stringRule(%j) = %s", (name, want) => expect(stringRule(name)).toBe(want));
});

describe("timestamp roles", () => {
  it.each([
    ["creationDateTime", "creation"],
    ["CreatedDate", "creation"],
    ["createdAt", "creation"],
    ["CreateDate", "creation"],
    ["lastUpdatedDateTime", "update"],
    ["LastModifiedDate", "update"],
    ["UpdatedAt", "update"],
    ["LastChangedDate", "update"],
    ["StartTime", "start"],
    ["startedAt", "start"],
    ["EndTime", "end"],
    ["StoppedAt", "end"],
    ["completionDateTime", "end"],
    ["CompletedAt", "end"],
    ["FinishedAt", "end"],
    ["DeletionDate", "afterCreation"],
    ["DeletedDate", "afterCreation"],
    ["ScheduledDeletionDate", "afterCreation"],
    ["ExpirationTime", "afterCreation"],
    ["ExpiresAt", "afterCreation"],
    ["NextRotationDate", "afterCreation"],
    ["LastAccessedDate", "other"],
    ["Timestamp", "other"],
  ])("timestampRole(%s) = %s", (name, want) => expect(timestampRole(name)).toBe(want));
});
