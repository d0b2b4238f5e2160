// Who publishes the portal: used in metadata, structured data, open data and the footer.
export const SITE_NAME = 'Gelijke Kansen Alliantie';

/** The GKA mailbox (seeds 002 and 004): the contact for everything until content names a person. */
export const GKA_MAILBOX = 'gelijkekansen@minocw.nl';
