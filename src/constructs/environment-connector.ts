import { Op, Token, type IResolvable, type TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import {
  EnvironmentConnector as EnvironmentConnectorBinding,
  type EnvironmentConnectorTimeouts,
} from './generated/environment-connector';
import { ConnectorSecret } from './connector-secret';
import { ConnectorType } from './connector-type';
import { checkEnumLiteral, checkLiteral, checkThat, propertyName } from './validation';
import { VmEntitlement, type VmEntitlementOptions } from './vm-entitlement';

/** What a connector needs when its environment is already known (see `Environment.addConnector`). */
export interface EnvironmentConnectorOptions extends TerraformMetaArguments {
  /** The appliance kind. Changing it replaces the connector. */
  readonly type: ConnectorType;
  /** Host name of the appliance, e.g. `vcenter.example.internal`. */
  readonly applianceFqdn: string;
  /** The Secrets Manager secret with the appliance credentials. */
  readonly secret: ConnectorSecret;
  /**
   * After create or update, also wait until the connector's health checks pass.
   *
   * @default false (the provider waits for the connector to become ACTIVE only)
   */
  readonly waitForHealthy?: boolean;
  /**
   * How long create, update and delete may take (Go duration strings such as `30m`).
   *
   * @default the provider's defaults
   */
  readonly timeouts?: EnvironmentConnectorTimeouts;
}

/** Arguments of an environment connector. */
export interface EnvironmentConnectorProps extends EnvironmentConnectorOptions {
  /** The EVS environment, e.g. `env-0123456789`. Changing it replaces the connector. */
  readonly environmentId: string;
}

/**
 * An Amazon EVS environment connector (`evs_environment_connector`): connects an EVS environment
 * to a vCenter, SDDC Manager or Operations Manager appliance.
 *
 * Literal ids, host names and secret identifiers are checked at synth against the EVS rules; every
 * attribute of the low-level binding (`connectorId`, `state`, `status`, `checks`, …), `importFrom`,
 * `putTimeouts` and the static `generateConfigForImport` are inherited from it.
 */
export class EnvironmentConnector extends EnvironmentConnectorBinding {
  public constructor(scope: Construct, id: string, props: EnvironmentConnectorProps) {
    super(scope, id, {
      ...props,
      type: props.type,
      secretIdentifier: props.secret?.identifier,
    });
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
    checkEnumLiteral(this, 'type', 'ConnectorType', props.type);
    checkLiteral(this, 'applianceFqdn', 'applianceFqdn', props.applianceFqdn);
    checkThat(this, 'secret', props.secret instanceof ConnectorSecret, 'a ConnectorSecret is required (ConnectorSecret.fromArn, fromName, fromIdentifier or fromSecretsmanagerSecret).');
    checkSecret(this, props.secret);
  }

  /**
   * True once the connector's own status is `PASSED` (all of its health checks passed).
   */
  public get healthy(): IResolvable {
    return Op.eq(this.status, 'PASSED');
  }

  /**
   * Entitles VMs through this connector, which must be a `VCENTER` connector: a `VmEntitlement`
   * with this connector's environment and id, created beside the connector (in the same scope), so
   * its Terraform address is `evs_vm_entitlement.<id>`.
   *
   * @param id the entitlement's construct id
   * @param options the VM ids, and optionally the entitlement type and timeouts
   */
  public entitleVms(id: string, options: VmEntitlementOptions): VmEntitlement {
    const type = this.typeInput;
    if (type !== undefined && !Token.isUnresolved(type)) {
      checkThat(this, 'type', type === ConnectorType.VCENTER, `${JSON.stringify(type)} connectors cannot entitle VMs (${propertyName('entitleVms')} ${JSON.stringify(id)}); VM entitlements go through the environment's VCENTER connector.`);
    }
    return new VmEntitlement(this.node.scope as Construct, id, {
      ...options,
      environmentId: this.environmentIdInput ?? this.environmentId,
      connectorId: this.connectorId,
    });
  }
}

const ARN_PREFIX = 'arn:';

function checkSecret(scope: Construct, secret: ConnectorSecret): void {
  if (secret.isToken) return;
  checkLiteral(scope, 'secret', 'secretIdentifier', secret.identifier);
  const isArn = secret.identifier.startsWith(ARN_PREFIX);
  if (secret._form === 'arn') {
    checkThat(scope, 'secret', isArn, `${JSON.stringify(secret.identifier)} was given to ConnectorSecret.fromArn but is not an ARN.`);
  } else if (secret._form === 'name') {
    checkThat(scope, 'secret', !isArn, `${JSON.stringify(secret.identifier)} was given to ConnectorSecret.fromName but is an ARN; use ConnectorSecret.fromArn.`);
  }
}
