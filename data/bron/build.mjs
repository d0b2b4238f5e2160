// Build gemeenten.json, centroids.json and provinces.geojson from the CBS/PDOK
// "gebiedsindelingen 2025" generalised boundaries as published (simplified, WGS84)
// in the public repo cartomap/nl @ d12a9a9b777940999b929c805730b19d330aaae7:
//   wgs84/gemeente_2025.topojson  and  wgs84/provincie_2025.topojson
// See SOURCES.md for how the copies under ./source were obtained.
//
// Run:  npm ci && node build.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { feature } from 'topojson-client';
import polylabel from 'polylabel';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { area } from '@turf/area';

const SRC = new URL('./source/', import.meta.url);
const OUT = new URL('../', import.meta.url);
const fail = (msg) => { console.error('FAIL:', msg); process.exitCode = 1; throw new Error(msg); };
const round4 = (x) => Math.round(x * 1e4) / 1e4;

// ---------------------------------------------------------------- gemeenten
// (a) arcs + transform: verbatim first 48,000 characters of gemeente_2025.topojson,
//     stored as three 16,000-character chunks.
const chunkDir = new URL('gemeente_2025_arcs/', SRC);
const chunkFiles = readdirSync(chunkDir).filter((f) => f.endsWith('.txt')).sort();
const head = chunkFiles.map((f) => readFileSync(new URL(f, chunkDir), 'utf8')).join('');
if ([...head].length !== 48000) fail(`arc chunks should total 48000 chars, got ${[...head].length}`);
const objPos = head.indexOf(',"objects":');
if (objPos < 0) fail('objects marker not found in arc chunks');
const gTopo = JSON.parse(head.slice(0, objPos) + '}');

// (b) objects: one line per municipality  id|statcode|statnaam|arcs
//     (properties jrstatcode, rubriek, FID omitted in the transcription)
const lines = ['a', 'b', 'c', 'd']
  .map((s) => readFileSync(new URL(`gemeente_2025_objects_${s}.txt`, SRC), 'utf8'))
  .join('')
  .split('\n')
  .filter((l) => l.trim());
const geometries = lines.map((l) => {
  const [id, code, name, arcs] = l.split('|');
  const a = JSON.parse(arcs);
  const type = Array.isArray(a[0][0]) ? 'MultiPolygon' : 'Polygon';
  return { type, arcs: a, id: code, properties: { statcode: code, statnaam: name, id: Number(id) } };
});

// cross-check the condensed transcription against the verbatim part of the objects
// that happens to sit inside the third arc chunk (first 12 complete objects)
const verbatimObjs = [...head.slice(objPos).matchAll(/\{"arcs":(\[.*?\]),"type":"(\w+)","properties":\{"statcode":"(GM\d{4})","jrstatcode":"2025GM\d{4}","statnaam":"([^"]*)","rubriek":"gemeente","id":(\d+),/g)];
if (verbatimObjs.length < 12) fail('expected >= 12 verbatim objects in chunk 3');
for (const m of verbatimObjs) {
  const g = geometries[Number(m[5]) - 1];
  if (JSON.stringify(g.arcs) !== m[1] || g.type !== m[2] || g.id !== m[3] || g.properties.statnaam !== m[4])
    fail(`verbatim/condensed mismatch for ${m[3]}`);
}

// structural checks
geometries.forEach((g, i) => { if (g.properties.id !== i + 1) fail(`id sequence broken at line ${i + 1}`); });
const codes = geometries.map((g) => g.id);
if (new Set(codes).size !== codes.length) fail('duplicate GM codes');
if (!codes.every((c) => /^GM\d{4}$/.test(c))) fail('bad GM code format');

// decode arcs to absolute coordinates and verify every ring closes and every arc joins
// its neighbour exactly: a mistyped delta anywhere would break this.
// (Quantised integers are enough for that check; the transform is applied by topojson-client.)
function decodeArcs(topo) {
  return topo.arcs.map((arc) => { let x = 0, y = 0; return arc.map(([dx, dy]) => { x += dx; y += dy; return [x, y]; }); });
}
function checkRings(topo, geoms, label) {
  const abs = decodeArcs(topo);
  let rings = 0;
  const ringPts = (ring) => ring.map((i) => (i >= 0 ? abs[i] : abs[~i].slice().reverse()));
  for (const g of geoms) {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    for (const poly of polys) for (const ring of poly) {
      for (const i of ring) if ((i >= 0 ? i : ~i) >= abs.length) fail(`${label} ${g.id}: arc index ${i} out of range`);
      const parts = ringPts(ring);
      for (let k = 0; k < parts.length; k++) {
        const end = parts[k][parts[k].length - 1], next = parts[(k + 1) % parts.length][0];
        if (end[0] !== next[0] || end[1] !== next[1]) fail(`${label} ${g.id}: ring does not close/join (arc ${ring[k]})`);
      }
      rings++;
    }
  }
  return rings;
}
const gRings = checkRings(gTopo, geometries, 'gemeente');
gTopo.objects = { gemeente_2025: { type: 'GeometryCollection', geometries } };
const gemFC = feature(gTopo, gTopo.objects.gemeente_2025);

// ---------------------------------------------------------------- provinces
const pTopo = JSON.parse(readFileSync(new URL('provincie_2025.topojson', SRC), 'utf8'));
const pGeoms = pTopo.objects.provincie_2025.geometries;
const pRings = checkRings(pTopo, pGeoms, 'provincie');
const provFC = feature(pTopo, pTopo.objects.provincie_2025);
if (provFC.features.length !== 12) fail('expected 12 provinces');

const roundCoords = (c) => (typeof c[0] === 'number' ? [round4(c[0]), round4(c[1])] : c.map(roundCoords));
const provOut = {
  type: 'FeatureCollection',
  // RFC 7946 GeoJSON: WGS84 lon/lat (EPSG:4326), coordinates rounded to 4 decimals
  features: provFC.features.map((f) => ({
    type: 'Feature',
    id: f.properties.statcode,
    properties: { code: f.properties.statcode, name: f.properties.statnaam },
    geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
  })),
};

// ---------------------------------------------------------------- points + province
function largestPolygon(geom) {
  if (geom.type === 'Polygon') return geom.coordinates;
  let best = null, bestA = -1;
  for (const p of geom.coordinates) { const a = area({ type: 'Polygon', coordinates: p }); if (a > bestA) { bestA = a; best = p; } }
  return best;
}
const provOf = (pt) => provFC.features.filter((p) => booleanPointInPolygon(pt, p)).map((p) => p.properties.statnaam);

const gemeenten = [], centroids = {}, provStats = [];
for (const f of gemFC.features) {
  const code = f.properties.statcode;
  // label point = pole of inaccessibility of the largest part (always inside the shape)
  const lp = polylabel(largestPolygon(f.geometry), 1e-5);
  const pt = [round4(lp[0]), round4(lp[1])];
  if (!booleanPointInPolygon(pt, f)) fail(`${code}: label point not inside its own geometry`);
  centroids[code] = pt;

  // province = majority vote of a 30x30 grid of sample points inside the municipality
  const xs = [], ys = [];
  (function walk(c) { if (typeof c[0] === 'number') { xs.push(c[0]); ys.push(c[1]); } else c.forEach(walk); })(f.geometry.coordinates);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const votes = {};
  let n = 0;
  const N = 30;
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) {
    const p = [x0 + ((i + 0.5) / N) * (x1 - x0), y0 + ((j + 0.5) / N) * (y1 - y0)];
    if (!booleanPointInPolygon(p, f)) continue;
    n++;
    for (const pv of provOf(p)) votes[pv] = (votes[pv] || 0) + 1;
  }
  for (const pv of provOf(pt)) votes[pv] = (votes[pv] || 0) + 1; n++;
  const ranked = Object.entries(votes).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) fail(`${code}: no province found`);
  const share = ranked[0][1] / n;
  const runnerUp = ranked[1] ? `${ranked[1][0]} ${ranked[1][1]}` : 'none';
  const runnerUpShare = ranked[1] ? ranked[1][1] / n : 0;
  const lpProv = provOf(pt);
  provStats.push({ code, name: f.properties.statnaam, province: ranked[0][0], share, samples: n, runnerUp, runnerUpShare, labelPointProvince: lpProv.join('/') });
  gemeenten.push({ code, name: f.properties.statnaam, province: ranked[0][0] });
}
gemeenten.sort((a, b) => a.code.localeCompare(b.code));

