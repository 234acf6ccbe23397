/**
 * The local EVS service: `startEmulator()` serves every EVS operation (environments, hosts,
 * VLANs, connectors, VM entitlements, tags, versions) over awsJson1_0 on loopback, with a control interface under `/_emulator/` (see
 * README, "Local EVS service").
 */
export { startEmulator, type EmulatorOptions, type RunningEmulator } from './server';
export { EmulatorControlClient, EmulatorControlError } from './control-client';
export type {
  ConnectorInfo,
  ConnectorPatch,
  Counters,
  EmulatorControl,
  EntitlementInfo,
  EntitlementPatch,
  EnvironmentInfo,
  EnvironmentPatch,
  HostInfo,
  HostPatch,
  OperationCounter,
  VlanInfo,
  VlanPatch,
  VmInfo,
} from './control';
export type { AccessKey } from './auth';
export type { FaultConfig, FailNext } from './faults';
export type { RateLimit, RateLimits } from './rate-limit';
export type { Durations, EnvironmentSeed, OperationName } from './model';
export { DEFAULT_DURATIONS, OPERATIONS } from './model';
export { DEFAULT_ENVIRONMENT } from './evs-state';
