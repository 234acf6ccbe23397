/**
 * The SDK's `Command.classBuilder()` recipe shared by every EVS command: endpoint parameters, the
 * serde plugin with this operation's (de)serializer and the endpoint plugin, exactly as the
 * generated commands of an awsJson1_0 client wire them. A command names its operation and how
 * its input and output members travel; `protocol.ts` does the rest.
 */
import { getEndpointPlugin } from '@smithy/middleware-endpoint';
import { getSerdePlugin } from '@smithy/middleware-serde';
import { Command as $Command } from '@smithy/smithy-client';
import type { HttpRequest, HttpResponse } from '@smithy/protocol-http';
import type { MetadataBearer, SerdeContext } from '@smithy/types';
import type { EvsClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes } from '../client';
import { commonParams } from '../endpoints';
import { deserializeResponse, serializeRequest, TARGET_PREFIX, type InputMembers, type OutputMembers } from '../protocol';

export { $Command };

export interface OperationWire {
  /** Every input member of the model, as `take` instructions; anything else is not sent. */
  input: InputMembers;
  /** Every output member of the model and how it is read. */
  output: OutputMembers;
}

export function evsCommand<I extends ServiceInputTypes, O extends ServiceOutputTypes & MetadataBearer>(
  operation: string,
  wire: OperationWire,
) {
  const serialize = serializeRequest(operation, wire.input) as (input: I, context: SerdeContext) => Promise<HttpRequest>;
  const deserialize = deserializeResponse<Omit<O, '$metadata'>>(wire.output) as unknown as (
    output: HttpResponse,
    context: SerdeContext,
  ) => Promise<O>;
  return $Command
    .classBuilder<I, O, EvsClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>()
    .ep(commonParams)
    .m(function (this: any, Command: any, _cs: any, config: EvsClientResolvedConfig, _o: any) {
      return [
        getSerdePlugin(config, this.serialize, this.deserialize),
        getEndpointPlugin(config, Command.getEndpointParameterInstructions()),
      ];
    })
    .s(TARGET_PREFIX, operation, {})
    .n('EvsClient', `${operation}Command`)
    .f(undefined, undefined)
    .ser(serialize)
    .de(deserialize)
    .build();
}
