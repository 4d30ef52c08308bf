/**
 * Operator configuration: who runs this installation of the hub, and whom readers write to.
 * The imprint, the privacy policy and the accessibility statement read it (src/components/pages/LegalPage.astro).
 *
 * Where it comes from (see docs/operations.md for why a YAML file):
 * - the file named by PRAXIS_OPERATOR_FILE, else `operator.yaml` in the project folder;
 * - the site address and the newsletter address come from PRAXIS_SITE_URL and PRAXIS_NEWSLETTER_URL,
 *   because the newsletter server and the digest need them as well and read the same environment file.
 *
 * A production build (`astro build`) refuses to start unless every item is there and none is still a
 * placeholder of operator.example.yaml, with one message that lists them all. A preview (`astro dev`, or a
 * build with PRAXIS_OPERATOR_EXAMPLE=1, which the test suite uses) fills what is missing from
 * operator.example.yaml; its values are written in [brackets], and the pages mark them as placeholders.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { PLACEHOLDER } from './operatorData.ts';

const text = z
  .string({ error: 'missing' })
  .trim()
  .min(1, 'missing')
  .refine((v) => !PLACEHOLDER.test(v), 'still the placeholder from operator.example.yaml');
const email = text.pipe(z.email({ error: 'not an e-mail address' }));
const url = text.pipe(z.url({ protocol: /^https?$/u, error: 'not a web address (https://…)' }));
const optional = <T extends z.ZodType>(schema: T) => schema.optional();
/**
 * A group of items. A group missing as a whole counts as empty, so the message names each of its items
 * ("operator.name: missing", …) instead of just the group.
 */
const section = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess((value) => value ?? {}, z.object(shape, { error: 'expected a group of items (key: value)' }));
/** A text the pages show in the reader's language. */
const bilingual = section({ de: text, en: text });
/** A postal address, one line per entry, e.g. ["Musterstraße 1", "12345 Musterstadt"]. */
const postal = z.array(text, { error: 'missing (a list of lines)' }).min(1, 'missing').max(6, 'at most 6 lines');

export const operatorSchema = z.object({
  /** The body that operates the site (§ 5 DDG): a Landkreis, an institute, a foundation. */
  operator: section({
    /** Full legal name, e.g. "Landkreis Musterland". */
    name: text,
    /** Legal form, e.g. "Körperschaft des öffentlichen Rechts" (shown in the imprint when given). */
    legalForm: optional(bilingual),
    /** Postal address for service of documents. */
    address: postal,
    /** The person authorised to represent the body, e.g. "Landrätin Erika Muster". */
    representedBy: text,
    /** General contact address (imprint: quick electronic contact). */
    email,
    /** Telephone number, shown in the imprint. */
    phone: text,
    /** VAT identification number, where the body has one. */
    vatId: optional(text),
  }),
  /** Responsible for journalistic content under § 18 (2) MStV. */
  contentResponsible: section({ name: text, address: postal }),
  /** Data protection officer (Art. 37 GDPR). */
  dataProtectionOfficer: section({ name: text, email, address: optional(postal) }),
  /** The data protection supervisory authority readers may complain to (Art. 77 GDPR). */
  supervisoryAuthority: section({ name: text, address: postal, url }),
  /** Who hosts the servers (processor under Art. 28 GDPR), and how long web server logs are kept. */
  hosting: section({
    name: text,
    address: postal,
    /** Days after which the web server's access logs are deleted (the privacy policy states it). */
    logRetentionDays: z.number({ error: 'missing (a number of days)' }).int().min(0).max(365),
  }),
  /** Contacts and facts of the accessibility statement (BITV 2.0 § 7). */
  accessibility: section({
    /** Where readers report barriers. */
    feedbackEmail: email,
    /** The operator's own evaluation: method, result and date, in both languages. */
    evaluation: bilingual,
    /** The conciliation body (Schlichtungsstelle) of the federal government or the Land. */
    conciliation: section({ name: text, url }),
  }),
});

export type Operator = z.infer<typeof operatorSchema>;

/** Everything the legal pages need: the file's content plus the addresses from the environment. */
export interface OperatorConfig extends Operator {
  siteUrl: string;
  /** True when example values fill gaps (preview): the pages show a notice and mark them. */
  preview: boolean;
}

