/** Tags: only environments carry them (by ARN); keys and values are strings. */

/** Tags to set: 1–200 entries. */
export type RequestTagMap = Record<string, string>;
/** Tags a resource has. */
export type ResponseTagMap = Record<string, string>;
