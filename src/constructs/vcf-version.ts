/**
 * The VCF version of an EVS environment (EVS `VcfVersion`). The static members are the versions of
 * the pinned EVS model (`test/constructs/enums.test.ts` holds them against the constraint table);
 * `VcfVersion.of` takes a version released since.
 */
export class VcfVersion {
  /** VMware Cloud Foundation 5.2.1, deployed by EVS. */
  public static readonly VCF_5_2_1 = new VcfVersion('VCF-5.2.1');
  /** VMware Cloud Foundation 5.2.2, deployed by EVS. */
  public static readonly VCF_5_2_2 = new VcfVersion('VCF-5.2.2');
  /**
   * EVS makes only the VLAN subnets; you deploy VCF yourself. Such an environment takes no
   * `hosts`, `licenseInfo`, `vcfHostnames`, `siteId` or `routeServerPeerings`.
   */
  public static readonly SELF_DEPLOYED = new VcfVersion('SELF_DEPLOYED');

  /**
   * A version by its EVS name, e.g. `VCF-5.2.2`: for versions EVS offers that this library does
   * not list yet. Not checked at synth; the provider checks it at plan against its own table (a
   * newer provider, with `bundledProvider: false`, knows newer versions).
   */
  public static of(version: string): VcfVersion {
    return new VcfVersion(version);
  }

  private constructor(
    /** The version as EVS names it, e.g. `VCF-5.2.2`. */
    public readonly value: string,
  ) {}

  /** Whether EVS deploys VCF into the environment (every version but `SELF_DEPLOYED`). */
  public get deploysVcf(): boolean {
    return this.value !== VcfVersion.SELF_DEPLOYED.value;
  }

  public toString(): string {
    return this.value;
  }
}
