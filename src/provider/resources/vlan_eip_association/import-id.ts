import { STRING_CONSTRAINTS } from '../../../evs/constraints';
import type { AssociationKey } from './find';

export const IMPORT_FORM = 'environment_id/vlan_name/allocation_id (e.g. env-0123456789/hcx/eipalloc-0123456789abcdef0)';

const ENV = new RegExp(`^${STRING_CONSTRAINTS.environmentId.pattern}$`);
const ALLOCATION = new RegExp(`^${STRING_CONSTRAINTS.allocationId.pattern}$`);
const fits = (s: string, c: { min?: number; max?: number }) => s.length >= (c.min ?? 0) && s.length <= (c.max ?? Infinity);

/** The three parts, or a sentence naming the part that is wrong (`where` says how it was given). */
function check(environmentId: string, vlanName: string, allocationId: string, where: (part: string) => string): AssociationKey | string {
  if (!ENV.test(environmentId)) return `${where('environment_id')} ${JSON.stringify(environmentId)} is not an environment id: expected ${STRING_CONSTRAINTS.environmentId.hint}.`;
  if (!fits(vlanName, STRING_CONSTRAINTS.vlanName)) return `${where('vlan_name')} ${JSON.stringify(vlanName)} is not a VLAN name: expected ${STRING_CONSTRAINTS.vlanName.hint}.`;
  if (!ALLOCATION.test(allocationId) || !fits(allocationId, STRING_CONSTRAINTS.allocationId)) {
    return `${where('allocation_id')} ${JSON.stringify(allocationId)} is not an Elastic IP allocation id: expected ${STRING_CONSTRAINTS.allocationId.hint}.`;
  }
  return { environmentId, vlanName, allocationId };
}

/** Parses an import id, or returns a sentence saying what is wrong and which form works. */
export function parseImportId(id: string): AssociationKey | string {
  const parts = id.split('/');
  if (parts.length !== 3) return `The import id ${JSON.stringify(id)} is not in the supported form. Use ${IMPORT_FORM}.`;
  const checked = check(parts[0]!, parts[1]!, parts[2]!, (part) => `The import id's ${part}`);
  return typeof checked === 'string' ? `${checked} Use ${IMPORT_FORM}.` : checked;
}

/** Checks a resource identity from an `import { identity = { … } }` block; the sentence names the identity attribute that is wrong. */
export function parseImportIdentity(identity: Record<string, unknown>): AssociationKey | string {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return check(text(identity['environment_id']), text(identity['vlan_name']), text(identity['allocation_id']), (part) => `The identity's ${part}`);
}
