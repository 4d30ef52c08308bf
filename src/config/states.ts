/** German federal states by the first two digits of the official municipality key (AGS). */
export const STATES = {
  '01': { de: 'Schleswig-Holstein', en: 'Schleswig-Holstein', short: 'SH' },
  '02': { de: 'Hamburg', en: 'Hamburg', short: 'HH' },
  '03': { de: 'Niedersachsen', en: 'Lower Saxony', short: 'NI' },
  '04': { de: 'Bremen', en: 'Bremen', short: 'HB' },
  '05': { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia', short: 'NW' },
  '06': { de: 'Hessen', en: 'Hesse', short: 'HE' },
  '07': { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate', short: 'RP' },
  '08': { de: 'Baden-Württemberg', en: 'Baden-Württemberg', short: 'BW' },
  '09': { de: 'Bayern', en: 'Bavaria', short: 'BY' },
  '10': { de: 'Saarland', en: 'Saarland', short: 'SL' },
  '11': { de: 'Berlin', en: 'Berlin', short: 'BE' },
  '12': { de: 'Brandenburg', en: 'Brandenburg', short: 'BB' },
  '13': { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania', short: 'MV' },
  '14': { de: 'Sachsen', en: 'Saxony', short: 'SN' },
  '15': { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt', short: 'ST' },
  '16': { de: 'Thüringen', en: 'Thuringia', short: 'TH' },
} as const;

export type StateCode = keyof typeof STATES;
