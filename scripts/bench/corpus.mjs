// A reproducible synthetic corpus: Dutch-looking interventions and news over the real themes and
// municipalities, written as Markdown exactly as editors would. Only for copies of the project that
// the benchmark and the tests build (under .cache/), never for content/: every generated
// intervention says in its source that it is fictional.
import fs from 'node:fs';
import path from 'node:path';

export function prng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** How often each word occurs in the bodies of the site's own content. */
export function wordCounts(contentDir) {
  const counts = new Map();
  for (const entry of fs.readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8').replace(/^---[\s\S]*?---/, '');
    for (const w of text.toLowerCase().match(/\p{L}{2,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * Words with their real frequencies in the site's own content, so that generated text has the
 * vocabulary and the long tail of real GKA pages (a few very common words, many rare ones).
 */
function vocabularyOf(contentDir) {
  const counts = wordCounts(contentDir);
  const words = [...counts.keys()];
  const cumulative = [];
  let total = 0;
  for (const w of words) cumulative.push((total += counts.get(w)));
  return { words, cumulative, total };
}

const TITLES = [
  'Taalcafé',
  'Zomerschool',
  'Ouderkamer',
  'Brugfunctionaris',
  'Gezonde schoollunch',
  'Stagecarrousel',
  'Huiswerkklas',
  'Voorleesproject',
  'Talentcoach',
  'Wijkleerlab',
  'Schakelklas',
  'Kunstatelier',
  'Sportmiddag',
  'Leesclub',
  'Mentorproject',
];

export function writeCorpus(dir, { interventions = 10_000, news = 1_000, seed = 42, themes, municipalities, vocabularyFrom }) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const vocab = vocabularyOf(vocabularyFrom);
  const word = () => {
    const x = rnd() * vocab.total;
    let lo = 0;
    let hi = vocab.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocab.cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab.words[lo];
  };
  const sentence = (n) => {
    const w = Array.from({ length: n }, word);
    return `${w[0][0].toUpperCase()}${w.join(' ').slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 }, () => sentence(8 + Math.floor(rnd() * 8))).join(' ');
  fs.mkdirSync(path.join(dir, 'interventies'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'nieuws'), { recursive: true });
  for (let i = 0; i < interventions; i++) {
    const theme = [pick(themes), pick(themes)].filter((t, j, a) => a.indexOf(t) === j);
    const title = `${pick(TITLES)} ${word()} ${word()}`;
    fs.writeFileSync(
      path.join(dir, 'interventies', `gegenereerd-${i}.md`),
      `---\ntitle: "${title}"\nmunicipality: ${pick(municipalities)}\nthemes: [${theme.join(', ')}]\nschoolTypes: [${pick(['po', 'vo', 'vve', 'mbo'])}]\ntargetGroup: "${sentence(5)}"\npartners: [bibliotheek, welzijnsorganisatie]\nsummary: "${sentence(14)}"\nsource: "Fictief: gegenereerd voor de tests en de benchmark (scripts/bench/corpus.mjs), geen echte interventie"\n---\n\n## Wat is het?\n\n${paragraph()}\n\n## Hoe werkt het?\n\n${paragraph()}\n\n## Wat levert het op?\n\n${paragraph()}\n`,
    );
  }
  for (let i = 0; i < news; i++) {
    const year = 2016 + Math.floor(rnd() * 10);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    fs.writeFileSync(
      path.join(dir, 'nieuws', `bericht-${i}.md`),
      `---\ntitle: "${sentence(6).slice(0, -1)}"\ndate: "${year}-${month}-${day}"\nsummary: "${sentence(16)}"\nthemes: [${pick(themes)}]\n---\n\n${paragraph()}\n\n${paragraph()}\n`,
    );
  }
}
