/**
 * `evs-provider install`: places the bundled provider executable into a Terraform/OpenTofu
 * filesystem mirror with the layout both engines expect:
 *   HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION
 * The default directory is the user's implied local mirror (~/.terraform.d/plugins), which both
 * engines search without any CLI configuration. The provider goes under both registry hosts by
 * default because `source = "evslabs/evs"` means registry.terraform.io to Terraform and
 * registry.opentofu.org to OpenTofu.
 */
import { Command } from 'commander';
import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { mirrorExecutablePath, terraformPlatform } from '../mirror-layout';
import { PACKAGE_VERSION, PROVIDER_EXECUTABLE, PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION } from '../names';

export const OPENTOFU_HOSTNAME = 'registry.opentofu.org';
export const DEFAULT_HOSTS: readonly string[] = [PROVIDER_HOSTNAME, OPENTOFU_HOSTNAME];

/** Terraform's platform string for this machine, e.g. `linux_amd64`. */
export const currentPlatform = terraformPlatform;

export function defaultMirrorDir(): string {
  return join(homedir(), '.terraform.d', 'plugins');
}

/** The bundled executable: beside this file once bundled, or in dist/ when run from source. */
export function defaultProviderBinary(): string {
  const candidates = [join(__dirname, PROVIDER_EXECUTABLE), resolve(__dirname, '..', '..', 'dist', 'provider', PROVIDER_EXECUTABLE)];
  return candidates.find((p) => existsSync(p)) ?? candidates[candidates.length - 1]!;
}

export interface InstallOptions {
  readonly dir?: string;
  readonly hosts?: readonly string[];
  readonly platform?: string;
  /** The provider executable to copy (default: the bundled one). */
  readonly binary?: string;
}

/** Copies the executable into the mirror (atomically, mode 0755); returns the installed paths. */
export function installProvider(opts: InstallOptions = {}): string[] {
  const dir = resolve(opts.dir ?? defaultMirrorDir());
  const binary = resolve(opts.binary ?? defaultProviderBinary());
  if (!existsSync(binary)) {
    throw new Error(`The provider executable ${binary} does not exist; build it first with \`npm run build:provider\`.`);
  }
  return (opts.hosts ?? DEFAULT_HOSTS).map((host) => {
    const target = join(dir, mirrorExecutablePath(host, opts.platform));
    mkdirSync(dirname(target), { recursive: true });
    // Copy then rename so an engine never sees a half-written executable.
    const tmp = `${target}.tmp-${process.pid}`;
    copyFileSync(binary, tmp);
    chmodSync(tmp, 0o755);
    renameSync(tmp, target);
    return target;
  });
}

export function installCommand(): Command {
  const program = new Command('evs-provider')
    .description('Terraform provider for Amazon EVS environment connectors')
    .version(PACKAGE_VERSION);
  program
    .command('install')
    .description('place the provider into a filesystem mirror (default: the implied mirror ~/.terraform.d/plugins)')
    .option('--dir <dir>', 'mirror directory', defaultMirrorDir())
    .option('--host <host...>', 'registry hosts to install under', [...DEFAULT_HOSTS])
    .option('--platform <os_arch>', 'platform directory', currentPlatform())
    .option('--binary <path>', 'provider executable to install (default: the bundled one)')
    .action((o: { dir: string; host: string[]; platform: string; binary?: string }) => {
      const paths = installProvider({ dir: o.dir, hosts: o.host, platform: o.platform, binary: o.binary });
      for (const p of paths) process.stdout.write(`installed ${p}\n`);
      process.stdout.write(
        `\nUse it with:\n  terraform {\n    required_providers {\n    evs = { source = "${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}", version = "${PROVIDER_VERSION}" }\n    }\n  }\n` +
          (resolve(o.dir) === resolve(defaultMirrorDir())
            ? ''
            : `and a CLI config (TF_CLI_CONFIG_FILE) with provider_installation { filesystem_mirror { path = "${resolve(o.dir)}" } }\n`),
      );
    });
  return program;
}

if (require.main === module) {
  installCommand()
    .parseAsync(process.argv)
    .catch((err: unknown) => {
      process.stderr.write(`evs-provider: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
