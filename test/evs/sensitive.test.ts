import { isSensitiveMember, MODEL_SENSITIVE_MEMBERS, redactSensitive } from '../../src/evs';
import { readReference } from '../support/reference';

const shapes: Record<string, { type?: string; sensitive?: boolean; members?: Record<string, { shape: string }>; member?: { shape: string } }> =
  readReference('service-2.json').shapes;

/** Every member, in any structure of the model, whose shape is (or lists) a sensitive shape. */
function modelSensitiveMembers(): string[] {
  const sensitive = (name: string): boolean => {
    const s = shapes[name]!;
    return s.sensitive === true || (s.type === 'list' && sensitive(s.member!.shape));
  };
  const out = new Set<string>();
  for (const s of Object.values(shapes)) {
    for (const [member, ref] of Object.entries(s.members ?? {})) if (sensitive(ref.shape)) out.add(member);
  }
  return [...out].sort();
}

test('the sensitive members are exactly those the official model marks sensitive', () => {
  expect([...MODEL_SENSITIVE_MEMBERS].sort()).toEqual(modelSensitiveMembers());
});

test('redactSensitive hides sensitive and credential members at any depth, nothing else', () => {
  const body = {
    environmentId: 'env-0123456789',
    secretIdentifier: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/vcenter-AbCdEf',
    licenseInfo: [{ solutionKey: 'AAAAA-BBBBB', vsanKey: 'CCCCC-DDDDD' }],
    nested: { SessionToken: 'tok', nextToken: 'page-2', clientToken: 'idem-1' },
  };
  expect(redactSensitive(body)).toEqual({
    environmentId: 'env-0123456789',
    secretIdentifier: body.secretIdentifier,
    licenseInfo: [{ solutionKey: '[redacted]', vsanKey: '[redacted]' }],
    nested: { SessionToken: '[redacted]', nextToken: 'page-2', clientToken: 'idem-1' },
  });
  expect(body.licenseInfo[0]!.solutionKey).toBe('AAAAA-BBBBB');
  expect(isSensitiveMember('secretArn')).toBe(false);
  expect(redactSensitive('plain')).toBe('plain');
});
