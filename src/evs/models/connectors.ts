/** Environment connector shapes (Connector, ConnectorCheck) and how the client reads them. */
import type { CheckResult, CheckType, ConnectorState, ConnectorType } from '../constraints';
import { de_String, de_Timestamp, listOf, structure } from '../protocol';

export type { CheckType, ConnectorState, ConnectorType };

export interface ConnectorCheck {
  type?: CheckType | undefined;
  result?: CheckResult | undefined;
  lastCheckAttempt?: Date | undefined;
  impairedSince?: Date | undefined;
}

export interface Connector {
  environmentId?: string | undefined;
  connectorId?: string | undefined;
  type?: ConnectorType | undefined;
  applianceFqdn?: string | undefined;
  /** A Secrets Manager ARN or, as the model allows, a secret name. */
  secretArn?: string | undefined;
  state?: ConnectorState | undefined;
  stateDetails?: string | undefined;
  status?: CheckResult | undefined;
  checks?: ConnectorCheck[] | undefined;
  createdAt?: Date | undefined;
  modifiedAt?: Date | undefined;
}

export const de_ConnectorCheck = structure<ConnectorCheck>({
  impairedSince: de_Timestamp,
  lastCheckAttempt: de_Timestamp,
  result: de_String,
  type: de_String,
});

export const de_Connector = structure<Connector>({
  applianceFqdn: de_String,
  checks: listOf(de_ConnectorCheck),
  connectorId: de_String,
  createdAt: de_Timestamp,
  environmentId: de_String,
  modifiedAt: de_Timestamp,
  secretArn: de_String,
  state: de_String,
  stateDetails: de_String,
  status: de_String,
  type: de_String,
});
