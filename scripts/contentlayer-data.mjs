// The content build of `contentlayer2 build` (scripts/contentlayer.mjs) without its generated
// folder, for npm run publiceer: the same config, the same `source.fetchData` with its per-file
// cache (.contentlayer/.cache, which fetchData itself reads and writes back), the documents kept in
// memory. The CLI's build would then delete and rewrite every .contentlayer/generated/ file (10,092
// files, 70 MB, about 3 s with 10,000 interventions) for publiceer to read them back; the
// documents here are the very objects it writes there (generate-dotpkg.js writeFilesForCache).
// In this process, so tracing stays off: '@contentlayer2/utils/effect/Tracing/Enable', which
// switches it on (see scripts/contentlayer.mjs), is imported by the CLI only.
// '@contentlayer2/utils/effect' is not re-exported by contentlayer2 (pinned to 0.5.8 exactly).
import { getConfig, provideCwd } from 'contentlayer2/core';
import { provideTracing } from 'contentlayer2/utils';
import { NodeFsLive } from 'contentlayer2/utils/node';
import { Chunk, pipe, provideTestConsole, S, T } from '@contentlayer2/utils/effect';

/**
 * Builds the content of `dir` (a folder with contentlayer.config.ts; CONTENT_DIR in the
 * environment, absolute): `{ documents }`, each document type's documents by type name in the
 * order of .contentlayer/generated/<Type>/_index.json, or `{ output }`, what contentlayer said
 * about the content it could not build.
 */
export async function buildContent(dir) {
  const messages = [];
  const program = pipe(
    getConfig({}),
    T.chain((config) =>
      pipe(
        config.source.provideSchema(config.esbuildHash),
        T.chain((schemaDef) =>
          pipe(
            // The first result, as the CLI's build takes it: later ones would come from its file watcher.
            config.source.fetchData({ schemaDef, verbose: false }),
            S.take(1),
            S.runCollect,
            T.map(Chunk.unsafeHead),
            T.rightOrFail,
            T.map((cache) => byType(cache, schemaDef, config.source.options.fieldOptions.typeFieldName)),
          ),
        ),
      ),
    ),
    provideTracing('contentlayer-cli', 'based-on-env'),
    provideCwd,
    // contentlayer's own (English) report of fields it could not read, for when the Dutch check finds nothing.
    provideTestConsole(messages),
    T.provideSomeLayer(NodeFsLive),
    T.either,
  );
  // contentlayer finds its config, cache and content from the working folder (PWD first), and the
  // content model copies the images into public/ of it.
  const before = { cwd: process.cwd(), pwd: process.env.PWD };
  process.chdir(dir);
  process.env.PWD = dir;
  try {
    const result = await T.runPromise(program);
    if (result._tag === 'Right') return { documents: result.right };
    return { output: [...messages.map(String), String(result.left)].join('\n') };
  } catch (error) {
    return { output: [...messages.map(String), String(error?.stack ?? error)].join('\n') };
  } finally {
    process.chdir(before.cwd);
    if (before.pwd === undefined) delete process.env.PWD;
    else process.env.PWD = before.pwd;
  }
}

/**
 * As writeFilesForCache groups them: in the cache's order, per type; a singleton type as its
 * document. Through JSON, as the generated files were: a document contentlayer has just made (not
 * one from its cache) holds fields with the value undefined (an optional field left out) and
 * objects shared between documents; the checks and the release get what a build always gave them.
 */
function byType(cache, schemaDef, typeField) {
  const documents = Object.values(cache.cacheItemsMap).map((item) => item.document);
  return Object.fromEntries(
    Object.values(schemaDef.documentTypeDefMap).map((def) => {
      const ofType = documents.filter((doc) => doc[typeField] === def.name);
      return [def.name, JSON.parse(JSON.stringify(def.isSingleton ? ofType[0] : ofType))];
    }),
  );
}
