/**
 * Turn a Zod issue into "what is wrong" and "what is expected", in plain words.
 * The value the editor wrote is looked up in the data, so the message can quote it.
 */
import type { z } from 'zod';
import { IMAGE_FORMAT, IMAGE_MISSING, IMAGE_TYPES } from './schemas.ts';
import { chars, items, kindOf, q, schemaExpected, schemaWrong, t, typeWanted, type Text } from './messages.ts';

type Issue = z.core.$ZodIssue;

/** The value at a path in the raw data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** True when the schema author wrote the message (Zod's own start with "Invalid" or "Too"). */
function isSchemaMessage(message: string): boolean {
  return message.startsWith('expected ');
}

export function describeIssue(issue: Issue, value: unknown, hint: Text | undefined): { wrong: Text; expected: Text } {
  const custom = isSchemaMessage(issue.message) ? schemaExpected(issue.message) : undefined;

  if (value === undefined) {
    return { wrong: t('fehlt', 'is missing'), expected: hint ?? custom ?? expectedOf(issue) };
  }
  const expected = custom ?? expectedOf(issue);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'date')
        return { wrong: t(`${q(value).de} ist kein gültiges Datum`, `${q(value).en} is not a valid date`), expected };
      return { wrong: t(`ist ${kindOf(value).de}`, `is ${kindOf(value).en}`), expected };
    case 'too_small':
      if (issue.origin === 'string') {
        const n = String(value).length;
        return {
          wrong: n === 0 ? t('ist leer', 'is empty') : t(`zu kurz (${chars(n).de})`, `too short (${chars(n).en})`),
          expected,
        };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        const n = Array.isArray(value) ? value.length : 0;
        return {
          wrong: n === 0 ? t('ist leer', 'is empty') : t(`nur ${items(n).de}`, `only ${items(n).en}`),
          expected,
        };
      }
      return { wrong: t(`${q(value).de} ist zu klein`, `${q(value).en} is too small`), expected };
    case 'too_big':
      if (issue.origin === 'string') {
        const n = String(value).length;
        return { wrong: t(`zu lang (${chars(n).de})`, `too long (${chars(n).en})`), expected };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        const n = Array.isArray(value) ? value.length : 0;
        return { wrong: t(`zu viele (${items(n).de})`, `too many (${items(n).en})`), expected };
      }
      return { wrong: t(`${q(value).de} ist zu groß`, `${q(value).en} is too large`), expected };
    case 'invalid_format':
      return {
        wrong: t(`${q(value).de} hat nicht die richtige Form`, `${q(value).en} is not in the right form`),
        expected,
      };
    case 'invalid_value':
      return { wrong: t(`${q(value).de} ist nicht erlaubt`, `${q(value).en} is not allowed`), expected };
    case 'invalid_union':
      return {
        wrong: t(`ist ${kindOf(value).de}`, `is ${kindOf(value).en}`),
        expected: t('eine Kennung (Text)', 'an id (text)'),
      };
    case 'not_multiple_of':
      return { wrong: t(`${q(value).de} ist nicht erlaubt`, `${q(value).en} is not allowed`), expected };
    case 'custom': {
      if (issue.message === IMAGE_MISSING) {
        return {
          wrong: t(`Bilddatei ${q(value).de} gibt es nicht`, `image file ${q(value).en} does not exist`),
          expected: t(
            'der Pfad einer Bilddatei relativ zum Eintrag, z. B. ./bild.jpg',
            'the path of an image file relative to the entry, e.g. ./image.jpg',
          ),
        };
      }
      if (issue.message === IMAGE_FORMAT) {
        return {
          wrong: t(`${q(value).de} ist keine Bilddatei`, `${q(value).en} is not an image file`),
          expected: t(`eine Datei vom Typ ${IMAGE_TYPES.join(', ')}`, `a file of type ${IMAGE_TYPES.join(', ')}`),
        };
      }
      const known = schemaWrong(issue.message);
      if (known) return known;
      if (custom) {
        return {
          wrong: t(`${q(value).de} hat nicht die richtige Form`, `${q(value).en} is not in the right form`),
          expected: custom,
        };
      }
      return { wrong: t(issue.message, issue.message), expected: t('siehe Meldung', 'see message') };
    }
    default:
      return { wrong: t(`ungültig: ${issue.message}`, `invalid: ${issue.message}`), expected };
  }
}

/** The generic "expected" part when the schema author wrote no message. */
function expectedOf(issue: Issue): Text {
  switch (issue.code) {
    case 'invalid_type':
      return typeWanted(issue.expected);
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return t(`mindestens ${chars(min).de}`, `at least ${chars(min).en}`);
      if (issue.origin === 'array') return t(`mindestens ${items(min).de}`, `at least ${items(min).en}`);
      return t(`mindestens ${min}`, `at least ${min}`);
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return t(`höchstens ${chars(max).de}`, `at most ${chars(max).en}`);
      if (issue.origin === 'array') return t(`höchstens ${items(max).de}`, `at most ${items(max).en}`);
      return t(`höchstens ${max}`, `at most ${max}`);
    }
    case 'invalid_format':
      if (issue.format === 'url') return schemaExpected('expected a full web address starting with https://');
      if (issue.format === 'email') return schemaExpected('expected an e-mail address');
      if (issue.format === 'regex' && 'pattern' in issue)
        return t(`Text nach dem Muster ${String(issue.pattern)}`, `text matching ${String(issue.pattern)}`);
      return t(`die Form ${issue.format}`, `the form ${issue.format}`);
    case 'invalid_value':
      return t(
        `einen dieser Werte: ${issue.values.map(String).join(', ')}`,
        `one of: ${issue.values.map(String).join(', ')}`,
      );
    default:
      return t('einen gültigen Wert', 'a valid value');
  }
}
