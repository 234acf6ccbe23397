/**
 * The control interface from another process: the same operations as the in-process handle,
 * over HTTP (`/_emulator/`), with fetch.
 */
import type {
  HostInfo,
  HostPatch,
  VlanInfo,
  VlanPatch,
  ConnectorInfo,
  ConnectorPatch,
  Counters,
  EmulatorControl,
  EntitlementInfo,
  EntitlementPatch,
  EnvironmentInfo,
  EnvironmentPatch,
  VmInfo,
} from './control';
import type { FaultConfig } from './faults';
import type { Durations, EnvironmentSeed } from './model';
import type { RateLimits } from './rate-limit';

export class EmulatorControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'EmulatorControlError';
  }
}

export class EmulatorControlClient implements EmulatorControl {
  private readonly base: string;

  /** `url` is the emulator's endpoint, e.g. http://127.0.0.1:4566. */
  constructor(url: string) {
    this.base = url.replace(/\/+$/, '') + '/_emulator/';
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(this.base + path, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) {
      let message = text;
      try {
        message = (JSON.parse(text) as { error?: string }).error ?? text;
      } catch {
        // not JSON: keep the text
      }
      throw new EmulatorControlError(res.status, message);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  listEnvironments(): Promise<EnvironmentInfo[]> {
    return this.call('GET', 'environments');
  }
  seedEnvironments(seeds: EnvironmentSeed[]): Promise<EnvironmentInfo[]> {
    return this.call('POST', 'environments', seeds);
  }
  updateEnvironment(id: string, patch: EnvironmentPatch): Promise<EnvironmentInfo> {
    return this.call('PATCH', `environments/${encodeURIComponent(id)}`, patch);
  }
  deleteEnvironment(id: string): Promise<void> {
    return this.call('DELETE', `environments/${encodeURIComponent(id)}`);
  }
  listHosts(): Promise<HostInfo[]> {
    return this.call('GET', 'hosts');
  }
  updateHost(environmentId: string, hostName: string, patch: HostPatch): Promise<HostInfo> {
    return this.call('PATCH', `environments/${encodeURIComponent(environmentId)}/hosts/${encodeURIComponent(hostName)}`, patch);
  }
  deleteHost(environmentId: string, hostName: string): Promise<void> {
    return this.call('DELETE', `environments/${encodeURIComponent(environmentId)}/hosts/${encodeURIComponent(hostName)}`);
  }
  listVlans(): Promise<VlanInfo[]> {
    return this.call('GET', 'vlans');
  }
  updateVlan(environmentId: string, functionName: string, patch: VlanPatch): Promise<VlanInfo> {
    return this.call('PATCH', `environments/${encodeURIComponent(environmentId)}/vlans/${encodeURIComponent(functionName)}`, patch);
  }
  listConnectors(): Promise<ConnectorInfo[]> {
    return this.call('GET', 'connectors');
  }
  updateConnector(id: string, patch: ConnectorPatch): Promise<ConnectorInfo> {
    return this.call('PATCH', `connectors/${encodeURIComponent(id)}`, patch);
  }
  deleteConnector(id: string): Promise<void> {
    return this.call('DELETE', `connectors/${encodeURIComponent(id)}`);
  }
  getConnectorVms(id: string): Promise<VmInfo[]> {
    return this.call('GET', `connectors/${encodeURIComponent(id)}/vms`);
  }
  setConnectorVms(id: string, vms: (VmInfo | { vmId: string; vmName?: string } | string)[]): Promise<VmInfo[]> {
    return this.call('PUT', `connectors/${encodeURIComponent(id)}/vms`, vms);
  }
  listEntitlements(): Promise<EntitlementInfo[]> {
    return this.call('GET', 'entitlements');
  }
  updateEntitlement(connectorId: string, vmId: string, patch: EntitlementPatch): Promise<EntitlementInfo> {
    return this.call('PATCH', `connectors/${encodeURIComponent(connectorId)}/entitlements/${encodeURIComponent(vmId)}`, patch);
  }
  getDurations(): Promise<Durations> {
    return this.call('GET', 'durations');
  }
  setDurations(durations: Partial<Durations>): Promise<Durations> {
    return this.call('PUT', 'durations', durations);
  }
  getFaults(): Promise<FaultConfig> {
    return this.call('GET', 'faults');
  }
  setFaults(faults: FaultConfig): Promise<FaultConfig> {
    return this.call('PUT', 'faults', faults);
  }
  clearFaults(): Promise<void> {
    return this.call('DELETE', 'faults');
  }
  getRateLimits(): Promise<RateLimits> {
    return this.call('GET', 'rate-limits');
  }
  setRateLimits(limits: RateLimits): Promise<RateLimits> {
    return this.call('PUT', 'rate-limits', limits);
  }
  getCounters(): Promise<Counters> {
    return this.call('GET', 'counters');
  }
  resetCounters(): Promise<void> {
    return this.call('DELETE', 'counters');
  }
  reset(): Promise<void> {
    return this.call('POST', 'reset');
  }
}
