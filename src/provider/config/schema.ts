import { EMULATOR_PORT } from '../../names';
import { attr } from '../framework/path';
import { attribute, defineSchema } from '../framework/schema';
import { tagMap } from '../resources/shared/tag-rules';
import { allOrNone, duration, eachElement, intBetween, oneOf, type } from './validators';

/**
 * The provider block. Every argument also comes from the usual AWS environment variables through
 * the SDK's own resolution (AWS_REGION, AWS_DEFAULT_REGION, AWS_PROFILE, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE,
 * AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, AWS_ENDPOINT_URL_EVS /
 * AWS_ENDPOINT_URL, AWS_MAX_ATTEMPTS, AWS_RETRY_MODE).
 */
export const providerSchema = defineSchema({
  version: 0,
  description:
    'The `evs` provider manages Amazon Elastic VMware Service (EVS) environment connectors. ' +
    'Credentials and settings come from the provider block, else from the standard AWS environment variables and shared files, as with the AWS SDKs. ' +
    'Credentials are looked up when the provider is configured: without any, plan and apply stop with "No valid credential sources found" and the places searched, as with the Terraform AWS provider.',
  attributes: {
    region: attribute.string({
      optional: true,
      description:
        'AWS region of the EVS environments, e.g. `us-east-1`. Default: `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the `region` of the profile in the shared config file, else the region of the EC2 instance the provider runs on.',
      validators: [type.region],
    }),
    profile: attribute.string({
      optional: true,
      description: 'Named profile of the shared config and credentials files. Default: `AWS_PROFILE`, else `default`.',
      validators: [type.nonEmpty],
    }),
    shared_config_files: attribute.list('string', {
      optional: true,
      description:
        'Paths of shared config files. Default: `AWS_CONFIG_FILE`, else `~/.aws/config`. The AWS SDK for JavaScript reads one file, so only the first entry is used (a warning says so when there are more).',
      validators: [eachElement(type.nonEmpty, 'list')],
    }),
    shared_credentials_files: attribute.list('string', {
      optional: true,
      description:
        'Paths of shared credentials files. Default: `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/credentials`. Only the first entry is used, as for `shared_config_files`.',
      validators: [eachElement(type.nonEmpty, 'list')],
    }),
    access_key: attribute.string({
      optional: true,
      description: 'AWS access key id. Set together with `secret_key`. Default: `AWS_ACCESS_KEY_ID` (or a profile).',
      validators: [type.accessKey],
    }),
    secret_key: attribute.string({
      optional: true,
      sensitive: true,
      description: 'AWS secret access key. Set together with `access_key`. Default: `AWS_SECRET_ACCESS_KEY`.',
      validators: [type.nonEmpty],
    }),
    token: attribute.string({
      optional: true,
      sensitive: true,
      description: 'Session token for temporary credentials. Default: `AWS_SESSION_TOKEN`.',
      validators: [type.nonEmpty],
    }),
    endpoint: attribute.string({
      optional: true,
      description:
        `Custom EVS endpoint URL, e.g. \`http://127.0.0.1:${EMULATOR_PORT}\` for the local EVS service. Default: \`AWS_ENDPOINT_URL_EVS\`, else \`AWS_ENDPOINT_URL\`, else the regional AWS endpoint.`,
      validators: [type.url],
    }),
    max_retries: attribute.number({
      optional: true,
      description:
        'How many times a failed API call (throttling, server errors, network errors) is retried; each call has its own retries, and the pauses grow exponentially with jitter up to 20 seconds (longer, by up to 5 seconds, when EVS asks for a pause). Default: `AWS_MAX_ATTEMPTS` minus one, else `max_attempts` of the profile minus one, else 25, as in the Terraform AWS provider.',
      validators: [intBetween(0, 100)],
    }),
    retry_mode: attribute.string({
      optional: true,
      description:
        'How retries are paced: `standard` (exponential backoff with jitter) or `adaptive` (the same, and the provider also slows its request rate while EVS throttles). Default: `AWS_RETRY_MODE`, else `retry_mode` of the profile, else `standard`.',
      validators: [oneOf(['standard', 'adaptive'])],
    }),
  },
  blocks: {
    default_tags: {
      nesting: 'single',
      description:
        'Tags every taggable resource of this provider gets (today: `evs_environment`), as with the Terraform AWS provider: a resource\'s own `tags` win over these for the same key, and the result is its `tags_all`. Changing them updates every tagged resource in place.',
      attributes: {
        tags: attribute.map('string', {
          optional: true,
          description: 'The default tags, e.g. `{ team = "vmware", env = "prod" }`. Keys and values follow the EVS tag rules (keys 1–128, values 0–256 characters of letters, digits and `_.:/=+-@`).',
          validators: [tagMap()],
        }),
      },
    },
    assume_role: {
      nesting: 'single',
      description: 'An IAM role to assume (STS AssumeRole) with the credentials found otherwise.',
      attributes: {
        role_arn: attribute.string({
          required: true,
          description: 'ARN of the IAM role to assume, e.g. `arn:aws:iam::123456789012:role/evs-admin`.',
          validators: [type.roleArn],
        }),
        session_name: attribute.string({
          optional: true,
          description: 'Session name (2–64 characters of letters, digits and `+=,.@-_`). Default: generated by the SDK.',
          validators: [type.sessionName],
        }),
        external_id: attribute.string({
          optional: true,
          description: 'External id the role\'s trust policy requires (2–1224 characters).',
          validators: [type.externalId],
        }),
        duration: attribute.string({
          optional: true,
          description: 'Session length, from `15m` to `12h`, e.g. `1h`. Default: `1h`.',
          validators: [duration({ minMs: 15 * 60_000, maxMs: 12 * 3_600_000 })],
        }),
      },
    },
  },
  validators: [
    allOrNone('access_key', 'secret_key'),
    (config, diags) => {
      if (config['token'] !== null && config['token'] !== undefined && (config['access_key'] === null || config['access_key'] === undefined)) {
        diags.error(
          'token without access_key',
          'A session token belongs to temporary credentials: set access_key and secret_key with it, or leave all three to the environment.',
          attr('token'),
        );
      }
    },
  ],
});
