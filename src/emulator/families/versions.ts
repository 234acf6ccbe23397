/**
 * What EVS offers and account settings: GetVersions (a fixed table), GetAccountSettings and
 * PutAccountSettings (kept in the store, per account and Region of this service).
 */
import type { InstanceType, VcfVersion } from '../../evs/constraints';
import { validationError } from '../protocol';
import { fieldErrors, inputSpec } from '../validate';
import type { Family, Input } from './family';

/** The VCF versions EVS deploys, their default ESX build and the instance types they run on. */
export const VCF_VERSIONS: readonly { vcfVersion: Exclude<VcfVersion, 'SELF_DEPLOYED'>; status: string; defaultEsxVersion: string; instanceTypes: InstanceType[] }[] = [
  { vcfVersion: 'VCF-5.2.1', status: 'AVAILABLE', defaultEsxVersion: '8.0.3-24280767', instanceTypes: ['i4i.metal'] },
  { vcfVersion: 'VCF-5.2.2', status: 'AVAILABLE', defaultEsxVersion: '8.0.3-24674464', instanceTypes: ['i4i.metal', 'i7i.metal-24xl'] },
];

/** The ESX builds each instance type can run. */
export const INSTANCE_TYPE_ESX_VERSIONS: Readonly<Partial<Record<InstanceType, readonly string[]>>> = {
  'i4i.metal': ['8.0.3-24280767', '8.0.3-24674464'],
  'i7i.metal-24xl': ['8.0.3-24674464'],
};

/** The default ESX build of a VCF version; SELF_DEPLOYED takes the newest. */
export function defaultEsxVersion(v: VcfVersion): string {
  return (VCF_VERSIONS.find((x) => x.vcfVersion === v) ?? VCF_VERSIONS[VCF_VERSIONS.length - 1]!).defaultEsxVersion;
}

/** Instance types a VCF version runs on (every offered one for SELF_DEPLOYED). */
export function instanceTypesOf(v: VcfVersion): readonly InstanceType[] {
  const found = VCF_VERSIONS.find((x) => x.vcfVersion === v);
  return found ? found.instanceTypes : (Object.keys(INSTANCE_TYPE_ESX_VERSIONS) as InstanceType[]);
}

/** The one setting the service documents: VCF licence cores ported to EVS, at most 1,000,000. */
const SETTINGS: Record<string, (value: string) => string | null> = {
  vcfPortedCoreCount: (v) => (/^[0-9]+$/.test(v) && Number(v) <= 1_000_000 ? null : 'must be a whole number from 0 to 1000000.'),
};

function checkSettings(input: Input) {
  // Runs before the member rules: only well-formed items are judged here.
  const list = Array.isArray(input.settings) ? (input.settings as { name: unknown; value: unknown }[]) : [];
  const problems = list.flatMap((s, i) => {
    if (!s || typeof s.name !== 'string' || typeof s.value !== 'string') return [];
    const check = SETTINGS[s.name];
    if (!check) {
      return [{ name: `settings[${i}].name`, message: `settings[${i}].name ${s.name} is not a setting; known: ${Object.keys(SETTINGS).join(', ')}.` }];
    }
    const m = check(s.value);
    return m ? [{ name: `settings[${i}].value`, message: `settings[${i}].value of ${s.name} ${m}` }] : [];
  });
  return problems;
}

const SETTING_ITEM = {
  kind: 'structure',
  required: ['name', 'value'],
  members: { name: { kind: 'string', constraint: 'settingName' }, value: { kind: 'string', constraint: 'settingValue' } },
} as const;

export const VERSION_OPERATIONS = {
  GetVersions: {
    input: inputSpec({ required: [] }),
    handler: () => ({
      vcfVersions: VCF_VERSIONS.map((v) => ({ ...v, instanceTypes: [...v.instanceTypes] })),
      instanceTypeEsxVersions: Object.entries(INSTANCE_TYPE_ESX_VERSIONS).map(([instanceType, esxVersions]) => ({
        instanceType,
        esxVersions: [...esxVersions!],
      })),
    }),
  },
  GetAccountSettings: {
    input: inputSpec({ required: [] }),
    handler: (_input, ctx) => ({
      settings: [...ctx.store.accountSettings.entries()].map(([name, value]) => ({ name, value })),
    }),
  },
  PutAccountSettings: {
    input: inputSpec({ required: ['settings'], rules: { settings: { kind: 'structureList', count: 'settings', item: SETTING_ITEM } } }),
    crossCheck: checkSettings,
    handler: (input, ctx) => {
      const list = input.settings as { name: string; value: string }[];
      const names = list.map((s) => s.name);
      const twice = names.find((n, i) => names.indexOf(n) !== i);
      if (twice) throw fieldErrors([{ name: 'settings', message: `settings names ${twice} more than once.` }]);
      if (list.length === 0) throw validationError('settings must name at least one setting to change.', 'other');
      for (const s of list) ctx.store.accountSettings.set(s.name, s.value);
      ctx.store.onChange();
      return { settings: list.map((s) => ({ name: s.name, value: s.value })) };
    },
  },
} satisfies Family;
