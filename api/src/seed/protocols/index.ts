import type { ProtocolDocument } from '../../domain/protocol';
import { protocol as ashbury } from './ashbury';
import { protocol as cwmbran } from './cwmbran';
import { protocol as eastvale } from './eastvale';
import { protocol as glanmor } from './glanmor';
import { protocol as kingsford } from './kingsford';

/** The five real protocols Accord is built from, by demo council slug. */
export const DEMO_PROTOCOLS: Record<string, ProtocolDocument> = { cwmbran, glanmor, ashbury, kingsford, eastvale };

/** Invented people holding roles at the demo councils, so routes name someone and the worker can reach them. */
export const DEMO_OFFICE_HOLDERS: Record<string, { role: string; name: string; email: string; deputy?: boolean }[]> = {
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
