/**
 * Sentences that fit any entry: context, timeline, transfer advice, commentary.
 * Slots: {Actor}/{actor}, {In}/{in}, {inState}/{InState} ("in Hessen", "im Saarland"), {muni}, {start}, {months}, {partner}, {topic}.
 */
import type { Bi } from './types.ts';

export const CONTEXT_RURAL: readonly Bi[] = [
  {
    de: '{Actor} ist ländlich geprägt: Viele Gemeinden sind klein, die Wege zur Verwaltung lang.',
    en: '{Actor} is largely rural: many municipalities are small and the way to the administration is long.',
  },
  {
    de: 'Wie viele Kreise {inState} spürt {actor} den demografischen Wandel deutlich.',
    en: 'Like many districts {inState}, {actor} clearly feels the effects of demographic change.',
  },
  {
    de: 'Zwischen den Dörfern liegen oft mehr als zehn Kilometer, und nicht jede Familie hat zwei Autos.',
    en: 'Villages are often more than ten kilometres apart, and not every family has two cars.',
  },
];

export const CONTEXT_URBAN: readonly Bi[] = [
  {
    de: '{Actor} ist dicht besiedelt, und die Verwaltung bearbeitet jedes Jahr zehntausende Anträge.',
    en: '{Actor} is densely populated, and the administration handles tens of thousands of applications each year.',
  },
  {
    de: '{InState} gehört {actor} zu den Verwaltungen mit den meisten Fällen pro Beschäftigtem.',
    en: '{InState}, {actor} is among the administrations with the most cases per employee.',
  },
];

export const TIMELINE: readonly Bi[] = [
  {
    de: 'Nach einer Vorbereitungszeit von {months} Monaten startete {start} der Probebetrieb in {muni}.',
    en: 'After {months} months of preparation, a trial began in {muni} in {start}.',
  },
  {
    de: 'Den Anfang machte {start} eine Arbeitsgruppe aus Verwaltung, Gemeinden und {partner}.',
    en: 'It began in {start} with a working group of the administration, the municipalities and {partner}.',
  },
  {
    de: 'Zuerst wurde das Vorhaben {months} Monate lang in {muni} erprobt, dann auf weitere Gemeinden ausgeweitet.',
    en: 'The project was first tried for {months} months in {muni} and then extended to other municipalities.',
  },
];

export const TRANSFER: readonly Bi[] = [
  {
    de: 'Wer Ähnliches plant, sollte die Beschäftigten von Anfang an einbinden, nicht erst bei der Einführung.',
    en: 'Anyone planning something similar should involve staff from the start, not only at roll-out.',
  },
  {
    de: 'Die Lösung lässt sich nach Auskunft der Beteiligten auf andere Kreise übertragen; Unterlagen zur Ausschreibung werden auf Anfrage geteilt.',
    en: 'According to those involved, the solution can be transferred to other districts; tender documents are shared on request.',
  },
  {
    de: 'Ein kleiner Start mit einer Gemeinde und klaren Zielen hat sich bewährt.',
    en: 'Starting small with one municipality and clear goals has proved worthwhile.',
  },
  {
    de: 'Wichtiger als die Technik war am Ende, wer sich im Alltag verantwortlich fühlt.',
    en: 'In the end, who feels responsible day to day mattered more than the technology.',
  },
  {
    de: 'Für die Verstetigung braucht es einen Beschluss des Kreistags und einen festen Posten im Haushalt.',
    en: 'Making it permanent requires a decision by the district council and a fixed line in the budget.',
  },
];

export const AFTER_FUNDING: Readonly<Record<'idea' | 'pilot' | 'operation' | 'ended', readonly Bi[]>> = {
  idea: [
    {
      de: 'Ein Förderantrag ist gestellt; ohne Förderung will der Kreis mit einer kleineren Variante beginnen.',
      en: 'A funding application has been submitted; without funding the district intends to start with a smaller version.',
    },
  ],
  pilot: [
    {
      de: 'Die Förderung läuft noch; über die Fortführung aus eigenen Mitteln entscheidet der Kreistag im kommenden Jahr.',
      en: 'Funding is still running; the district council will decide next year whether to continue from its own budget.',
    },
    {
      de: 'Nach der Pilotphase soll der Betrieb an einen kommunalen IT-Dienstleister übergehen.',
      en: 'After the pilot, operation is to pass to a municipal IT provider.',
    },
  ],
  operation: [
    {
      de: 'Nach dem Ende der Förderung trägt der Kreis den Betrieb aus eigenen Haushaltsmitteln.',
      en: 'Since the funding ended, the district has paid for operation from its own budget.',
    },
    {
      de: 'Die Gemeinden teilen sich die laufenden Kosten seit dem Förderende nach Einwohnerzahl.',
      en: 'Since the funding ended, the municipalities have shared the running costs by population.',
    },
  ],
  ended: [
    {
      de: 'Mit dem Ende der Förderung wurde der Betrieb eingestellt; die Erfahrungen flossen in ein Nachfolgeprojekt.',
      en: 'Operation stopped when the funding ended; the experience went into a follow-up project.',
    },
    {
      de: 'Nach Förderende fand sich kein Träger für den Betrieb, die Software steht aber anderen zur Nachnutzung offen.',
      en: 'After the funding ended no operator could be found, but the software remains open for others to reuse.',
    },
  ],
};

export const COMMENTARY: readonly Bi[] = [
  {
    de: 'Was in einem Kreis funktioniert, muss im nächsten nicht genauso gelingen – aber es lohnt, genau hinzusehen.',
    en: 'What works in one district will not necessarily work the same way in the next, but it is worth a close look.',
  },
  {
    de: 'Die Beispiele zeigen, dass Digitalisierung vor allem Organisationsarbeit ist.',
    en: 'The examples show that digitalisation is above all organisational work.',
  },
  {
    de: 'Auffällig ist, wie oft kleine Teams mit wenig Geld viel erreichen, wenn die Leitung hinter ihnen steht.',
    en: 'It is striking how often small teams achieve a lot with little money when management backs them.',
  },
  {
    de: 'Scheitern gehört dazu; entscheidend ist, dass andere aus den Fehlern lernen können.',
    en: 'Failure is part of it; what matters is that others can learn from the mistakes.',
  },
  {
    de: 'Bürgerinnen und Bürger merken den Unterschied vor allem dort, wo ein Weg ins Amt entfällt.',
    en: 'Residents notice the difference above all where a trip to the office is no longer needed.',
  },
  {
    de: 'Förderprogramme setzen Impulse, doch über den Erfolg entscheidet, was nach dem Förderende passiert.',
    en: 'Funding programmes give impetus, but success depends on what happens after the funding ends.',
  },
];
