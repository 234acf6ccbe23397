import { ENUMS, STRING_CONSTRAINTS, isConnectorType, type ConnectorType } from '../../../evs/constraints';

export type ImportId =
  | { kind: 'id'; environmentId: string; connectorId: string }
  | { kind: 'type'; environmentId: string; type: ConnectorType };

export const IMPORT_FORMS = `environment_id/connector_id (e.g. env-0123456789/cnctr-0123456789) or environment_id/TYPE (e.g. env-0123456789/VCENTER, TYPE one of ${ENUMS.ConnectorType.join(', ')})`;

const ENV = new RegExp(`^${STRING_CONSTRAINTS.environmentId.pattern}$`);
const CONNECTOR = new RegExp(`^${STRING_CONSTRAINTS.connectorId.pattern}$`);

/** Parses an import id, or returns a sentence saying what is wrong and which forms work. */
export function parseImportId(id: string): ImportId | string {
  const parts = id.split('/');
  if (parts.length !== 2) {
    return `The import id ${JSON.stringify(id)} is not in a supported form. Use ${IMPORT_FORMS}.`;
  }
  const [environmentId, second] = parts as [string, string];
  if (!ENV.test(environmentId)) {
    return `The import id ${JSON.stringify(id)} does not start with an environment id (${STRING_CONSTRAINTS.environmentId.hint}). Use ${IMPORT_FORMS}.`;
  }
  if (CONNECTOR.test(second)) return { kind: 'id', environmentId, connectorId: second };
  if (isConnectorType(second)) return { kind: 'type', environmentId, type: second };
  return `The import id ${JSON.stringify(id)} ends in ${JSON.stringify(second)}, which is neither a connector id (${STRING_CONSTRAINTS.connectorId.hint}) nor a connector type. Use ${IMPORT_FORMS}.`;
}
