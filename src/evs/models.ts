/**
 * Input and output shapes of the EVS operations this project uses, with the model's member names
 * (API version 2023-07-27). Timestamps are `Date`; enums are the constraint table's string unions.
 * Shapes mirror `@aws-sdk/client-evs` so that package can replace this client.
 */
import type { MetadataBearer } from '@smithy/types';
import type {
  CheckResult,
  CheckType,
  ConnectorState,
  ConnectorType,
  EnvironmentState,
  ValidationExceptionReason,
  VcfVersion,
} from './constraints';

export type {
  CheckResult,
  CheckType,
  ConnectorState,
  ConnectorType,
  EnvironmentState,
  ValidationExceptionReason,
  VcfVersion,
};

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

export interface EnvironmentSummary {
  environmentId?: string | undefined;
  environmentName?: string | undefined;
  vcfVersion?: VcfVersion | undefined;
  environmentStatus?: CheckResult | undefined;
  environmentState?: EnvironmentState | undefined;
  createdAt?: Date | undefined;
  modifiedAt?: Date | undefined;
  environmentArn?: string | undefined;
}

export interface Check {
  type?: CheckType | undefined;
  id?: string | undefined;
  result?: CheckResult | undefined;
  impairedSince?: Date | undefined;
}

export interface LicenseInfo {
  solutionKey: string | undefined;
  vsanKey: string | undefined;
}

export interface ConnectivityInfo {
  privateRouteServerPeerings: string[] | undefined;
}

export interface VcfHostnames {
  vCenter: string | undefined;
  nsx: string | undefined;
  nsxManager1: string | undefined;
  nsxManager2: string | undefined;
  nsxManager3: string | undefined;
  nsxEdge1: string | undefined;
  nsxEdge2: string | undefined;
  sddcManager: string | undefined;
  cloudBuilder: string | undefined;
}

export interface ServiceAccessSecurityGroups {
  securityGroups?: string[] | undefined;
}

export interface Secret {
  secretArn?: string | undefined;
}

export interface Environment {
  environmentId?: string | undefined;
  environmentState?: EnvironmentState | undefined;
  stateDetails?: string | undefined;
  createdAt?: Date | undefined;
  modifiedAt?: Date | undefined;
  environmentArn?: string | undefined;
  environmentName?: string | undefined;
  vpcId?: string | undefined;
  serviceAccessSubnetId?: string | undefined;
  vcfVersion?: VcfVersion | undefined;
  termsAccepted?: boolean | undefined;
  licenseInfo?: LicenseInfo[] | undefined;
  siteId?: string | undefined;
  environmentStatus?: CheckResult | undefined;
  checks?: Check[] | undefined;
  connectivityInfo?: ConnectivityInfo | undefined;
  vcfHostnames?: VcfHostnames | undefined;
  kmsKeyId?: string | undefined;
  serviceAccessSecurityGroups?: ServiceAccessSecurityGroups | undefined;
  credentials?: Secret[] | undefined;
}

export interface ValidationExceptionField {
  name: string | undefined;
  message: string | undefined;
}

// ---- operations ----

export interface CreateEnvironmentConnectorRequest {
  /** Idempotency token; filled with a UUID when absent. */
  clientToken?: string | undefined;
  environmentId: string | undefined;
  type: ConnectorType | undefined;
  applianceFqdn: string | undefined;
  secretIdentifier: string | undefined;
}
export interface CreateEnvironmentConnectorResponse {
  connector?: Connector | undefined;
}

export interface UpdateEnvironmentConnectorRequest {
  clientToken?: string | undefined;
  environmentId: string | undefined;
  connectorId: string | undefined;
  applianceFqdn?: string | undefined;
  secretIdentifier?: string | undefined;
}
export interface UpdateEnvironmentConnectorResponse {
  connector?: Connector | undefined;
}

export interface DeleteEnvironmentConnectorRequest {
  clientToken?: string | undefined;
  environmentId: string | undefined;
  connectorId: string | undefined;
}
export interface DeleteEnvironmentConnectorResponse {
  connector?: Connector | undefined;
  environmentSummary?: EnvironmentSummary | undefined;
}

export interface ListEnvironmentConnectorsRequest {
  nextToken?: string | undefined;
  maxResults?: number | undefined;
  environmentId: string | undefined;
}
export interface ListEnvironmentConnectorsResponse {
  nextToken?: string | undefined;
  connectors?: Connector[] | undefined;
}

export interface GetEnvironmentRequest {
  environmentId: string | undefined;
}
export interface GetEnvironmentResponse {
  environment?: Environment | undefined;
}

export interface ListEnvironmentsRequest {
  nextToken?: string | undefined;
  maxResults?: number | undefined;
  state?: EnvironmentState[] | undefined;
}
export interface ListEnvironmentsResponse {
  nextToken?: string | undefined;
  environmentSummaries?: EnvironmentSummary[] | undefined;
}

// Command output = operation output + `$metadata`, as in the SDK.
export interface CreateEnvironmentConnectorCommandInput extends CreateEnvironmentConnectorRequest {}
export interface CreateEnvironmentConnectorCommandOutput extends CreateEnvironmentConnectorResponse, MetadataBearer {}
export interface UpdateEnvironmentConnectorCommandInput extends UpdateEnvironmentConnectorRequest {}
export interface UpdateEnvironmentConnectorCommandOutput extends UpdateEnvironmentConnectorResponse, MetadataBearer {}
export interface DeleteEnvironmentConnectorCommandInput extends DeleteEnvironmentConnectorRequest {}
export interface DeleteEnvironmentConnectorCommandOutput extends DeleteEnvironmentConnectorResponse, MetadataBearer {}
export interface ListEnvironmentConnectorsCommandInput extends ListEnvironmentConnectorsRequest {}
export interface ListEnvironmentConnectorsCommandOutput extends ListEnvironmentConnectorsResponse, MetadataBearer {}
export interface GetEnvironmentCommandInput extends GetEnvironmentRequest {}
export interface GetEnvironmentCommandOutput extends GetEnvironmentResponse, MetadataBearer {}
export interface ListEnvironmentsCommandInput extends ListEnvironmentsRequest {}
export interface ListEnvironmentsCommandOutput extends ListEnvironmentsResponse, MetadataBearer {}

export type ServiceInputTypes =
  | CreateEnvironmentConnectorCommandInput
  | UpdateEnvironmentConnectorCommandInput
  | DeleteEnvironmentConnectorCommandInput
  | ListEnvironmentConnectorsCommandInput
  | GetEnvironmentCommandInput
  | ListEnvironmentsCommandInput;

export type ServiceOutputTypes =
  | CreateEnvironmentConnectorCommandOutput
  | UpdateEnvironmentConnectorCommandOutput
  | DeleteEnvironmentConnectorCommandOutput
  | ListEnvironmentConnectorsCommandOutput
  | GetEnvironmentCommandOutput
  | ListEnvironmentsCommandOutput;
