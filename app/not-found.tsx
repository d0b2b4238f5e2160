import Link from 'next/link';
import './globals.css';

// Reached only for addresses outside the locale routes (for example a missing file). Pages
// inside the site get app/[locale]/not-found.tsx with the full header and footer.
export default function GlobalNotFound() {
  return (
    <html lang="nl">
      <body className="p-8 font-sans">
        <main>
          <h1 className="text-3xl font-bold">Pagina niet gevonden</h1>
          <p className="mt-4">Deze pagina bestaat niet (meer).</p>
          <p className="mt-4">
            <Link href="/">Naar de homepage van de Gelijke Kansen Alliantie</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
