/**
 * Lifecycle overlays: resource states that move forward with successive calls or with time.
 */
export { checkLifecycleOptions, DEFAULT_ANCHOR, DEFAULT_FAILURE_REASON, Lifecycles, type FailOption, type LifecycleOptions } from "./lifecycle.ts";
