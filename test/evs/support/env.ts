/**
 * Keeps client tests away from the machine's AWS setup: no ~/.aws files, no IMDS, no endpoint
 * overrides, no retry settings from the environment. Jest gives each test file its own env copy.
 */
export function isolateAwsEnv(): void {
  for (const k of Object.keys(process.env)) {
    if (k.startsWith('AWS_')) delete process.env[k];
  }
  process.env.AWS_CONFIG_FILE = '/nonexistent/aws/config';
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/aws/credentials';
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
}

export const TEST_CREDENTIALS = { accessKeyId: 'AKIDTESTEVS', secretAccessKey: 'secret-for-tests' };
