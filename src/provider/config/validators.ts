import type { Validator } from '../framework/schema';
import { EMULATOR_PORT } from '../../names';

export { allOrNone, duration, eachElement, intBetween, oneOf } from '../framework/validators';

/** A string validator from a test and a sentence describing a valid value. */
function matching(test: (s: string) => boolean, expected: string): Validator {
  return {
    description: expected,
    validate(value, path, diags) {
      if (typeof value !== 'string' || test(value)) return;
      diags.error(`Invalid value for ${path.toString()}`, `The value ${JSON.stringify(value)} is not valid; expected ${expected}.`, path);
    },
  };
}

function isUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Checks for provider arguments (the EVS constraint table covers only EVS shapes). */
export const type = {
  // Blank counts as empty: a profile or key of spaces is a mistake, never a value.
  nonEmpty: matching((s) => s.trim().length > 0, 'a non-empty string (not only white space)'),
  region: matching((s) => /^[a-z]{2}(-[a-z]+)+-\d+$/.test(s), 'an AWS region name such as us-east-1'),
  accessKey: matching((s) => /^[A-Z0-9]{16,128}$/.test(s), 'an access key id of 16 to 128 upper-case letters and digits, e.g. AKIAIOSFODNN7EXAMPLE'),
  url: matching(isUrl, `an http or https URL such as https://evs.us-east-1.amazonaws.com or http://127.0.0.1:${EMULATOR_PORT}`),
  roleArn: matching(
    (s) => /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(s),
    'an IAM role ARN such as arn:aws:iam::123456789012:role/evs-admin',
  ),
  sessionName: matching((s) => /^[\w+=,.@-]{2,64}$/.test(s), '2 to 64 letters, digits or +=,.@-_'),
  externalId: matching((s) => /^[\w+=,.@:/-]{2,1224}$/.test(s), '2 to 1224 letters, digits or +=,.@:/-_'),
};
