/** The control interface over HTTP: JSON routes under `/_emulator/`, no SigV4. */
import { ControlError, type EmulatorControl } from './control';
import type { EnvironmentSeed } from './model';

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

/** Routes one control request; `path` is the URL path, `body` the parsed JSON (or undefined). */
export async function routeControl(
  control: EmulatorControl,
  method: string,
  path: string,
  body: unknown,
): Promise<ControlResponse> {
  const parts = path.slice(CONTROL_PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
  const [resource, id, sub, subId] = parts;
  const ok = (value: unknown): ControlResponse => ({ status: 200, body: value });
  const done: ControlResponse = { status: 204 };
  // e.g. `PATCH connectors/:id/entitlements/:sub`
  const key = `${method} ${resource ?? ''}${id !== undefined ? '/:id' : ''}${sub !== undefined ? `/${sub}` : ''}${subId !== undefined ? '/:sub' : ''}`;
  const input = (body ?? {}) as never;
  switch (key) {
    case 'GET health':
      return ok({ ok: true });
    case 'GET environments':
      return ok(await control.listEnvironments());
    case 'POST environments':
      return ok(await control.seedEnvironments(seedsOf(body)));
    case 'PATCH environments/:id':
      return ok(await control.updateEnvironment(id!, input));
    case 'DELETE environments/:id':
      await control.deleteEnvironment(id!);
      return done;
    case 'GET connectors':
      return ok(await control.listConnectors());
    case 'PATCH connectors/:id':
      return ok(await control.updateConnector(id!, input));
    case 'DELETE connectors/:id':
      await control.deleteConnector(id!);
      return done;
    case 'GET connectors/:id/vms':
      return ok(await control.getConnectorVms(id!));
    case 'PUT connectors/:id/vms':
      return ok(await control.setConnectorVms(id!, body as never));
    case 'PATCH connectors/:id/entitlements/:sub':
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
