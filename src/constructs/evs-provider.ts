import { TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { EvsProvider as EvsProviderBinding, type EvsProviderConfig } from './generated/provider';
import { placeProviderAtSynth } from './local-mirror';
import { checkThat } from './validation';

/** Settings of the EVS provider. */
export interface EvsProviderProps extends EvsProviderConfig {
  /**
   * Place the provider executable shipped in this package into the stack's implied local mirror
   * at synth, so `terraform init` needs no registry and no CLI configuration.
   *
   * @default true
   */
  readonly bundledProvider?: boolean;
}

/**
 * The `evslabs/evs` provider: every provider setting (region, credentials, assume role, endpoint,
 * retries), and — unless `bundledProvider` is false — the provider executable itself placed into
 * the synthesized stack.
 */
export class EvsProvider extends EvsProviderBinding {
  public constructor(scope: Construct, id: string, props: EvsProviderProps = {}) {
    super(scope, id, props);
    const max = props.maxRetries;
    if (max !== undefined && !Token.isUnresolved(max)) {
      checkThat(this, 'maxRetries', Number.isInteger(max) && max >= 0, `${max} is not a whole number of 0 or more.`);
    }
    if (props.bundledProvider ?? true) placeProviderAtSynth(this, TerraformStack.of(this));
  }
}