// ---------------------------------------------------------------- validation
const must = ["'s-Hertogenbosch", "'s-Gravenhage", 'Súdwest-Fryslân', 'Eemsdelta', 'Vijfheerenlanden', 'Land van Cuijk', 'Voorne aan Zee', 'Dijk en Waard', 'Maashorst'];
const names = new Set(gemeenten.map((g) => g.name));
for (const m of must) if (!names.has(m)) fail(`missing name ${m}`);
if (gemeenten.length !== 342) fail(`expected 342 municipalities, got ${gemeenten.length}`);
const provNames = new Set(gemeenten.map((g) => g.province));
if (provNames.size !== 12) fail(`expected 12 provinces, got ${provNames.size}`);
for (const g of gemeenten) {
  const [lon, lat] = centroids[g.code] ?? fail(`no centroid for ${g.code}`);
  if (!(lon > 3.3 && lon < 7.3 && lat > 50.7 && lat < 53.6)) fail(`${g.code} point outside NL bbox`);
}
// sample points that fall in no province (coastline/border simplification) are not conflicts;
// flag only a real competitor province (>10% of samples) or a label point in another province
const weak = provStats.filter((s) => s.runnerUpShare > 0.1 || s.labelPointProvince !== s.province);

// One file for the portal: CBS code, name, province and a label point per municipality.
const withPoints = gemeenten.map((g) => ({ ...g, point: centroids[g.code] }));
writeFileSync(new URL('gemeenten-2025.json', OUT), '[\n' + withPoints.map((g) => JSON.stringify(g)).join(',\n') + '\n]\n');
writeFileSync(new URL('provincies-2025.geo.json', OUT), JSON.stringify(provOut) + '\n');

const perProv = {};
for (const g of gemeenten) perProv[g.province] = (perProv[g.province] || 0) + 1;
console.log(`gemeente rings checked: ${gRings}, provincie rings checked: ${pRings}`);
console.log(`verbatim/condensed cross-check: ${verbatimObjs.length} objects identical`);
console.log(`municipalities: ${gemeenten.length} (unique codes ${new Set(gemeenten.map((g) => g.code)).size})`);
console.log('per province:', perProv);
console.log('lowest province-vote shares:', provStats.sort((a, b) => a.share - b.share).slice(0, 5).map((s) => `${s.code} ${s.name} ${s.province} ${(s.share * 100).toFixed(1)}% of ${s.samples} (runner-up: ${s.runnerUp})`));
console.log('ambiguous (other province >10% of samples, or label point in another province):', weak.length ? weak : 'none');
