/**
 * The two runtimes the construct library is built for, from one source: cdktf 0.21 (HashiCorp,
 * archived) and cdktn 0.24 (CDK Terrain, its continuation). Only the runtime import and the package
 * names differ. The root package.json is the cdktf variant; the cdktn variant is staged under
 * build/cdktn with the names below.
 */
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface Variant {
  readonly runtime: 'cdktf' | 'cdktn';
  /** Folder holding the package.json jsii compiles. */
  readonly packageDir: string;
  readonly npmName: string;
  readonly pythonDist: string;
  readonly pythonModule: string;
  readonly goModule: string;
  readonly goPackage: string;
  readonly peerDependencies: Record<string, string>;
  /** jsii-pacmak output: js/, python/, go/ below it. */
  readonly distDir: string;
  /** Runtime packages a consumer installs beside ours. */
  readonly pythonRuntime: string;
  readonly goRuntimeModule: string;
}

export const CDKTF: Variant = {
  runtime: 'cdktf',
  packageDir: ROOT,
  npmName: '@evslabs/cdktf-evs',
  pythonDist: 'evslabs-cdktf-evs',
  pythonModule: 'evslabs_cdktf_evs',
  goModule: 'github.com/evslabs/cdktf-evs-go',
  goPackage: 'evs',
  peerDependencies: { cdktf: '^0.21.0', constructs: '^10.4.2' },
  distDir: join(ROOT, 'dist', 'cdktf'),
  pythonRuntime: 'cdktf==0.21.0',
  goRuntimeModule: 'github.com/hashicorp/terraform-cdk-go/cdktf',
};

export const CDKTN: Variant = {
  runtime: 'cdktn',
  packageDir: join(ROOT, 'build', 'cdktn'),
  npmName: '@evslabs/cdktn-evs',
  pythonDist: 'evslabs-cdktn-evs',
  pythonModule: 'evslabs_cdktn_evs',
  goModule: 'github.com/evslabs/cdktn-evs-go',
  goPackage: 'evs',
  peerDependencies: { cdktn: '^0.24.0', constructs: '>=10.6.0 <10.8.0' },
  distDir: join(ROOT, 'dist', 'cdktn'),
  pythonRuntime: 'cdktn==0.24.0',
  goRuntimeModule: 'github.com/open-constructs/cdk-terrain-go/cdktn',
};

export const VARIANTS: readonly Variant[] = [CDKTF, CDKTN];

/** Go module directory pacmak writes for a variant. */
export function goModuleDir(v: Variant): string {
  return join(v.distDir, 'go', v.goPackage);
}
