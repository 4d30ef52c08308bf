/**
 * The gates' defect fixtures: small hand-written pages under tests/fixtures/gates/, one defect each, plus a
 * clean page (`/`) that every gate must pass. Each gate's test runs the gate over them to show it fails.
 */
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/staticServer.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/gates/', import.meta.url));
/** The origin the fixtures' sitemap uses, standing in for the site's public URL. */
export const FIXTURE_ORIGIN = 'https://gates.example';

export function startFixtureSite(): Promise<StaticServer> {
  return startStaticServer(FIXTURE_DIR);
}
