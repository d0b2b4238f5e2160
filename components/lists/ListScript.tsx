/** Where the list pages' script is served (built from components/lists/enhance.ts). */
const LIST_SCRIPT = '/js/lijsten.js';

/** The one script of the list and search pages; everything works without it. */
export function ListScript() {
  return <script src={LIST_SCRIPT} defer />;
}
