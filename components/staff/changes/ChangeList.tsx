import { formatLongDateTime } from '@/lib/dates';
import type { Change } from '@/lib/editor/changes';
import { urls } from '@/lib/urls';
import { StatusTag } from './StatusTag';

/** Changes as a table: title (to the change), state, who wrote it, when it was saved last. */
export function ChangeList({ changes, caption, empty }: { changes: Change[]; caption: string; empty: string }) {
  if (changes.length === 0) return <p>{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              Wijziging
            </th>
            <th scope="col" className="p-2">
              Status
            </th>
            <th scope="col" className="p-2">
              Door
            </th>
            <th scope="col" className="p-2">
              Laatst opgeslagen
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id} className="border-b border-brand-100">
              <td className="p-2">
                <a href={urls.staffChange(c.id)}>{c.title}</a>
                <span className="block font-mono text-sm break-all text-muted">
                  {c.files
                    .map((f) => f.path)
                    .slice(0, 3)
                    .join(', ')}
                  {c.files.length > 3 ? ` en ${c.files.length - 3} meer` : ''}
                </span>
              </td>
              <td className="p-2">
                <StatusTag status={c.status} />
                {c.publishState === 'mislukt' && <span className="block font-semibold text-error">Publiceren mislukt</span>}
                {(c.publishState === 'wachtrij' || c.publishState === 'bezig') && <span className="block">Wordt gepubliceerd</span>}
              </td>
              <td className="p-2">{c.contributors.join(', ')}</td>
              <td className="p-2">{formatLongDateTime(new Date(c.updatedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
