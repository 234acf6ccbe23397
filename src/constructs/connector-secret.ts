import { TerraformResource, Token } from 'cdktf';

/** The Terraform type of the AWS provider's Secrets Manager secret resource. */
const SECRETSMANAGER_SECRET = 'aws_secretsmanager_secret';

enum SecretForm {
  ARN = 'arn',
  NAME = 'name',
  ANY = 'any',
}

/**
 * The Secrets Manager secret holding the appliance credentials of an environment connector.
 *
 * EVS accepts a secret ARN or a secret name (`SecretIdentifier`). Literal values are checked
 * against the EVS rules when the connector is synthesized.
 */
export class ConnectorSecret {
  /** A secret ARN, e.g. `arn:aws:secretsmanager:us-east-1:123456789012:secret:vcenter-AbCdEf`. */
  public static fromArn(arn: string): ConnectorSecret {
    return new ConnectorSecret(arn, SecretForm.ARN);
  }

  /** A secret name, e.g. `evs/vcenter`. */
  public static fromName(name: string): ConnectorSecret {
    return new ConnectorSecret(name, SecretForm.NAME);
  }

  /** A secret ARN or name: whatever EVS accepts as a `SecretIdentifier`. */
  public static fromIdentifier(identifier: string): ConnectorSecret {
    return new ConnectorSecret(identifier, SecretForm.ANY);
  }

  /**
   * A Secrets Manager secret declared in the same program with the AWS provider
   * (`SecretsmanagerSecret` from `@cdktf/provider-aws` / `@cdktn/provider-aws`, or any binding of
   * `aws_secretsmanager_secret`). The connector then references the secret's `arn`, so Terraform
   * creates the secret first.
   */
  public static fromSecretsmanagerSecret(secret: TerraformResource): ConnectorSecret {
    if (secret.terraformResourceType !== SECRETSMANAGER_SECRET) {
      throw new Error(
        `ConnectorSecret.fromSecretsmanagerSecret: ${secret.node.path} is a ${secret.terraformResourceType}, not an ${SECRETSMANAGER_SECRET}.`,
      );
    }
    return new ConnectorSecret(secret.getStringAttribute('arn'), SecretForm.ARN);
  }

  /** The value passed to the provider's `secret_identifier` (may be a token). */
  public readonly identifier: string;

  /** @internal which form the factory promised; checked with the literal at synth. */
  public readonly _form: string;

  private constructor(identifier: string, form: SecretForm) {
    this.identifier = identifier;
    this._form = form;
  }

  /** Whether the identifier is only known when the engine runs. */
  public get isToken(): boolean {
    return Token.isUnresolved(this.identifier);
  }
}
