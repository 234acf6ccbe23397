/**
 * The SDK's `Command.classBuilder()` recipe shared by the six EVS commands: endpoint parameters,
 * the serde plugin with this command's (de)serializer and the endpoint plugin, exactly as the
 * generated commands of an awsJson1_0 client wire them.
 */
import { getEndpointPlugin } from '@smithy/middleware-endpoint';
import { getSerdePlugin } from '@smithy/middleware-serde';
import { Command as $Command } from '@smithy/smithy-client';
import type { HttpRequest, HttpResponse } from '@smithy/protocol-http';
import type { MetadataBearer, SerdeContext } from '@smithy/types';
import type { EvsClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes } from '../client';
import { commonParams } from '../endpoints';
import { TARGET_PREFIX } from '../protocol';

export { $Command };

export function evsCommand<I extends ServiceInputTypes, O extends ServiceOutputTypes & MetadataBearer>(
  operation: string,
  serialize: (input: I, context: SerdeContext) => Promise<HttpRequest>,
  deserialize: (output: HttpResponse, context: SerdeContext) => Promise<Omit<O, never>>,
) {
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
    .de(deserialize as (output: HttpResponse, context: SerdeContext) => Promise<O>)
    .build();
}
