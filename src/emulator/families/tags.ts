/**
 * Tags: TagResource, UntagResource and ListTagsForResource. Only environments carry tags, by ARN
 * (`arn:aws:evs:<region>:<account>:environment/<id>`); an ARN of another Region or account, or of
 * an environment that does not exist (or is DELETED), answers ResourceNotFoundException.
 *
 * - TagResource merges; more than 200 tags on the environment answers ServiceQuotaExceeded (the
 *   model's replacement of the deprecated TooManyTagsException).
 * - Keys starting with `aws:` are reserved for AWS (as across AWS tagging): ValidationException
 *   (the model's replacement of the deprecated TagPolicyException).
 */
import type { EnvironmentRecord } from '../model';
import { notFound, serviceQuotaExceeded } from '../protocol';
import { inputSpec } from '../validate';
import { environmentArn } from './environments';
import type { Family, Input, OperationContext } from './family';

export const MAX_TAGS = 200;

function taggedEnvironment(ctx: OperationContext, arn: string): EnvironmentRecord {
  const id = arn.slice(arn.lastIndexOf('/') + 1);
  const env = ctx.store.environments.get(id);
  if (!env || env.environmentState === 'DELETED' || environmentArn(id, ctx.account) !== arn) {
    throw notFound('environment', arn, `Resource ${arn} was not found.`);
  }
  return env;
}

function reservedKeys(keys: unknown, member: string) {
  const list = Array.isArray(keys) ? keys : keys && typeof keys === 'object' ? Object.keys(keys) : [];
  return list
    .filter((k): k is string => typeof k === 'string' && k.toLowerCase().startsWith('aws:'))
    .map((k) => ({ name: member, message: `${member} key ${k} uses the prefix aws:, which is reserved for AWS.` }));
}

export const TAG_OPERATIONS = {
  TagResource: {
    input: inputSpec({ required: ['resourceArn', 'tags'] }),
    crossCheck: (input: Input) => reservedKeys(input.tags, 'tags'),
    handler: (input, ctx) => {
      const env = taggedEnvironment(ctx, input.resourceArn as string);
      const merged = { ...env.tags, ...(input.tags as Record<string, string>) };
      const count = Object.keys(merged).length;
      if (count > MAX_TAGS) {
        throw serviceQuotaExceeded(`Environment ${env.environmentId} would have ${count} tags; a resource holds at most ${MAX_TAGS}.`);
      }
      env.tags = merged;
      ctx.store.onChange();
      return {};
    },
  },
  UntagResource: {
    input: inputSpec({ required: ['resourceArn', 'tagKeys'] }),
    handler: (input, ctx) => {
      const env = taggedEnvironment(ctx, input.resourceArn as string);
      const tags = { ...env.tags };
      for (const k of input.tagKeys as string[]) delete tags[k];
      env.tags = tags;
      ctx.store.onChange();
      return {};
    },
  },
  ListTagsForResource: {
    input: inputSpec({ required: ['resourceArn'] }),
    handler: (input, ctx) => ({ tags: { ...taggedEnvironment(ctx, input.resourceArn as string).tags } }),
  },
} satisfies Family;

/** Tags in CreateEnvironment follow the same reservation. */
export const reservedTagKeys = (tags: unknown) => (tags === undefined ? [] : reservedKeys(tags, 'tags'));
