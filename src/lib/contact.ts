/**
 * Contact details as links a phone can use. Addresses are shown and linked as they are: spelling them
 * "name [at] host [dot] de" stops no harvester and makes screen readers read out brackets.
 */

/** `mailto:` URL of an address (the address is validated by the schemas; only characters URLs need are escaped). */
export function mailtoHref(email: string): string {
  const [local = '', domain = ''] = email.trim().split('@');
  return `mailto:${encodeURIComponent(local).replaceAll('%2B', '+')}@${domain}`;
}

/**
 * `tel:` URL of a phone number as people write it in Germany: "06051 85-0", "+49 (0)6051 85-0",
 * "0049 6051 850". A national number (leading 0) gets the country code +49 so the link also works from abroad.
 * Undefined when the text holds no digits.
 */
export function telHref(phone: string): string | undefined {
  const cleaned = phone.replace(/\(0\)/gu, '').replace(/[^\d+]/gu, '');
  const digits = cleaned.replace(/(?!^)\+/gu, '');
  if (!/\d/u.test(digits)) return undefined;
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+49${digits.slice(1)}`;
  return `tel:${digits}`;
}
