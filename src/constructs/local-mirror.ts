/**
 * Zero-config provider: the provider executable travels inside this package (and so inside the
 * Python wheel and Go module, which embed the npm tarball). At synth it is copied into the stack's
 * implied local mirror, `terraform.d/plugins/HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/`, which Terraform
 * and OpenTofu search in the working directory without any CLI configuration or registry access.
 * The packaged provider is a Node.js program, the same file on every platform that has Node.js, so
 * the mirror serves all of them: a lock file made on one is accepted on the others (the package's
 * `h1:` hash is the same for each).
 */
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ISynthesisSession, TerraformStack } from 'cdktf';
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
import type { IConstruct } from 'constructs';
import { mirrorExecutablePath, terraformPlatform } from '../mirror-layout';
import { PROVIDER_EXECUTABLE, PROVIDER_HOSTNAME } from '../names';

/**
 * Where the package keeps the executable: `<package root>/dist/provider/`. This module sits two
 * levels below the root both as source (`src/constructs`) and compiled (`lib/constructs`).
 */
export function bundledProviderPath(): string {
  return process.env.EVS_PROVIDER_EXECUTABLE ?? join(__dirname, '..', '..', 'dist', 'provider', PROVIDER_EXECUTABLE);
}

/** The mirror path of the executable, relative to the stack's working directory (the engine runs where synth runs). */
export function mirrorRelativePath(platform: string = terraformPlatform()): string {
  return join('terraform.d', 'plugins', mirrorExecutablePath(PROVIDER_HOSTNAME, platform));
}

/**
 * The platforms the stack's mirror serves: those where a team runs engines with Node.js (Windows
 * cannot start the provider's `#!` script), and the synthesizing machine's own.
 */
export function mirrorPlatforms(): string[] {
  return [...new Set(['darwin_amd64', 'darwin_arm64', 'linux_amd64', 'linux_arm64', terraformPlatform()])].sort();
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
      let first: string | undefined;
      for (const platform of mirrorPlatforms()) {
        const target = join(stackDir, mirrorRelativePath(platform));
        mkdirSync(join(target, '..'), { recursive: true });
        rmSync(target, { force: true });
        // One copy; the other platforms' entries are hard links to it where the file system allows.
        try {
          if (!first) throw new Error('first copy');
          linkSync(first, target);
        } catch {
          copyFileSync(source, target);
          chmodSync(target, 0o755);
        }
        first ??= target;
      }
    },
  });
}
