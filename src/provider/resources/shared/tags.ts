/**
 * Tags as the Terraform AWS provider has them, for every taggable resource by declaration:
 * `tags` (the resource's own, optional) and `tags_all` (computed: the provider's `default_tags`
 * merged with `tags`, the resource's value winning for a shared key).
 *
 * - Plan: `tags_all` is the merge, unknown while either side is unknown; a change of `tags` or of
 *   `default_tags` alone is an in-place update.
 * - Create: the resource sends `tags_all` with its create call (or, if its API cannot, the tags
 *   are set right after).
 * - Read: ListTagsForResource is the truth. `tags_all` is every tag the service holds; `tags` is
 *   that minus the default tags with the same value, except keys the resource itself sets. A tag
 *   added, changed or removed outside Terraform therefore shows as a change to undo, as it does
 *   with the AWS provider.
 * - Update: TagResource for added or changed keys of `tags_all`, UntagResource for removed ones.
 */
import type { EvsClient } from '../../../evs';
import { evsSdk } from '../../evs-sdk';
import { Diagnostics } from '../../framework/diagnostics';
import type { Model } from '../../framework/model';
import { attr } from '../../framework/path';
import type { PlanInput } from '../../framework/plan';
import type { TypedResource } from '../../framework/resource';
import { attribute, type SchemaDef } from '../../framework/schema';
import { isKnown, isPlainObject, valuesEqual } from '../../framework/values';
import { UNKNOWN, type CtyValue, type ObjectValue } from '../../protocol/provider-api';
import { log } from '../../log';
import { COUNT_CONSTRAINTS } from '../../../evs/constraints';
import type { DefaultTags, ProviderContext } from './context';
import { explain } from './explain';
import { tagMap } from './tag-rules';

export type Tags = Record<string, string>;

/** The two attributes a taggable resource declares (spread into its schema's attributes). */
export const TAG_ATTRIBUTES = {
  tags: attribute.map('string', {
    optional: true,
    description:
      'Tags of the resource. Merged over the provider\'s `default_tags` (these win for the same key) into `tags_all`. Changed in place (TagResource, UntagResource). Tags set outside Terraform show as a change to undo.',
    validators: [tagMap()],
  }),
  tags_all: attribute.map('string', {
    computed: true,
    description: 'Every tag of the resource: the provider\'s `default_tags` merged with `tags`, as EVS holds them.',
  }),
};

/** The provider block's `default_tags` (absent: none; unknown until apply: not known). */
export function defaultTagsFrom(providerConfig: ObjectValue): DefaultTags {
  const block = providerConfig['default_tags'];
  if (block === null || block === undefined) return { known: true, tags: {} };
  if (!isPlainObject(block)) return { known: false };
  const tags = block['tags'];
  if (tags === null || tags === undefined) return { known: true, tags: {} };
  if (!isPlainObject(tags) || Object.values(tags).some((v) => !isKnown(v) && v !== null)) return { known: false };
  return { known: true, tags: stringsOf(tags) };
}

/** The string entries of a map value (null values dropped, as the AWS provider does). */
function stringsOf(v: ObjectValue): Tags {
  const out: Tags = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

/** `default_tags` merged with `tags`; the resource's own value wins. */
export function mergeTags(defaults: Readonly<Tags>, own: Readonly<Tags> | null): Tags {
  return { ...defaults, ...(own ?? {}) };
}

/**
 * `tags` for state from what EVS holds: everything but the default tags carrying their default
 * value, unless the resource sets that key itself (`own`, from the configuration or prior state).
 * Null when nothing is left and the resource set no tags, so an absent `tags` stays absent.
 */
export function ownTags(remote: Readonly<Tags>, defaults: Readonly<Tags>, own: Readonly<Tags> | null): Tags | null {
  const out: Tags = {};
  for (const [k, v] of Object.entries(remote)) {
    if (defaults[k] === v && !(own && k in own)) continue;
    out[k] = v;
  }
  return Object.keys(out).length === 0 && own === null ? null : out;
}

/** What a change of `tags_all` takes: keys to set (new or changed) and keys to remove. */
export function tagChanges(before: Readonly<Tags>, after: Readonly<Tags>): { set: Tags; remove: string[] } {
  const set: Tags = {};
  for (const [k, v] of Object.entries(after)) if (before[k] !== v) set[k] = v;
  return { set, remove: Object.keys(before).filter((k) => !(k in after)) };
}

/** `tags_all` in a plan: the merge when everything is known, else unknown. */
export function planTagsAll(ctx: ProviderContext, planned: ObjectValue, diags: Diagnostics): ObjectValue {
  const own = planned['tags'];
  const defaults = ctx.defaultTags();
  if (!defaults.known || (own !== null && own !== undefined && (!isPlainObject(own) || Object.values(own).some((v) => !isKnown(v) && v !== null)))) {
    return { ...planned, tags_all: UNKNOWN };
  }
  const all = mergeTags(defaults.tags, isPlainObject(own) ? stringsOf(own) : null);
  const { max } = COUNT_CONSTRAINTS.tags;
  if (Object.keys(all).length > max) {
    diags.error(
      'Too many tags',
      `With the provider's default_tags this resource would carry ${Object.keys(all).length} tags; EVS accepts at most ${max}. Remove some from tags or default_tags.`,
      attr('tags'),
    );
  }
  return { ...planned, tags_all: all };
}

/** Every tag EVS holds on `arn`. */
export async function listTags(client: EvsClient, arn: string, signal?: AbortSignal): Promise<Tags> {
  const out = await client.send(new (evsSdk().ListTagsForResourceCommand)({ resourceArn: arn }), { abortSignal: signal });
  return { ...(out.tags ?? {}) };
}

/** Moves the tags on `arn` from `before` to `after` (UntagResource, then TagResource). */
export async function updateTags(client: EvsClient, arn: string, before: Readonly<Tags>, after: Readonly<Tags>, signal?: AbortSignal): Promise<void> {
  const { set, remove } = tagChanges(before, after);
  const { TagResourceCommand, UntagResourceCommand } = evsSdk();
  const per = COUNT_CONSTRAINTS.tags.max;
  for (let i = 0; i < remove.length; i += per) {
    log.info('removing tags', { resource_arn: arn, keys: remove.slice(i, i + per).join(',') });
    await client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: remove.slice(i, i + per) }), { abortSignal: signal });
  }
  if (Object.keys(set).length > 0) {
    log.info('setting tags', { resource_arn: arn, keys: Object.keys(set).join(',') });
    await client.send(new TagResourceCommand({ resourceArn: arn, tags: set }), { abortSignal: signal });
  }
}

