// What an alert is about, shared by the queue, the mails and the pages: an item a selection holds,
// and the selection itself (lib/alerts/index.ts makes both from the content).

export type AlertItem = {
  /** The item's address on the site: its key for the selection and the subscriber. */
  url: string;
  kind: AlertKind;
  title: string;
  summary: string;
  /** YYYY-MM-DD, or the start of an event (YYYY-MM-DDTHH:mm). */
  date?: string;
};

/** What a mail can announce: content with its own page that appears over time. */
export const ALERT_KINDS = ['nieuws', 'activiteit', 'interventie', 'publicatie', 'agenda', 'podcast'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** How often a subscriber gets mail: at once, or a digest at 07.00 (Amsterdam) daily or on Mondays. */
export const FREQUENCIES = ['direct', 'dagelijks', 'wekelijks'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** `address`: the canonical address of a list or page with a feed, without language ('/interventies?thema=armoede'). */
export type AlertSelection = { address: string; title: string };

/** A requested address longer than this is refused: no list has a canonical query near it. */
export const MAX_SELECTION_LENGTH = 2_000;
