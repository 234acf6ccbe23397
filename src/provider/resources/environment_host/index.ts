import { RESOURCE_ENVIRONMENT_HOST } from '../../../names';
import type { Resource } from '../../framework/resource';
import type { Registered } from '../registry';
import { environmentHostResource } from './resource';
import { hostSchema } from './schema';

/** `evs_environment_host`, as the registry lists it. */
export const resources: readonly Registered<Resource>[] = [{ typeName: RESOURCE_ENVIRONMENT_HOST, schema: hostSchema, build: environmentHostResource }];
