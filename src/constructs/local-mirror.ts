/**
 * Zero-config provider: the provider executable travels inside this package (and so inside the
 * Python wheel and Go module, which embed the npm tarball). At synth it is copied into the stack's
 * implied local mirror, `terraform.d/plugins/HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/`, which Terraform
 * and OpenTofu search in the working directory without any CLI configuration or registry access.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ISynthesisSession, TerraformStack } from 'cdktf';
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
import type { IConstruct } from 'constructs';
import {
  PROVIDER_EXECUTABLE,
  PROVIDER_HOSTNAME,
  PROVIDER_NAMESPACE,
  PROVIDER_TYPE,
  PROVIDER_VERSION,
} from '../names';

/**
 * Where the package keeps the executable: `<package root>/dist/provider/`. This module sits two
 * levels below the root both as source (`src/constructs`) and compiled (`lib/constructs`).
 */
export function bundledProviderPath(): string {
  return process.env.EVS_PROVIDER_EXECUTABLE ?? join(__dirname, '..', '..', 'dist', 'provider', PROVIDER_EXECUTABLE);
}

/** Terraform's platform name for this machine (the engine runs where synth runs). */
export function terraformPlatform(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = ({ x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' } as Record<string, string>)[process.arch] ?? process.arch;
  return `${os}_${arch}`;
}

/** The mirror path of the executable, relative to the stack's working directory. */
export function mirrorRelativePath(platform: string = terraformPlatform()): string {
  return join(
    'terraform.d',
    'plugins',
    PROVIDER_HOSTNAME,
    PROVIDER_NAMESPACE,
    PROVIDER_TYPE,
    PROVIDER_VERSION,
    platform,
    `${PROVIDER_EXECUTABLE}_v${PROVIDER_VERSION}`,
  );
}

/** Registers the copy on `construct`; runs once per synthesis of the stack. */
export function placeProviderAtSynth(construct: IConstruct, stack: TerraformStack): void {
  addCustomSynthesis(construct, {
    onSynthesize(session: ISynthesisSession): void {
      const source = bundledProviderPath();
      if (!existsSync(source)) {
        throw new Error(
          `${construct.node.path}: the EVS provider executable is missing from this package (${source}). ` +
            'Reinstall the package, or set bundledProvider: false and install the provider yourself.',
        );
      }
      const stackManifest = session.manifest.forStack(stack);
      const stackDir = join(session.outdir, stackManifest.workingDirectory);
      const target = join(stackDir, mirrorRelativePath());
      mkdirSync(join(target, '..'), { recursive: true });
      copyFileSync(source, target);
      chmodSync(target, 0o755);
    },
  });
}