export class OperatorConfigError extends Error {}

export interface LoadOptions {
  /** The project folder (where operator.yaml and operator.example.yaml are). */
  root: string;
  env?: Record<string, string | undefined>;
  /** Preview: missing or placeholder items are taken from operator.example.yaml instead of stopping. */
  allowExample: boolean;
}

const EXAMPLE_FILE = 'operator.example.yaml';
const EXAMPLE_SITE = 'https://praxisdialog.example';

function readYaml(file: string): unknown {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new OperatorConfigError(`Cannot read the operator file ${file}: ${(error as Error).message}`);
  }
  try {
    return parseYaml(source) ?? {};
  } catch (error) {
    throw new OperatorConfigError(`The operator file ${file} is not valid YAML: ${(error as Error).message}`);
  }
}

/** Deep merge: where `data` has no usable value (missing, empty, placeholder), take `fallback`'s. */
function fillFrom(data: unknown, fallback: unknown): unknown {
  if (Array.isArray(fallback)) return Array.isArray(data) && data.length > 0 ? data : fallback;
  if (fallback && typeof fallback === 'object') {
    const source = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    const out: Record<string, unknown> = { ...source };
    for (const [key, value] of Object.entries(fallback)) out[key] = fillFrom(source[key], value);
    return out;
  }
  if (data === undefined || data === null) return fallback;
  if (typeof data === 'string' && (data.trim() === '' || PLACEHOLDER.test(data))) return fallback;
  return data;
}

/** Zod's issues as "path: problem" lines, one per item. */
function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    const message = /expected .*received undefined/u.test(issue.message) ? 'missing' : issue.message;
    return `${path}: ${message}`;
  });
}

/**
 * Reads and checks the operator configuration. Throws OperatorConfigError with one message listing every
 * missing or invalid item unless `allowExample` is set.
 */
export function loadOperatorConfig({ root, env = process.env, allowExample }: LoadOptions): OperatorConfig {
  const named = env.PRAXIS_OPERATOR_FILE?.trim();
  const file = named ? (isAbsolute(named) ? named : join(root, named)) : join(root, 'operator.yaml');
  const problems: string[] = [];
  let data: unknown = {};
  if (existsSync(file)) data = readYaml(file);
  else if (named) throw new OperatorConfigError(`PRAXIS_OPERATOR_FILE=${named}: no such file (${file}).`);
  else problems.push(`no operator file: copy ${EXAMPLE_FILE} to operator.yaml (or set PRAXIS_OPERATOR_FILE)`);

  const siteUrl = env.PRAXIS_SITE_URL?.trim().replace(/\/+$/u, '');
  if (!siteUrl) problems.push(`PRAXIS_SITE_URL: missing (the site's public address, e.g. https://hub.kreis.de)`);
  else if (siteUrl === EXAMPLE_SITE) problems.push(`PRAXIS_SITE_URL: still the example address ${EXAMPLE_SITE}`);
  if (!env.PRAXIS_NEWSLETTER_URL?.trim()) {
    problems.push(
      'PRAXIS_NEWSLETTER_URL: missing (the sign-up form would post to http://localhost:4322; ' +
        'e.g. https://hub.kreis.de/newsletter-api)',
    );
  }

  const parsed = operatorSchema.safeParse(data);
  if (!parsed.success) problems.push(...issueLines(parsed.error));
  if (problems.length === 0 && parsed.success) {
    return { ...parsed.data, siteUrl: siteUrl!, preview: false };
  }
  if (!allowExample) {
    const list = problems.map((p) => `  - ${p}`).join('\n');
    throw new OperatorConfigError(
      `The operator configuration is incomplete, so the imprint, privacy policy and accessibility statement ` +
        `cannot be published (${problems.length} ${problems.length === 1 ? 'item' : 'items'}):\n${list}\n` +
        `File: ${file}. Guide: docs/operations.md. ` +
        `For a preview with marked example data, build with PRAXIS_OPERATOR_EXAMPLE=1.`,
    );
  }
  const example = readYaml(join(root, EXAMPLE_FILE));
  // The example passes the schema only with its placeholders allowed: check its shape, not its values.
  const merged = fillFrom(data, example) as Operator;
  return { ...merged, siteUrl: siteUrl || EXAMPLE_SITE, preview: true };
}
