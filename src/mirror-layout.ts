/**
 * Where the provider executable goes in a Terraform/OpenTofu filesystem mirror:
 *   HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION
 * One layout for `evs-provider install` and for the constructs' stack-local mirror. Plain Node
 * only (the construct library compiles this file with jsii).
 */
import { join } from 'node:path';
import { PROVIDER_EXECUTABLE, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION } from './names';

/** Terraform's platform name for this machine, e.g. `linux_amd64` or `windows_amd64`. */
export function terraformPlatform(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = ({ x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' } as Record<string, string>)[process.arch] ?? process.arch;
  return `${os}_${arch}`;
}

/** The executable's path inside a mirror, below the mirror's root, for one registry host. */
export function mirrorExecutablePath(host: string, platform: string = terraformPlatform()): string {
  return join(host, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION, platform, `${PROVIDER_EXECUTABLE}_v${PROVIDER_VERSION}`);
}
