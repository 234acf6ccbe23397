/**
 * Typed EVS errors, shaped like the generated `@aws-sdk/client-evs` exceptions: each carries
 * `name`, `$fault`, `$metadata` (httpStatusCode, requestId, attempts, totalRetryDelay) and its
 * modelled members. `shapeId` matches the official client so `instanceof` works across both.
 */
import {
  ServiceException as __ServiceException,
  type ExceptionOptionType as __ExceptionOptionType,
  type ServiceExceptionOptions as __ServiceExceptionOptions,
} from '@smithy/smithy-client';
import type { ValidationExceptionField, ValidationExceptionReason } from './models';

/** Base class of every EVS service error; also used as-is for error names the model does not know. */
export class EvsServiceException extends __ServiceException {
  static override readonly shapeId: string = 'smithy.ts.sdk.synthetic.com.amazonaws.evs#EvsServiceException';
  constructor(options: __ServiceExceptionOptions) {
    super(options);
    Object.setPrototypeOf(this, EvsServiceException.prototype);
  }
}

export class ValidationException extends EvsServiceException {
  static override readonly shapeId = 'com.amazonaws.evs#ValidationException';
  override readonly name = 'ValidationException' as const;
  override readonly $fault = 'client' as const;
  reason: ValidationExceptionReason | undefined;
  fieldList?: ValidationExceptionField[] | undefined;
  constructor(opts: __ExceptionOptionType<ValidationException, EvsServiceException>) {
    super({ name: 'ValidationException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, ValidationException.prototype);
    this.reason = opts.reason;
    this.fieldList = opts.fieldList;
  }
}

export class ResourceNotFoundException extends EvsServiceException {
  static override readonly shapeId = 'com.amazonaws.evs#ResourceNotFoundException';
  override readonly name = 'ResourceNotFoundException' as const;
  override readonly $fault = 'client' as const;
  resourceId: string | undefined;
  resourceType: string | undefined;
  constructor(opts: __ExceptionOptionType<ResourceNotFoundException, EvsServiceException>) {
    super({ name: 'ResourceNotFoundException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    this.resourceId = opts.resourceId;
    this.resourceType = opts.resourceType;
  }
}

export class ThrottlingException extends EvsServiceException {
  static override readonly shapeId = 'com.amazonaws.evs#ThrottlingException';
  override readonly name = 'ThrottlingException' as const;
  override readonly $fault = 'client' as const;
  /** The model marks it `retryable`; the SDK's retry strategy reads `$retryable`. */
  override $retryable = {};
  retryAfterSeconds?: number | undefined;
  constructor(opts: __ExceptionOptionType<ThrottlingException, EvsServiceException>) {
    super({ name: 'ThrottlingException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, ThrottlingException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
}

export class ServiceQuotaExceededException extends EvsServiceException {
  static override readonly shapeId = 'com.amazonaws.evs#ServiceQuotaExceededException';
  override readonly name = 'ServiceQuotaExceededException' as const;
  override readonly $fault = 'client' as const;
  constructor(opts: __ExceptionOptionType<ServiceQuotaExceededException, EvsServiceException>) {
    super({ name: 'ServiceQuotaExceededException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
  }
}

export class InternalServerException extends EvsServiceException {
  static override readonly shapeId = 'com.amazonaws.evs#InternalServerException';
  override readonly name = 'InternalServerException' as const;
  override readonly $fault = 'server' as const;
  override $retryable = {};
  constructor(opts: __ExceptionOptionType<InternalServerException, EvsServiceException>) {
    super({ name: 'InternalServerException', $fault: 'server', ...opts });
    Object.setPrototypeOf(this, InternalServerException.prototype);
  }
}

/** Deprecated by the model in favour of ServiceQuotaExceededException; TagResource may still answer it. */
export class TooManyTagsException extends EvsServiceException {
  static override readonly shapeId = 'com.amazonaws.evs#TooManyTagsException';
  override readonly name = 'TooManyTagsException' as const;
  override readonly $fault = 'client' as const;
  constructor(opts: __ExceptionOptionType<TooManyTagsException, EvsServiceException>) {
    super({ name: 'TooManyTagsException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, TooManyTagsException.prototype);
  }
}

/** Deprecated by the model in favour of ValidationException; TagResource and UntagResource may still answer it. */
export class TagPolicyException extends EvsServiceException {
  static override readonly shapeId = 'com.amazonaws.evs#TagPolicyException';
  override readonly name = 'TagPolicyException' as const;
  override readonly $fault = 'client' as const;
  constructor(opts: __ExceptionOptionType<TagPolicyException, EvsServiceException>) {
    super({ name: 'TagPolicyException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, TagPolicyException.prototype);
  }
}
