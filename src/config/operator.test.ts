import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadOperatorConfig, OperatorConfigError } from './operator.ts';

const ROOT = join(import.meta.dirname, '../..');
const COMPLETE = join(ROOT, 'tests/production/fixtures/operator.yaml');
const ENV = {
  PRAXIS_SITE_URL: 'https://hub.kreis.example',
  PRAXIS_NEWSLETTER_URL: 'https://hub.kreis.example/newsletter-api',
};

function fileWith(change: (data: Record<string, Record<string, unknown>>) => void): string {
  const data = parse(readFileSync(COMPLETE, 'utf8')) as Record<string, Record<string, unknown>>;
  change(data);
  const file = join(mkdtempSync(join(tmpdir(), 'praxis-operator-')), 'operator.yaml');
  writeFileSync(file, stringify(data));
  return file;
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(OperatorConfigError);
    return (error as Error).message;
  }
  throw new Error('expected an OperatorConfigError');
}

describe('the operator configuration', () => {
  test('a complete file and both addresses make a production configuration', () => {
    const config = loadOperatorConfig({
      root: ROOT,
      env: { ...ENV, PRAXIS_OPERATOR_FILE: COMPLETE },
      allowExample: false,
    });
    expect(config.preview).toBe(false);
    expect(config.operator.name).toBe('Landkreis Musterland');
    expect(config.siteUrl).toBe('https://hub.kreis.example');
  });

  test('without any operator data, one message names every missing item', () => {
    const text = message(() =>
      loadOperatorConfig({
        root: ROOT,
        env: { PRAXIS_OPERATOR_FILE: join(ROOT, 'tests/production/fixtures/empty.yaml') },
        allowExample: false,
      }),
    );
    for (const item of [
      'PRAXIS_SITE_URL: missing',
      'PRAXIS_NEWSLETTER_URL: missing',
      'operator.name: missing',
      'operator.address: missing',
      'operator.representedBy: missing',
      'operator.email: missing',
      'operator.phone: missing',
      'contentResponsible.name: missing',
      'dataProtectionOfficer.name: missing',
      'dataProtectionOfficer.email: missing',
      'supervisoryAuthority.name: missing',
      'supervisoryAuthority.url: missing',
      'hosting.name: missing',
      'hosting.logRetentionDays: missing',
      'accessibility.feedbackEmail: missing',
      'accessibility.evaluation.de: missing',
      'accessibility.conciliation.name: missing',
    ]) {
      expect(text).toContain(`  - ${item}`);
    }
    expect(text).toMatch(/\(2\d items\)/u);
  });

  test('placeholders, the example address and malformed values are refused by name', () => {
    const file = fileWith((d) => {
      d.operator!.phone = '[Telefonnummer]';
      d.dataProtectionOfficer!.email = 'not-an-address';
      d.supervisoryAuthority!.url = 'javascript:alert(1)';
    });
    const text = message(() =>
      loadOperatorConfig({
        root: ROOT,
        env: { ...ENV, PRAXIS_SITE_URL: 'https://praxisdialog.example', PRAXIS_OPERATOR_FILE: file },
        allowExample: false,
      }),
    );
    expect(text).toContain('operator.phone: still the placeholder from operator.example.yaml');
    expect(text).toContain('dataProtectionOfficer.email: not an e-mail address');
    expect(text).toContain('supervisoryAuthority.url: not a web address');
    expect(text).toContain('PRAXIS_SITE_URL: still the example address');
    expect(text).toContain('(4 items)');
  });

  test('a preview fills the gaps from operator.example.yaml and keeps what the operator gave', () => {
    const file = fileWith((d) => {
      delete d.hosting;
      d.operator!.phone = '';
    });
    const config = loadOperatorConfig({ root: ROOT, env: { PRAXIS_OPERATOR_FILE: file }, allowExample: true });
    expect(config.preview).toBe(true);
    expect(config.operator.name).toBe('Landkreis Musterland');
    expect(config.operator.phone).toBe('[Telefonnummer]');
    expect(config.hosting.name).toBe('[Name des Rechenzentrums oder Hosters]');
    expect(config.siteUrl).toBe('https://praxisdialog.example');
  });

  test('a named file that does not exist is an error even in a preview', () => {
    expect(
      message(() =>
        loadOperatorConfig({
          root: ROOT,
          env: { PRAXIS_OPERATOR_FILE: '/nonexistent/operator.yaml' },
          allowExample: true,
        }),
      ),
    ).toContain('PRAXIS_OPERATOR_FILE=/nonexistent/operator.yaml: no such file');
  });
});
