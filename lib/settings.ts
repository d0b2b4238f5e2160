// What a server in production needs from its environment (README, "In productie"). Checked at start
// when GKA_PRODUCTION=1, so that a missing setting is one clear line, not links to localhost or
// forms that one server signs and the next refuses.

export interface SettingProblem {
  name: string;
  /** One line, in Dutch, saying what goes wrong without it. */
  message: string;
  /** True: the server does not start without it. */
  fatal: boolean;
}

export const isProduction = (env: Record<string, string | undefined> = process.env) => env.GKA_PRODUCTION === '1';

export function productionProblems(env: Record<string, string | undefined> = process.env): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const fatal = (name: string, message: string) => problems.push({ name, message, fatal: true });
  const advice = (name: string, message: string) => problems.push({ name, message, fatal: false });

  const site = env.SITE_URL;
  if (!site) fatal('SITE_URL', 'SITE_URL ontbreekt: canonieke links, og:url, de sitemap en e-mails wijzen dan naar http://localhost:3000.');
  else if (!/^https:\/\/[^/\s]+\/?$/.test(site))
    fatal('SITE_URL', `SITE_URL is geen https-adres zonder pad (nu "${site}"), bijvoorbeeld https://www.voorbeeld.nl.`);

  if (!env.DATABASE_URL)
    fatal('DATABASE_URL', 'DATABASE_URL ontbreekt: elke server krijgt dan een eigen PGlite-database en ziet de inzendingen van de andere niet.');
  else if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) fatal('DATABASE_URL', 'DATABASE_URL begint niet met postgres:// of postgresql://.');

  if (!env.GKA_SECRET)
    fatal(
      'GKA_SECRET',
      'GKA_SECRET ontbreekt: elke server maakt dan een eigen geheim en weigert de formulieren van de andere (maak er één met: openssl rand -base64 32).',
    );
  else if (env.GKA_SECRET.length < 32) fatal('GKA_SECRET', 'GKA_SECRET is te kort: gebruik minstens 32 tekens (openssl rand -base64 32).');

  if (!env.SMTP_URL) advice('SMTP_URL', 'SMTP_URL ontbreekt: er gaat geen e-mail uit (meldingen en bevestigingen); inzendingen worden wel bewaard.');
  // Behind nginx without GKA_TRUSTED_PROXIES every visitor has the proxy's address, so all share
  // one form limit and one login limit: the first busy school locks out the country. Only an
  // operator whose servers take visitors' connections themselves may leave it out, by saying so.
  const direct = env.GKA_DIRECT_VISITORS === '1';
  if (!env.GKA_TRUSTED_PROXIES && !direct)
    fatal(
      'GKA_TRUSTED_PROXIES',
      'GKA_TRUSTED_PROXIES ontbreekt: achter nginx delen alle bezoekers dan één limiet; zet het op het adres van nginx (127.0.0.1), of GKA_DIRECT_VISITORS=1 als bezoekers rechtstreeks met de server verbinden.',
    );
  else if (env.GKA_TRUSTED_PROXIES && direct)
    fatal('GKA_TRUSTED_PROXIES', 'GKA_TRUSTED_PROXIES en GKA_DIRECT_VISITORS=1 zijn allebei gezet: kies er één (achter een proxy of rechtstreeks).');
  else if (env.GKA_DIRECT_VISITORS !== undefined && env.GKA_DIRECT_VISITORS !== '1')
    fatal('GKA_DIRECT_VISITORS', `GKA_DIRECT_VISITORS is 1 of niet gezet (nu "${env.GKA_DIRECT_VISITORS}").`);
  return problems;
}
