/**
 * The npm package's `./emulator` export: the local EVS service as a library (`startEmulator`,
 * `EmulatorControlClient`, …), refused on an unsupported Node like the rest of the package.
 */
import { unsupportedNode } from './node-version';

const problem = unsupportedNode('The local EVS service (@evslabs/cdktf-evs/emulator)');
if (problem) throw new Error(problem);

export * from './emulator';
