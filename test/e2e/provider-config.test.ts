/**
 * The provider block as an engine user meets it: missing credentials are an error at the provider
 * block during plan, as with the Terraform AWS provider. Configuration does not differ between
 * engines, so this runs on one.
 */
import { engineTable } from '../support/engines';
import { Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const svc = useTestService();
const [[name, engine]] = engineTable() as [[string, ReturnType<typeof engineTable>[number][1]]];

describe(name, () => {
  test('plan without any credentials: "No valid credential sources found" at the provider block, no API call', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    await svc.control.resetCounters();
    const r = await ws.run(['plan'], { env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined } });
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toContain('Error: No valid credential sources found');
    expect(out).toMatch(/with provider\["registry\.(terraform\.io|opentofu\.org)\/evslabs\/evs"\]/);
    expect(out).toContain('AWS_ACCESS_KEY_ID is not set');
    expect(out).toContain('skipped, AWS_EC2_METADATA_DISABLED is set');
    expect(Object.values(await svc.control.getCounters()).reduce((n, c) => n + c.calls, 0)).toBe(0);
    // The same plan with credentials works.
    await ws.ok(['plan']);
  });
});
