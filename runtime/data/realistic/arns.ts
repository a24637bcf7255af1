/**
 * ARNs from a member name: `arn:<partition>:<namespace>:<region>:<account>:<resource-type>/<name>`,
 * the resource type guessed from the name's words (`datasetImportJobArn` → `dataset-import-job`),
 * or, for a bare `Arn`/`ResourceArn`, from the enclosing structure's resource noun
 * (`DescribeSecretResponse` → `secret`), else the service's namespace. Four ARNs of other services
 * are so common in every API that they have their own form: IAM roles, KMS keys, S3 buckets and
 * Lambda functions.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
import type { Rng } from "./random.ts";
import { uuid } from "./identifiers.ts";
import type { ResolvedSettings } from "./settings.ts";
import { ADJECTIVES, NOUNS } from "./vocabulary.ts";
import { kebab, nameWords, singularWord } from "./words.ts";

/** Words that name no resource of their own: the ARN is then of the enclosing structure's resource. */
const BARE = new Set(["resource", "target", "source", "parent", "owner", "the", "a"]);

/**
 * Candidate ARNs for the member (or shape) `name`, best first: the well-known form of another
 * service when the name asks for one, then the service's own ARN with `/` and with `:` before the
 * resource name. `owner` is the resource noun of the enclosing structure; `own`, the structure's
 * own resource name when the ARN is the structure's own (strings.ts decides).
 *
 * @example arnCandidates("datasetImportJobArn", settings, undefined, rng)[0]
 * // "arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/nightly-orders"
 */
export function arnCandidates(name: string, settings: ResolvedSettings, owner: readonly string[] | undefined, rng: Rng, own?: string): string[] {
  const { partition, region, account, arnNamespace } = settings;
  const words = nameWords(name).map(singularWord);
  while (words.length > 0 && words[words.length - 1] === "arn") words.pop();
  const drawn = `${rng.pick(ADJECTIVES)}-${rng.pick(NOUNS)}`;
  const resourceName = own ?? drawn;
  const out: string[] = [];
  const last = words[words.length - 1];
  if (last === "role") out.push(`arn:${partition}:iam::${account}:role/${resourceName}`);
  else if (words.includes("kms") || last === "key") out.push(`arn:${partition}:kms:${region}:${account}:key/${uuid(rng)}`);
  else if (last === "bucket") out.push(`arn:${partition}:s3:::${resourceName}`);
  else if (words.includes("lambda") || last === "function") out.push(`arn:${partition}:lambda:${region}:${account}:function:${resourceName}`);
  const typeWords = words.filter((w) => !BARE.has(w));
  const type = typeWords.length > 0 ? kebab(typeWords) : owner !== undefined && owner.length > 0 ? kebab(owner) : arnNamespace;
  const prefix = `arn:${partition}:${arnNamespace}:${region}:${account}:${type}`;
  out.push(`${prefix}/${resourceName}`, `${prefix}:${resourceName}`);
  return out;
}
