/** Shapes every family uses. Enums are the constraint table's string unions. */
import type { CheckResult, ValidationExceptionReason } from '../constraints';

export type { CheckResult, ValidationExceptionReason };

export interface ValidationExceptionField {
  name: string | undefined;
  message: string | undefined;
}
