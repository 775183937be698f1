import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProtocolDocument } from '../../domain/protocol';
import { parseDocument, readDocumentText } from '../../domain/protocol-document';

/**
 * The five real protocols Accord is built from, as protocol documents (format 2, YAML) in the form a
 * user exports and imports: `<slug>.yaml` beside this file. Each is read the way an upload is
 * (readDocumentText, then parseDocument: the shape, then the document against itself), on first use,
 * once; a seed that fails those checks stops whoever asked for it, with every problem and its path.
 *
 * The folder is read from the source tree in both the built and the test layout (api/dist/seed/protocols
 * and api/src/seed/protocols are both three levels below api/), and the image ships it (Dockerfile), as
 * with api/src/db/sql.
 */
export const SEED_DIR = join(__dirname, '..', '..', '..', 'src', 'seed', 'protocols');

/** The demo councils with a seed protocol, by slug, in the order the demo loads them. */
export const DEMO_SLUGS = ['cwmbran', 'glanmor', 'ashbury', 'kingsford', 'eastvale'] as const;
export type DemoSlug = (typeof DEMO_SLUGS)[number];

/** A seed document, read and checked as an upload is; throws with every problem (path: message). */
export function readSeedDocument(slug: string, dir = SEED_DIR): ProtocolDocument {
  const file = join(dir, `${slug}.yaml`);
  const read = readDocumentText(readFileSync(file, 'utf8'));
  const parsed = read.ok ? parseDocument(read.value) : read;
  if (!parsed.ok) throw new Error(`Seed protocol ${file} is not a valid document:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  return parsed.document;
}

/**
 * The seed documents by demo council slug. Each is read on first use (parsing all five takes about
 * half a second, which a process that never seeds should not pay) and kept.
 */
export const DEMO_PROTOCOLS: Readonly<Record<DemoSlug, ProtocolDocument>> = Object.defineProperties(
  {} as Record<DemoSlug, ProtocolDocument>,
  Object.fromEntries(
    DEMO_SLUGS.map((slug) => {
      let doc: ProtocolDocument | undefined;
      return [slug, { enumerable: true, get: () => (doc ??= readSeedDocument(slug)) }];
    }),
  ),
);

/** Invented people holding roles at the demo councils, so routes name someone and the worker can reach them. */
export const DEMO_OFFICE_HOLDERS: Record<DemoSlug, { role: string; name: string; email: string; deputy?: boolean }[]> = {
  cwmbran: [
    { role: 'clerk', name: 'Siân Morgan', email: 'clerk@cwmbran.example' },
    { role: 'chairman', name: 'Cllr Gareth Davies', email: 'chair@cwmbran.example' },
    { role: 'principal_council_monitoring_officer', name: 'Torfaen Monitoring Officer', email: 'mo.torfaen@accord.example' },
  ],
  glanmor: [
    { role: 'chief_executive', name: 'Rhian Evans', email: 'ce@glanmor.example' },
    { role: 'monitoring_officer', name: 'Owain Price', email: 'mo@glanmor.example' },
    { role: 'head_of_service', name: 'Heads of Service (by service)', email: 'heads@glanmor.example' },
  ],
  ashbury: [
    { role: 'chief_executive', name: 'Alison Hart', email: 'ce@ashbury.example' },
    { role: 'monitoring_officer', name: 'Daniel Shaw', email: 'mo@ashbury.example' },
    { role: 'director', name: 'Priya Nair', email: 'ed@ashbury.example' },
    { role: 'democratic_services', name: 'Member Enquiries Mailbox', email: 'member.enquiries@ashbury.example' },
  ],
  kingsford: [
    { role: 'clerk', name: 'Helen Parry', email: 'townclerk@kingsford.example' },
    { role: 'chairman', name: 'Cllr Tom Blake', email: 'mayor@kingsford.example' },
    { role: 'principal_council_monitoring_officer', name: 'Westmere Monitoring Officer', email: 'mo.westmere@accord.example' },
  ],
  eastvale: [
    { role: 'chief_executive', name: 'Mark Ellis', email: 'ce@eastvale.example' },
    { role: 'monitoring_officer', name: 'Ruth Okafor', email: 'mo@eastvale.example' },
  ],
};
