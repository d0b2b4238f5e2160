// The build adapter (next.config.ts adapterPath): Next hands it what the build made, through its
// public adapter interface, and it writes the project's own build manifest (lib/build/adapter.ts).
// Next also imports this module whenever it loads its configuration: the work is loaded only when
// a build completes.
import { pathToFileURL } from 'node:url';
import { bundleTs } from './bundle-ts.mjs';

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'gka-bouwmanifest',
  async onBuildComplete(context) {
    const { writeBuildManifest } = await import(pathToFileURL(await bundleTs('lib/build/adapter.ts')).href);
    writeBuildManifest(context);
  },
};

export default adapter;
