/**
 * The GetProviderSchema answer, encoded when the bundle is built (scripts/build-provider.ts). The
 * schema is static, and the first provider process of most engine commands asks for nothing else
 * before Shutdown: answered from these bytes, that process loads neither protobufjs nor the
 * provider itself. Absent when running from source (tests through tsx): the provider answers.
 */
import { EncodedMessage } from './encoded-message';

/** Replaced at build time by the base64 of the encoded GetProviderSchema.Response. */
declare const __EVS_PROVIDER_SCHEMA__: string | undefined;

let prebuilt: EncodedMessage | null | undefined;

export function prebuiltSchema(): EncodedMessage | undefined {
  if (prebuilt === undefined) {
    prebuilt = typeof __EVS_PROVIDER_SCHEMA__ === 'string' ? new EncodedMessage(Buffer.from(__EVS_PROVIDER_SCHEMA__, 'base64')) : null;
  }
  return prebuilt ?? undefined;
}
