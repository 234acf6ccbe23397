/**
 * First module of the provider executable (imported first by boot.ts): on an unsupported Node it
 * says so and exits before anything else loads. The sentence goes to stdout as well, where the
 * engine looks for the handshake: Terraform and OpenTofu quote an unexpected first line in their
 * error ("Unrecognized remote plugin message: …"), so the user sees it without TF_LOG.
 */
import { unsupportedNode } from '../../node-version';

const problem = unsupportedNode(
  'The EVS provider (terraform-provider-evs)',
  ", or install the provider from the release's single executable, which carries its own Node.js",
);
if (problem) {
  process.stdout.write(`${problem}\n`);
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
