/**
 * terraform-provider-evs: the executable Terraform and OpenTofu start. Everything heavy (gRPC,
 * certificates, the provider and its AWS client) loads only after the magic-cookie check.
 */
import { runPlugin } from './plugin/run';

runPlugin(() => import('./provider').then((m) => m.createProvider()));
