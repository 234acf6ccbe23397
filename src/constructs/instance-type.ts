/**
 * The EC2 bare-metal instance type of an ESX host (EVS `InstanceType`). The static members are the
 * types of the pinned EVS model (`test/constructs/enums.test.ts` holds them against the constraint
 * table); `InstanceType.of` takes a type offered since. `data.evs_versions` (`DataVersions`) lists
 * which types each VCF version offers.
 */
export class InstanceType {
  /** `i4i.metal` (VCF 5.2.x and self-deployed). */
  public static readonly I4I_METAL = new InstanceType('i4i.metal');
  /** `i7i.metal-24xl` (VCF 5.2.x and self-deployed). */
  public static readonly I7I_METAL_24XL = new InstanceType('i7i.metal-24xl');
  /** `i7i.metal-48xl` (VCF 5.2.x and self-deployed). */
  public static readonly I7I_METAL_48XL = new InstanceType('i7i.metal-48xl');
  /** `r7i.metal-24xl` (self-deployed environments). */
  public static readonly R7I_METAL_24XL = new InstanceType('r7i.metal-24xl');
  /** `r7i.metal-48xl` (self-deployed environments). */
  public static readonly R7I_METAL_48XL = new InstanceType('r7i.metal-48xl');

  /**
   * An instance type by its EC2 name, e.g. `i4i.metal`: for types EVS offers that this library
   * does not list yet. Not checked at synth; the provider checks it at plan against its own table.
   */
  public static of(instanceType: string): InstanceType {
    return new InstanceType(instanceType);
  }

  private constructor(
    /** The EC2 name, e.g. `i4i.metal`. */
    public readonly value: string,
  ) {}

  public toString(): string {
    return this.value;
  }
}
