/** IPv4 CIDR arithmetic for VLAN subnets, host addresses and Elastic IPs. */

export interface Cidr {
  /** Network address as an unsigned 32-bit number. */
  base: number;
  prefix: number;
  /** Whether the address had host bits set (e.g. 10.0.0.1/24). */
  aligned: boolean;
}

export function parseCidr(text: string): Cidr {
  const [ip, bits] = text.split('/');
  const addr = ip!.split('.').reduce((n, o) => n * 256 + Number(o), 0);
  const prefix = Number(bits);
  const size = 2 ** (32 - prefix);
  const base = addr - (addr % size);
  return { base, prefix, aligned: base === addr };
}

export const sizeOf = (c: Cidr): number => 2 ** (32 - c.prefix);

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base < b.base + sizeOf(b) && b.base < a.base + sizeOf(a);
}

export function formatIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/**
 * The `index`-th address a subnet hands out: AWS keeps the first four and the last one of every
 * subnet, so usable addresses start at base + 4. Undefined when the subnet is full.
 */
export function usableAddress(c: Cidr, index: number): string | undefined {
  const n = c.base + 4 + index;
  return n < c.base + sizeOf(c) - 1 ? formatIp(n) : undefined;
}
