/**
 * What realistic values are drawn against: the mock's clock, the client's region, the account and
 * partition of ARNs, the service's ARN namespace and endpoint prefix, and how often optional members
 * below the top level are present.
 */

export interface RealisticSettings {
  /** The mock's clock, ms since the epoch: timestamps are drawn in a window around it. */
  readonly now: number;
  /** The client's region (`eu-west-1`), for ARNs and URLs. */
  readonly region: string;
  /** The account id in ARNs (default "123456789012"). */
  readonly account?: string;
  /** The partition in ARNs (default "aws"). */
  readonly partition?: string;
  /** The service's ARN namespace (`aws.api#service` arnNamespace, else its endpoint prefix): `arn:aws:<this>:…`. */
  readonly arnNamespace: string;
  /** The service's endpoint prefix, for URLs. */
  readonly endpointPrefix: string;
  /** Probability that an optional member below the top level is present (default {@link DEFAULT_OPTIONAL_PRESENCE}). */
  readonly optionalPresence?: number;
}

/** Optional members below the top level are present four times in five. */
export const DEFAULT_OPTIONAL_PRESENCE = 0.8;

export const DEFAULT_ACCOUNT = "123456789012";
export const DEFAULT_PARTITION = "aws";

export interface ResolvedSettings {
  readonly now: number;
  readonly region: string;
  readonly account: string;
  readonly partition: string;
  readonly arnNamespace: string;
  readonly endpointPrefix: string;
  readonly optionalPresence: number;
}

/** The settings with their defaults filled in; throws a RangeError for a clock or probability that cannot be used. */
export function resolveSettings(settings: RealisticSettings): ResolvedSettings {
  if (!Number.isFinite(settings.now)) throw new RangeError(`realistic data: now must be a finite number of ms since the epoch, not ${String(settings.now)}`);
  const optionalPresence = settings.optionalPresence ?? DEFAULT_OPTIONAL_PRESENCE;
  if (!(optionalPresence >= 0 && optionalPresence <= 1)) throw new RangeError(`realistic data: optionalPresence must lie within [0, 1], not ${String(optionalPresence)}`);
  return {
    now: Math.floor(settings.now),
    region: settings.region,
    account: settings.account ?? DEFAULT_ACCOUNT,
    partition: settings.partition ?? DEFAULT_PARTITION,
    arnNamespace: settings.arnNamespace,
    endpointPrefix: settings.endpointPrefix,
    optionalPresence,
  };
}
