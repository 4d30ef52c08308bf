/** English strings of the practice submission: same keys as submit.de.ts. */
import type { SubmitStrings } from './submit.de.ts';

export const submitEn: SubmitStrings = {
  title: 'Submit a practice example',
  description:
    'Your municipality has done something others can learn from? Submit it here – the editors review it and get back to you.',
  lead: 'Your municipality has carried out a project that other districts, cities and municipalities can learn from? Describe it here, in the outline of our practice examples. Once you confirm by e-mail, the editors review the submission, work on it with you and publish it.',
  linkText: 'Submit your own practice example',
  linkLead: 'Your municipality has done something others can learn from?',
  required: 'required',
  optional: 'optional',
  sections: {
    practice: 'The project',
    contact: 'Contact and links',
    you: 'Your e-mail address and consent',
  },
  fields: {
    title: { label: 'Title', hint: 'Short and concrete: what was done, where? E.g. "Digital building files in …"' },
    district: {
      label: 'District or district-free city',
      hint: 'Choose the district where the project was carried out from the list.',
      choose: 'Please choose …',
    },
    municipality: {
      label: 'Municipality or town',
      hint: 'If a municipality or town within the district carried out the project: its name.',
    },
    problem: { label: 'Starting point' },
    solution: { label: 'Solution' },
    results: { label: 'Results' },
    costs: {
      label: 'Costs',
      hint: 'One-off and running costs in euros, where known, and what they include.',
    },
    status: { label: 'Status' },
    startYear: { label: 'Start (year)', hint: 'Year the work started, four digits, e.g. 2022.' },
    field: { label: 'Field of action', hint: 'The field of action the project mainly belongs to.' },
    afterFunding: { label: 'Status after the funding' },
    contactName: {
      label: 'Contact person',
      hint: 'Name of the person or office who answers other municipalities’ questions. Will be published.',
    },
    contactOrganisation: {
      label: 'Organisation of the contact',
      hint: 'E.g. "District administration, office for …".',
    },
    links: {
      label: 'Links',
      hint: 'Further addresses (project page, report), one per line, each with https:// – at most 10.',
    },
    licence: { label: 'Licence' },
    sourceUrl: { label: 'Source code (repository)' },
    lessons: { label: 'What did not work' },
    details: {
      label: 'Further details',
      hint: 'Anything else other municipalities should know. Taken over as text, exactly as written.',
    },
    email: {
      label: 'Your e-mail address',
      hint: 'We send a confirmation link there. Only after you confirm does the submission reach the editors. Not published.',
    },
    consent: { label: 'Yes, I consent.' },
    honeypot: { label: 'Please leave this field empty' },
  },
  consent: {
    legend: 'Consent',
    version: 'Version of the consent text of {version}',
    privacy: 'More in the privacy policy',
  },
  pow: {
    legend: 'Protection against automated submissions',
    text: 'Your browser solves a small computing task for this, without any third-party service. It also works without JavaScript: we then check the submission a little more strictly after you confirm it.',
  },
  submit: 'Send the submission',
  chars: 'at most {max} characters',
  errors: {
    required: '{label}: please fill in.',
    tooShort: '{label}: please write at least {min} characters.',
    tooLong: '{label}: at most {max} characters – you wrote {length}.',
    district: '{label}: please choose a district from the list.',
    choice: '{label}: please choose an entry from the list.',
    year: '{label}: please give a year between 1990 and {max}, e.g. 2022.',
    url: '{label}: "{value}" is not a web address starting with https:// or http://.',
    tooManyLinks: '{label}: at most {max} addresses.',
    email: 'E-mail address: please give a valid address, e.g. name@district.de.',
    consent: 'Consent: without your consent we cannot accept the submission.',
    consentVersion: 'Consent: the text has changed. Please read it and send again.',
    control: '{label}: contains invisible control characters; please remove them.',
  },
  page: {
    invalidTitle: 'Please check your entries',
    invalidText: 'The submission has errors; nothing was stored:',
    checkInbox: {
      title: 'Please confirm your submission',
      text: 'If a submission can be sent from {email}, that address receives an e-mail with a confirmation link within a few minutes. The link is valid for {hours} hours. Only after you confirm does your submission reach the editors.',
      spam: 'No e-mail? Please look in your spam folder too.',
    },
    confirm: {
      title: 'Confirm your submission',
      text: 'Please confirm that you want to send the practice example "{title}" to the editors of Praxisdialog.',
      button: 'Yes, send it to the editors',
    },
    confirmed: {
      title: 'Thank you for your submission',
      text: 'The editors have received your submission. They review it and get back to you – with questions, a draft, or the reason if we cannot include it.',
    },
    token: {
      title: 'Link cannot be used',
      invalid: 'This link is not valid. Please check that it was copied completely.',
      expired: 'This confirmation link has expired. Please submit the practice example again.',
      used: 'This submission has already been confirmed and is with the editors.',
    },
    tooMany: {
      title: 'Too many submissions',
      text: 'Too many submissions came from your connection in a short time. Please try again in {minutes} minutes.',
    },
    back: 'Back to the practice examples',
    form: 'To the submission form',
  },
  mail: {
    confirm: {
      subject: 'Please confirm your submission to Praxisdialog',
      text: 'You (or someone using your address) submitted the practice example "{title}" to Praxisdialog. Please confirm that the submission comes from you: only then does it reach the editors.',
      button: 'Confirm the submission',
      validUntil: 'The link is valid until {date}.',
      ignore:
        'If you did not submit anything, simply ignore this e-mail: the submission is then never passed on and is deleted when the link expires.',
    },
    rejected: {
      subject: 'Your submission to Praxisdialog: "{title}"',
      greeting: 'Hello,',
      text: 'thank you for submitting the practice example "{title}" to Praxisdialog. We read it carefully, but cannot include it in this form. The reason:',
      again:
        'If you would like to revise the submission, we look forward to a new version. If you have questions, simply reply to this e-mail.',
      closing: 'Kind regards\nThe Praxisdialog editors',
    },
  },
};
