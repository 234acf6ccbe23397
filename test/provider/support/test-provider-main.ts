/** Entry point of the test provider process (run with tsx), the way src/provider/main.ts serves the real one. */
import { runPlugin } from '../../../src/provider/plugin/run';
import { createTestProvider } from './test-provider';

runPlugin(createTestProvider);
