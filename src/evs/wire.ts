/**
 * The awsJson1_0 facts of EVS that the client and the local EVS service share: the target prefix,
 * the content type, and the modelled error names with their HTTP status. Enum values and member
 * bounds are in `constraints.ts`.
 */

/** The model's `targetPrefix`: `X-Amz-Target: AmazonElasticVMwareService.<Operation>`. */
export const TARGET_PREFIX = 'AmazonElasticVMwareService';
export const CONTENT_TYPE = 'application/x-amz-json-1.0';

/**
 * Error shapes of the model. The model gives no status; these are the API reference's (the client
 * dispatches on the name, never on the status). Throttling and InternalServer are `retryable`.
 */
export const ERRORS = {
  ValidationException: { status: 400, fault: 'client', retryable: false },
  ResourceNotFoundException: { status: 404, fault: 'client', retryable: false },
  ThrottlingException: { status: 429, fault: 'client', retryable: true },
  ServiceQuotaExceededException: { status: 400, fault: 'client', retryable: false },
  InternalServerException: { status: 500, fault: 'server', retryable: true },
  /** Deprecated in the model in favour of ServiceQuotaExceededException (tags only). */
  TooManyTagsException: { status: 400, fault: 'client', retryable: false },
  /** Deprecated in the model in favour of ValidationException (tags only). */
  TagPolicyException: { status: 400, fault: 'client', retryable: false },
} as const;

export type ErrorName = keyof typeof ERRORS;
