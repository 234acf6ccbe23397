import { ENUMS, STRING_CONSTRAINTS } from '../../../evs/constraints';
import type { Scope } from './find';

export const IMPORT_FORM = `environment_id/connector_id/TYPE (e.g. env-0123456789/cnctr-0123456789/WINDOWS_SERVER, TYPE one of ${ENUMS.EntitlementType.join(', ')})`;

const ENV = new RegExp(`^${STRING_CONSTRAINTS.environmentId.pattern}$`);
const CONNECTOR = new RegExp(`^${STRING_CONSTRAINTS.connectorId.pattern}$`);

/** Parses an import id, or returns a sentence saying what is wrong and which form works. */
export function parseImportId(id: string): Scope | string {
  const parts = id.split('/');
  if (parts.length !== 3) return `The import id ${JSON.stringify(id)} is not in the supported form. Use ${IMPORT_FORM}.`;
  const [environmentId, connectorId, type] = parts as [string, string, string];
  if (!ENV.test(environmentId)) {
    return `The import id ${JSON.stringify(id)} does not start with an environment id (${STRING_CONSTRAINTS.environmentId.hint}). Use ${IMPORT_FORM}.`;
  }
  if (!CONNECTOR.test(connectorId)) {
    return `The import id ${JSON.stringify(id)} has ${JSON.stringify(connectorId)} where the connector id goes (${STRING_CONSTRAINTS.connectorId.hint}). Use ${IMPORT_FORM}.`;
  }
  if (!(ENUMS.EntitlementType as readonly string[]).includes(type)) {
    return `The import id ${JSON.stringify(id)} ends in ${JSON.stringify(type)}, which is not an entitlement type. Use ${IMPORT_FORM}.`;
  }
  return { environmentId, connectorId, type };
}

/**
 * Checks a resource identity from an `import { identity = { … } }` block (engines ≥ 1.12): the
 * three parts of the id form; the sentence names the identity attribute that is wrong.
 */
export function parseImportIdentity(identity: Record<string, unknown>): Scope | string {
  const shown = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : 'missing');
  const { environment_id: environmentId, connector_id: connectorId, entitlement_type: type } = identity;
  if (typeof environmentId !== 'string' || !ENV.test(environmentId)) {
    return `The identity's environment_id (${shown(environmentId)}) is not an environment id: expected ${STRING_CONSTRAINTS.environmentId.hint}.`;
  }
  if (typeof connectorId !== 'string' || !CONNECTOR.test(connectorId)) {
    return `The identity's connector_id (${shown(connectorId)}) is not a connector id: expected ${STRING_CONSTRAINTS.connectorId.hint}.`;
  }
  if (typeof type !== 'string' || !(ENUMS.EntitlementType as readonly string[]).includes(type)) {
    return `The identity's entitlement_type (${shown(type)}) is not one of ${ENUMS.EntitlementType.join(', ')}.`;
  }
  return { environmentId, connectorId, type };
}
