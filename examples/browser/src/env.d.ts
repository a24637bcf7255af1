/// <reference types="vite/client" />

/** The app's configuration, from `.env` (and `.env.<mode>`): https://vite.dev/guide/env-and-mode */
interface ImportMetaEnv {
  /** The AWS region the app calls (its default Personalize endpoint). */
  readonly VITE_AWS_REGION: string;
  /** Milliseconds between two DescribeDatasetImportJob calls while a job is not finished. */
  readonly VITE_POLL_INTERVAL_MS: string;
  /** The Personalize campaign the recommendations panel asks (GetRecommendations). */
  readonly VITE_CAMPAIGN_ARN: string;
  /** The event tracker that receives the panel's clicks (PutEvents). */
  readonly VITE_EVENT_TRACKER_ID: string;
}
