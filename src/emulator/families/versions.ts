/**
 * What EVS offers and account settings: GetVersions (a fixed table), GetAccountSettings and
 * PutAccountSettings (kept in the store, per account and Region of this service).
 */
import { checkAccountSetting, checkString, type InstanceType, type VcfVersion } from '../../evs/constraints';
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

function checkSettings(input: Input) {
  // Only well-formed items are judged here; the member rules report the others.
  const list = Array.isArray(input.settings) ? (input.settings as { name: unknown; value: unknown }[]) : [];
  return list.flatMap((s, i) => {
    if (!s || typeof s.name !== 'string' || typeof s.value !== 'string') return [];
    if (checkString('settingName', s.name) || checkString('settingValue', s.value)) return [];
    const bad = checkAccountSetting(s.name, s.value);
    return bad ? [{ name: `settings[${i}].${bad.member}`, message: `settings[${i}].${bad.member} ${bad.problem}` }] : [];
  });
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
  // Settings never put are left out (an empty list before the first Put), as the model says.
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
      // The model allows an empty list (AccountSettingList min 0): nothing changes.
      const twice = names.find((n, i) => names.indexOf(n) !== i);
      if (twice) throw fieldErrors([{ name: 'settings', message: `settings names ${twice} more than once.` }]);
      for (const s of list) ctx.store.accountSettings.set(s.name, s.value);
      ctx.store.onChange();
      return { settings: list.map((s) => ({ name: s.name, value: s.value })) };
    },
  },
} satisfies Family;
