import type { InstanceType } from './instance-type';

/** Where the EC2 instance of an ESX host runs: a placement group or a Dedicated Host, never both. */
export class HostPlacement {
  /** A cluster or partition placement group, e.g. `pg-0123456789abcdef0`. */
  public static placementGroup(placementGroupId: string): HostPlacement {
    return new HostPlacement(placementGroupId, undefined);
  }

  /** An EC2 Dedicated Host, e.g. `h-0123456789abcdef0`. */
  public static dedicatedHost(dedicatedHostId: string): HostPlacement {
    return new HostPlacement(undefined, dedicatedHostId);
  }

  private constructor(
    /** The placement group, when the host goes on one. */
    public readonly placementGroupId: string | undefined,
    /** The Dedicated Host, when the host goes on one. */
    public readonly dedicatedHostId: string | undefined,
  ) {}
}

/** What every ESX host needs besides its name (EVS `HostInfoForCreate`). */
export interface HostOptions {
  /** Name of the EC2 key pair for the host's instance. */
  readonly keyName: string;
  /** The EC2 bare-metal instance type, e.g. `InstanceType.I4I_METAL`. */
  readonly instanceType: InstanceType;
  /**
   * A placement group or a Dedicated Host for the host's instance.
   *
   * @default EC2 places the instance
   */
  readonly placement?: HostPlacement;
}

/**
 * One of the four ESX hosts EVS deploys with an environment (`Environment`'s `hosts`). Hosts added
 * later are `EnvironmentHost` constructs (`environment.addHost`).
 */
export class InitialHost {
  /** A host named `hostName` (letters, digits and hyphens, unique across EVS environments), e.g. `esx-01`. */
  public static of(hostName: string, options: HostOptions): InitialHost {
    return new InitialHost(hostName, options);
  }

  /**
   * `count` hosts with the same options, named `<prefix>-01`, `<prefix>-02`, …: e.g.
   * `InitialHost.numbered('esx', 4, { keyName: 'ops', instanceType: InstanceType.I4I_METAL })`.
   */
  public static numbered(prefix: string, count: number, options: HostOptions): InitialHost[] {
    return Array.from({ length: count }, (_, i) => new InitialHost(`${prefix}-${String(i + 1).padStart(2, '0')}`, options));
  }

  /** DNS host name of the host, e.g. `esx-01`. */
  public readonly hostName: string;
  /** Name of the EC2 key pair. */
  public readonly keyName: string;
  /** The EC2 instance type. */
  public readonly instanceType: InstanceType;
  /** Placement group or Dedicated Host, if any. */
  public readonly placement?: HostPlacement;

  private constructor(hostName: string, options: HostOptions) {
    this.hostName = hostName;
    this.keyName = options.keyName;
    this.instanceType = options.instanceType;
    this.placement = options.placement;
  }
}
