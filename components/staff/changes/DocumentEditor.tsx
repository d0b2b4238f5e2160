import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { ContentForm } from '@/components/staff/editor/ContentForm';
import type { ContentSet } from '@/lib/content/validate';
import type { EditorProblem } from '@/lib/editor/check';
import type { TextDiff as Diff } from '@/lib/editor/diff';
import type { FormValues } from '@/lib/editor/form-values';
import type { EditorKind } from '@/lib/editor/model';
import { UPLOAD_LIMITS } from '@/lib/editor/uploads';
import { urls } from '@/lib/urls';
import { TextDiff } from './TextDiff';

type Props = {
  kind: EditorKind;
  title: string;
  values: FormValues;
  problems: EditorProblem[];
  csrf: string;
  baseRevision: string | null;
  content: Partial<ContentSet>;
  slug: { value: string; editable: true } | { path: string; editable: false };
  /** The editor's own fields: which document (`_pad`) or change (`_wijziging`, `_stand`). */
  hidden: Record<string, string>;
  saved?: 'ja' | 'met-problemen';
  notice?: string;
  /** The form was refused because someone else changed the file or the change meanwhile. */
  conflict?: { who?: string; diff: Diff | null };
  /** Before the form: the change it belongs to, a review comment. */
  lead?: React.ReactNode;
};

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/** The editing page of one document: notices, the model's form, a file to add, and the two ways to save. */
export function DocumentEditor({ kind, title, values, problems, csrf, baseRevision, content, slug, hidden, saved, notice, conflict, lead }: Props) {
  return (
    // A container: the body's field with its live preview takes this width (ContentForm).
    <div className="@container container-page mt-8 space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      {lead}
      {saved && (
        <Notice as="p" role="status" tone="info" className="font-semibold">
          {saved === 'ja'
            ? 'Opgeslagen als concept. Het staat nog niet op de site.'
            : 'Opgeslagen als concept, met problemen: u ziet ze hieronder bij de velden. Niets van wat u typte is verloren.'}
        </Notice>
      )}
      {notice && (
        <Notice as="p" role="alert" tone="problem">
          {notice}
        </Notice>
      )}
      {conflict && (
        <Notice role="alert" tone="problem">
          <p>
            Niet opgeslagen: {conflict.who ?? 'iemand anders'} heeft dit intussen gewijzigd. Hieronder staat wat er nu staat tegenover uw versie; uw tekst staat
            nog in het formulier. Neem over wat u van de ander wilt houden en sla dan opnieuw op: dan vervangt uw versie de huidige.
          </p>
        </Notice>
      )}
      {conflict?.diff && <TextDiff diff={conflict.diff} caption="Wat er nu staat (weg) tegenover uw versie (erbij)" />}
      <ContentForm
        kind={kind}
        values={values}
        problems={problems}
        csrf={csrf}
        action={urls.staffSave()}
        baseRevision={baseRevision}
        content={content}
        slug={slug}
        hidden={{ _soort: kind.folder, ...hidden }}
        extra={<UploadFields kind={kind} />}
        buttons={
          <div className="flex flex-wrap gap-4">
            <Button size="xl" name="_actie" value="opslaan">
              Opslaan als concept
            </Button>
            <Button size="xl" name="_actie" value="voorleggen">
              Opslaan en ter controle voorleggen
            </Button>
          </div>
        }
      />
    </div>
  );
}

/** Adding one image (to the end of the text) or, for a publication, one PDF (to its files), with the form's save. */
function UploadFields({ kind }: { kind: EditorKind }) {
  const documents = kind.type === 'Publication';
  return (
    <fieldset className="min-w-0 space-y-4 rounded-md border border-brand-100 p-5">
      <legend className="px-1 text-xl font-bold">{documents ? 'Een afbeelding of PDF toevoegen' : 'Een afbeelding toevoegen'}</legend>
      <p id="bestand-uitleg">
        {`Een foto of afbeelding (JPEG, PNG of WebP, tot ${mb(UPLOAD_LIMITS.imageBytes)}) komt onderaan de tekst; verplaats de regel ![…](./…) daarna waar u hem wilt.`}
        {documents
          ? ` Een PDF (tot ${mb(UPLOAD_LIMITS.documentBytes)}) komt bij de bestanden van de publicatie; een PDF moet toegankelijk zijn (getagd, met een titel).`
          : ''}{' '}
        Het bestand wordt bewaard met de wijziging en pas bij publicatie op de site gezet. Gegevens als locatie en camera worden eruit gehaald.
      </p>
      {documents && (
        <div>
          <label htmlFor="doel" className="block font-semibold">
            Soort bestand
          </label>
          <select id="doel" name="_doel" className="mt-1 rounded-md border-2 border-ink bg-white px-3 py-2">
            <option value="afbeelding">Afbeelding</option>
            <option value="document">PDF-document</option>
          </select>
        </div>
      )}
      <div>
        <label htmlFor="bestand" className="block font-semibold">
          Bestand (niet verplicht)
        </label>
        <input
          id="bestand"
          name="_bestand"
          type="file"
          accept={documents ? 'image/jpeg,image/png,image/webp,application/pdf' : 'image/jpeg,image/png,image/webp'}
          aria-describedby="bestand-uitleg"
          className="mt-1 block w-full max-w-full"
        />
      </div>
      <div>
        <label htmlFor="alt" className="block font-semibold">
          Wat staat er op de afbeelding? (alt-tekst, verplicht bij een afbeelding)
        </label>
        <p id="alt-uitleg" className="text-muted">
          Voor wie de afbeelding niet ziet. Beschrijf wat er te zien is, niet de bestandsnaam; hooguit 250 tekens.
        </p>
        <input
          id="alt"
          name="_alt"
          type="text"
          maxLength={250}
          aria-describedby="alt-uitleg"
          className="mt-1 w-full rounded-md border-2 border-ink px-3 py-2"
        />
      </div>
      {documents && (
        <>
          <div>
            <label htmlFor="titel" className="block font-semibold">
              Titel van het document (verplicht bij een PDF)
            </label>
            <input id="titel" name="_titel" type="text" maxLength={200} className="mt-1 w-full rounded-md border-2 border-ink px-3 py-2" />
          </div>
          <div className="flex items-start gap-3">
            <input id="bevestigd" name="_bevestigd" type="checkbox" value="ja" className="mt-1 h-5 w-5" />
            <label htmlFor="bevestigd">Ik weet dat deze PDF niet (helemaal) toegankelijk is en wil hem toch plaatsen.</label>
          </div>
        </>
      )}
    </fieldset>
  );
}
