/** The control interface over HTTP: JSON routes under `/_emulator/`, no SigV4. */
import { checkString } from '../evs/constraints';
import { PACKAGE_VERSION } from '../names';
import { ControlError, type EmulatorControl } from './control';
import { OPERATIONS, type EnvironmentSeed } from './model';

export const CONTROL_PREFIX = '/_emulator/';

export interface ControlResponse {
  status: number;
  body?: unknown;
}

function seedsOf(body: unknown): EnvironmentSeed[] {
  if (Array.isArray(body)) return body as EnvironmentSeed[];
  if (body && typeof body === 'object' && Array.isArray((body as { environments?: unknown }).environments)) {
    return (body as { environments: EnvironmentSeed[] }).environments;
  }
  return [body as EnvironmentSeed];
}

/** Path segments, decoded; a malformed %-escape is bad input (400), not a server error. */
function segments(path: string): string[] {
  return path
    .slice(CONTROL_PREFIX.length)
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        throw new ControlError(400, `The path segment ${JSON.stringify(part.slice(0, 100))} holds a malformed %-escape.`);
      }
    });
}

/** An id in a route must have the id's form: anything else is bad input (400), not "not found". */
const ID_NAMES = { environmentId: 'Environment', connectorId: 'Connector', vmId: 'VM' } as const;

function checkedId(kind: keyof typeof ID_NAMES, id: string): string {
  const problem = checkString(kind, id);
  if (problem) throw new ControlError(400, `${ID_NAMES[kind]} id ${problem}`);
  return id;
}

/** Routes one control request; `path` is the URL path, `body` the parsed JSON (or undefined). */
export async function routeControl(
  control: EmulatorControl,
  method: string,
  path: string,
  body: unknown,
): Promise<ControlResponse> {
  const parts = segments(path);
  const [resource, id, sub, subId] = parts;
  const ok = (value: unknown): ControlResponse => ({ status: 200, body: value });
  const done: ControlResponse = { status: 204 };
  // e.g. `PATCH connectors/:id/entitlements/:sub`
  const key =
    parts.length > 4
      ? ''
      : `${method} ${resource ?? ''}${id !== undefined ? '/:id' : ''}${sub !== undefined ? `/${sub}` : ''}${subId !== undefined ? '/:sub' : ''}`;
  const input = (body ?? {}) as never;
  switch (key) {
    case 'GET health':
      return ok({
        ok: true,
        version: PACKAGE_VERSION,
        operations: [...OPERATIONS],
        resources: {
          environments: (await control.listEnvironments()).length,
          hosts: (await control.listHosts()).length,
          vlans: (await control.listVlans()).length,
          connectors: (await control.listConnectors()).length,
          entitlements: (await control.listEntitlements()).length,
        },
      });
    case 'GET environments':
      return ok(await control.listEnvironments());
    case 'POST environments':
      return ok(await control.seedEnvironments(seedsOf(body)));
    case 'PATCH environments/:id':
      checkedId('environmentId', id!);
      return ok(await control.updateEnvironment(id!, input));
    case 'DELETE environments/:id':
      checkedId('environmentId', id!);
      await control.deleteEnvironment(id!);
      return done;
    case 'GET hosts':
      return ok(await control.listHosts());
    case 'PATCH environments/:id/hosts/:sub':
      checkedId('environmentId', id!);
      return ok(await control.updateHost(id!, subId!, input));
    case 'DELETE environments/:id/hosts/:sub':
      checkedId('environmentId', id!);
      await control.deleteHost(id!, subId!);
      return done;
    case 'GET vlans':
      return ok(await control.listVlans());
    case 'PATCH environments/:id/vlans/:sub':
      checkedId('environmentId', id!);
      return ok(await control.updateVlan(id!, subId!, input));
    case 'GET connectors':
      return ok(await control.listConnectors());
    case 'PATCH connectors/:id':
      checkedId('connectorId', id!);
      return ok(await control.updateConnector(id!, input));
    case 'DELETE connectors/:id':
      checkedId('connectorId', id!);
      await control.deleteConnector(id!);
      return done;
    case 'GET connectors/:id/vms':
      checkedId('connectorId', id!);
      return ok(await control.getConnectorVms(id!));
    case 'PUT connectors/:id/vms':
      checkedId('connectorId', id!);
      return ok(await control.setConnectorVms(id!, body as never));
    case 'PATCH connectors/:id/entitlements/:sub':
      checkedId('connectorId', id!);
      checkedId('vmId', subId!);
      return ok(await control.updateEntitlement(id!, subId!, input));
    case 'GET entitlements':
      return ok(await control.listEntitlements());
    case 'GET durations':
      return ok(await control.getDurations());
    case 'PUT durations':
      return ok(await control.setDurations(input));
    case 'GET faults':
      return ok(await control.getFaults());
    case 'PUT faults':
      return ok(await control.setFaults(input));
    case 'DELETE faults':
      await control.clearFaults();
      return done;
    case 'GET rate-limits':
      return ok(await control.getRateLimits());
    case 'PUT rate-limits':
      return ok(await control.setRateLimits(input));
    case 'GET counters':
      return ok(await control.getCounters());
    case 'DELETE counters':
      await control.resetCounters();
      return done;
    case 'POST reset':
      await control.reset();
      return done;
    default:
      throw new ControlError(404, `No control route ${method} ${path}. See the README section "Local EVS service".`);
  }
}
