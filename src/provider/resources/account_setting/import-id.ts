import { checkAccountSetting } from '../../../evs/constraints';

/** The setting's name from an import id or identity, or a sentence saying what is wrong (`where`: how it was given). */
export function parseSettingName(name: unknown, where: string): string | { error: string } {
  const text = typeof name === 'string' ? name : '';
  const bad = checkAccountSetting(text, undefined);
  return bad ? { error: `${where} ${bad.problem} Import an account setting by its name, e.g. vcfPortedCoreCount.` } : text;
}
