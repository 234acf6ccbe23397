/** Registers cdktf's jest matchers (toHaveResourceWithProperties, toBeValidTerraform, …) and their types. */
import { Testing } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest';

Testing.setupJest();
