/**
 * gRPC service definitions for the provider and go-plugin's side services, built from the embedded
 * .proto text (no files to locate at run time, so the bundled executable is self-contained).
 */
import * as protobuf from 'protobufjs';
import { fromJSON, type PackageDefinition } from '@grpc/proto-loader';
import { GO_PLUGIN_PROTO, HEALTH_PROTO, TFPLUGIN6_PROTO } from './protos.generated';

/**
 * Field names as written in the .proto (snake_case), int64 as decimal strings, bytes as Buffer,
 * enums as their names, absent fields filled with defaults, oneofs marked with the chosen field.
 */
export const LOADER_OPTIONS = {
  keepCase: true,
  longs: String,
  enums: String,
  bytes: Buffer,
  defaults: true,
  oneofs: true,
} as const;

let cached: PackageDefinition | undefined;

export function packageDefinition(): PackageDefinition {
  if (cached) return cached;
  const root = new protobuf.Root();
  for (const text of [TFPLUGIN6_PROTO, GO_PLUGIN_PROTO, HEALTH_PROTO]) protobuf.parse(text, root, { keepCase: true });
  cached = fromJSON(root.toJSON(), LOADER_OPTIONS);
  return cached;
}
