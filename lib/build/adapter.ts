// Run by the build adapter (scripts/next-adapter.mjs) when `next build` completes: the project's
// build manifest from what Next hands over, or a failed build with one Dutch line.
import { BuildManifestError, manifestFromBuild, writeBuildManifest as write } from './manifest';

export function writeBuildManifest(context: { projectDir: string }) {
  try {
    const manifest = manifestFromBuild(context);
    write(context.projectDir, manifest);
    console.log(`✓ Bouwmanifest: ${Object.keys(manifest.assets).length} bestanden onder /_next/static, ${manifest.prerendered.length} vooraf gemaakt`);
  } catch (error) {
    if (!(error instanceof BuildManifestError)) throw error;
    // Next would print the error as an object: the operator gets the line alone.
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}
