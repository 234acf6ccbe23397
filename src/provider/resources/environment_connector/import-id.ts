import { ENUMS, STRING_CONSTRAINTS, isConnectorType, type ConnectorType } from '../../../evs/constraints';
import type { ObjectValue } from '../../protocol/provider-api';

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

/**
 * Checks a resource identity from an `import { identity = { … } }` block (engines ≥ 1.12). An
 * identity names exactly one connector by its two ids; a connector type is refused (the id form
 * `environment_id/TYPE` is the lookup by type). The sentence names the identity attribute.
 */
export function parseImportIdentity(identity: ObjectValue): { environmentId: string; connectorId: string } | string {
  const environmentId = identity['environment_id'];
  const connectorId = identity['connector_id'];
  const shown = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : 'missing');
  if (typeof environmentId !== 'string' || !ENV.test(environmentId)) {
    return `The identity's environment_id (${shown(environmentId)}) is not an environment id: expected ${STRING_CONSTRAINTS.environmentId.hint}.`;
  }
  if (typeof connectorId === 'string' && isConnectorType(connectorId)) {
    return (
      `The identity's connector_id is ${JSON.stringify(connectorId)}, a connector type: an identity names one connector by its id ` +
      `(${STRING_CONSTRAINTS.connectorId.hint}). Put the connector's id there, or import by type with an id instead of an ` +
      `identity: id = "${environmentId}/${connectorId}".`
    );
  }
  if (typeof connectorId !== 'string' || !CONNECTOR.test(connectorId)) {
    return `The identity's connector_id (${shown(connectorId)}) is not a connector id: expected ${STRING_CONSTRAINTS.connectorId.hint}.`;
  }
  return { environmentId, connectorId };
}
