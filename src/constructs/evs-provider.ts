import { TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { EvsProvider as EvsProviderBinding, type EvsProviderConfig } from './generated/provider';
import { unsupportedNode } from '../node-version';
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
    // Every stack with EVS resources has this construct: the one place to refuse an old Node (the
    // provider placed into the stack would refuse it at init anyway, less helpfully).
    const problem = unsupportedNode('The EVS construct library', ' (Python and Go programs run it with the `node` on PATH)');
    if (problem) throw new Error(`${scope.node.path}/${id}: ${problem}`);
    super(scope, id, props);
    const max = props.maxRetries;
    if (max !== undefined && !Token.isUnresolved(max)) {
      checkThat(this, 'maxRetries', Number.isInteger(max) && max >= 0, `${max} is not a whole number of 0 or more.`);
    }
    if (props.bundledProvider ?? true) placeProviderAtSynth(this, TerraformStack.of(this));
  }
}
