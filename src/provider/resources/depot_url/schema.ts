import { attribute, defineSchema } from '../../framework/schema';
import { constraint } from '../../framework/validators';

export const depotUrlDataSourceSchema = defineSchema({
  version: 0,
  description:
    'The EVS Custom Addon depot of an Amazon EVS environment (GetDepotUrl): the URL vSphere Lifecycle Manager downloads from, with its access token.\n\n' +
    '**Reading it with `rotate = true` has a side effect: EVS revokes the token and issues a new one on every read** (every plan and refresh), and URLs with the old token stop working within 5 minutes. ' +
    'Set `rotate = true` only for one deliberate apply, then set it back to `false`.',
  attributes: {
    environment_id: attribute.string({ required: true, description: 'ID of the EVS environment, e.g. `env-0123456789`.', validators: [constraint('environmentId')] }),
    rotate: attribute.bool({
      optional: true,
      description: 'Ask EVS for a new token, revoking the current one. Default `false`: the current URL and token are read, nothing changes. With `true`, every read (each plan and refresh) rotates the token again.',
    }),
    depot_url: attribute.string({ computed: true, sensitive: true, description: 'URL of the depot for vSphere Lifecycle Manager; the token is part of it, so it is sensitive too.' }),
    token: attribute.string({ computed: true, sensitive: true, description: 'The depot\'s access token.' }),
  },
});
