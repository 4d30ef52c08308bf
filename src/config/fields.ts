/**
 * Fields of action (Handlungsfelder) of municipal digitalisation.
 * A fixed list, so that the directory's facets stay comparable across entries.
 */
export const FIELDS = {
  verwaltung: { de: 'Verwaltung & Bürgerservice', en: 'Administration & citizen services' },
  soziales: { de: 'Soziales & Daseinsvorsorge', en: 'Social services & public welfare' },
  gesundheit: { de: 'Gesundheit & Pflege', en: 'Health & care' },
  bildung: { de: 'Bildung & Kompetenzen', en: 'Education & skills' },
  mobilitaet: { de: 'Mobilität', en: 'Mobility' },
  wirtschaft: { de: 'Wirtschaft & Arbeit', en: 'Economy & work' },
  beteiligung: { de: 'Beteiligung & Ehrenamt', en: 'Participation & volunteering' },
  infrastruktur: { de: 'Netze & Infrastruktur', en: 'Networks & infrastructure' },
  umwelt: { de: 'Umwelt & Energie', en: 'Environment & energy' },
  kultur: { de: 'Kultur & Tourismus', en: 'Culture & tourism' },
  zusammenarbeit: { de: 'Interkommunale Zusammenarbeit', en: 'Inter-municipal cooperation' },
} as const;

export type FieldKey = keyof typeof FIELDS;
export const FIELD_KEYS = Object.keys(FIELDS) as [FieldKey, ...FieldKey[]];
