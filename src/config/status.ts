/** Life-cycle status of a good-practice entry. */
export const STATUSES = {
  idea: { de: 'Idee', en: 'Idea' },
  pilot: { de: 'Pilotphase', en: 'Pilot' },
  operation: { de: 'Im Regelbetrieb', en: 'In operation' },
  ended: { de: 'Beendet', en: 'Ended' },
} as const;
export type StatusKey = keyof typeof STATUSES;
export const STATUS_KEYS = Object.keys(STATUSES) as [StatusKey, ...StatusKey[]];
