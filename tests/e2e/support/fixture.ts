// The server of the fixture build (scripts/fixture-site.mjs): the real content plus generated
// interventions, for specs that need volume. Never the public content: `npm start` serves the
// project's own build, which holds only content/.
export const FIXTURE_ORIGIN = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1}`;