/** The tag attributes of a model (every taggable schema spreads TAG_ATTRIBUTES). */
interface Tagged {
  tags: Record<string, string> | null;
  tags_all: Record<string, string> | null;
}

export interface TaggingOptions<S extends SchemaDef> {
  /** The resource's ARN in a model (state or the result of create). */
  arn(m: Model<S>): string | null;
  /** True when the resource's create call itself carries `tags_all` (else they are set right after). */
  readonly createTakesTags: boolean;
}

const mapOf = (v: CtyValue | Record<string, string> | null | undefined): Tags | null => (v && isPlainObject(v as CtyValue) ? stringsOf(v as ObjectValue) : null);

/**
 * A taggable resource: `r` declared with TAG_ATTRIBUTES in its schema and written as if tags did
 * not exist beyond its create call; this adds the plan, read, update and create behaviour above.
 * `r.update` is called only when something besides the tags changes.
 */
export function withTags<S extends SchemaDef>(ctx: ProviderContext, r: TypedResource<S>, opts: TaggingOptions<S>): TypedResource<S> {
  type M = Model<S> & Tagged;
  const defaults = (): Tags => {
    const d = ctx.defaultTags();
    return d.known ? { ...d.tags } : {};
  };

  /** The model with tags and tags_all from EVS; a failed tag read is an error, the rest kept. */
  async function withRemoteTags(m: M, own: Tags | null, diags: Diagnostics, what: string): Promise<M> {
    const arn = opts.arn(m);
    if (!arn) return m;
    try {
      const remote = await listTags(ctx.client(), arn, ctx.signal);
      return { ...m, tags: ownTags(remote, defaults(), own), tags_all: remote };
    } catch (err) {
      diags.error(`Reading the tags of ${what} failed`, explain(err));
      return m;
    }
  }

  return {
    ...r,
    modifyPlan(input: PlanInput, planned: ObjectValue, diags: Diagnostics): ObjectValue {
      const base = r.modifyPlan ? r.modifyPlan(input, planned, diags) : planned;
      return planTagsAll(ctx, base, diags);
    },

    async create(planned, diags) {
      const created = (await r.create(planned, diags)) as M | null;
      if (!created) return null;
      const p = planned as unknown as Tagged;
      const all = mapOf(p.tags_all) ?? mergeTags(defaults(), mapOf(p.tags));
      const arn = opts.arn(created as Model<S>);
      if (!opts.createTakesTags && arn && Object.keys(all).length > 0 && !diags.hasErrors()) {
        try {
          await updateTags(ctx.client(), arn, {}, all, ctx.signal);
        } catch (err) {
          diags.error('Tagging the new resource failed', explain(err, { kept: 'The resource is kept in state; the next apply sets its tags again.' }));
          return { ...created, tags: p.tags, tags_all: {} } as Model<S>;
        }
      }
      return { ...created, tags: p.tags, tags_all: all } as Model<S>;
    },

    async read(state, diags) {
      const read = (await r.read(state, diags)) as M | null;
      if (!read) return null;
      return (await withRemoteTags(read, mapOf((state as M).tags), diags, 'the resource')) as Model<S>;
    },

    async update(prior, planned, diags) {
      const before = mapOf((prior as M).tags_all) ?? {};
      const p = planned as unknown as Tagged;
      const after = mapOf(p.tags_all) ?? mergeTags(defaults(), mapOf(p.tags));
      let current = { ...(prior as M) };
      const arn = opts.arn(prior);
      if (arn) {
        try {
          await updateTags(ctx.client(), arn, before, after, ctx.signal);
          current = { ...current, tags: p.tags, tags_all: after };
        } catch (err) {
          diags.error('Updating the tags failed', explain(err, { kept: 'The tags EVS now holds are in state; the next apply tries again.' }));
          return (await withRemoteTags(current, mapOf(p.tags), new Diagnostics(), 'the resource')) as Model<S>;
        }
      }
      if (!othersChange(r.schema, prior as unknown as ObjectValue, planned as unknown as ObjectValue)) {
        return { ...(planned as unknown as M), tags: p.tags, tags_all: after } as Model<S>;
      }
      const updated = (await r.update(current as Model<S>, planned, diags)) as M | null;
      return updated && ({ ...updated, tags: p.tags, tags_all: after } as Model<S>);
    },
  };
}

/** Does anything other than the tags (and local-only settings) change between prior state and plan? */
function othersChange(schema: SchemaDef, prior: ObjectValue, planned: ObjectValue): boolean {
  const attrs = Object.entries(schema.attributes).filter(([n, a]) => n !== 'tags' && n !== 'tags_all' && !a.localOnly && (a.required || a.optional));
  const blocks = Object.entries(schema.blocks ?? {}).filter(([, b]) => !b.localOnly);
  return [...attrs, ...blocks].some(([name]) => !valuesEqual(prior[name], planned[name]));
}
