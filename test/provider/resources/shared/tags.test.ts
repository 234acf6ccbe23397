import { UNKNOWN } from '../../../../src/provider/protocol/provider-api';
import { defaultTagsFrom, mergeTags, ownTags, tagChanges } from '../../../../src/provider/resources/shared/tags';

describe('tags as the Terraform AWS provider has them', () => {
  test('tags_all is default_tags merged with tags, the resource winning', () => {
    expect(mergeTags({ team: 'vmware', env: 'prod' }, { env: 'test', app: 'x' })).toEqual({ team: 'vmware', env: 'test', app: 'x' });
    expect(mergeTags({ team: 'vmware' }, null)).toEqual({ team: 'vmware' });
  });

  test('tags read back: default tags with their default value drop out unless the resource sets the key', () => {
    const remote = { team: 'vmware', env: 'prod', app: 'x' };
    expect(ownTags(remote, { team: 'vmware', env: 'prod' }, { app: 'x' })).toEqual({ app: 'x' });
    expect(ownTags(remote, { team: 'vmware', env: 'prod' }, { app: 'x', env: 'prod' })).toEqual({ app: 'x', env: 'prod' });
    // A default tag changed outside Terraform is not the default any more: it shows (drift to undo).
    expect(ownTags({ team: 'storage' }, { team: 'vmware' }, null)).toEqual({ team: 'storage' });
    // A tag added outside Terraform shows too.
    expect(ownTags({ team: 'vmware', extra: '1' }, { team: 'vmware' }, {})).toEqual({ extra: '1' });
    // Nothing of its own and none configured: tags stays null (no perpetual diff against an absent argument).
    expect(ownTags({ team: 'vmware' }, { team: 'vmware' }, null)).toBeNull();
    expect(ownTags({ team: 'vmware' }, { team: 'vmware' }, {})).toEqual({});
  });

  test('an update sets new and changed keys and removes the rest', () => {
    expect(tagChanges({ a: '1', b: '2', c: '3' }, { a: '1', b: '20', d: '4' })).toEqual({ set: { b: '20', d: '4' }, remove: ['c'] });
    expect(tagChanges({}, {})).toEqual({ set: {}, remove: [] });
  });

  test('default_tags from the provider block: absent, known, unknown', () => {
    expect(defaultTagsFrom({ default_tags: null })).toEqual({ known: true, tags: {} });
    expect(defaultTagsFrom({ default_tags: { tags: { team: 'vmware', gone: null } } })).toEqual({ known: true, tags: { team: 'vmware' } });
    expect(defaultTagsFrom({ default_tags: { tags: UNKNOWN } })).toEqual({ known: false });
    expect(defaultTagsFrom({ default_tags: { tags: { team: UNKNOWN } } })).toEqual({ known: false });
  });
});
