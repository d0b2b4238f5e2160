import { describe, expect, it } from 'vitest';
import { editorKinds } from './model';
import { listUrlOf } from './lists';

describe('the list a document appears in', () => {
  it('is the list of its kind, and a generic page’s search result', () => {
    expect(listUrlOf('News', 'x')).toBe('/actueel/nieuws');
    expect(listUrlOf('Region', 'x')).toBe('/regiocoordinatoren');
    expect(listUrlOf('Page', 'Over de GKA')).toBe('/zoeken?q=Over+de+GKA');
    // Every kind of the model has a list to preview in.
    for (const kind of editorKinds()) expect(listUrlOf(kind.type, 't')).toMatch(/^\//);
  });
});
