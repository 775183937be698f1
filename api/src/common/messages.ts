/**
 * What the API says to a caller, in English and Welsh: one catalogue for every error message the
 * API writes itself (errors.ts's helpers, the database refusals of format-error.ts, the GraphQL
 * handler's own refusals). Codes never change with the language; only `message` does.
 *
 * A message is a key and its placeholders (`{name}`); a placeholder's value is a number, a text
 * given by the caller or the council (a name, a reference, a field), a {@link Term} (English and
 * Welsh, e.g. a role title from the glossary) or another message. Welsh sentences are written so
 * that no placeholder follows a word that would mutate it (a name comes first, after a colon, or in
 * brackets), and counts are written "label: number", so no numeral mutation is needed.
 *
 * tests/unit/api-messages.test.ts checks every key: Welsh present, the same placeholders, no
 * English left in the Welsh, no term the glossary rejects.
 */
import Negotiator from 'negotiator';
import { TERMS, roleTitleIn } from '../domain/glossary';

export type Language = 'en' | 'cy';
export const LANGUAGES: readonly Language[] = ['en', 'cy'];

export interface Term {
  en: string;
  cy: string;
}

// ---- The catalogue --------------------------------------------------------------------------------

export const MESSAGES = {
  // A sentence worded elsewhere (a protocol's consistency problems), carried as written.
  'text.asWritten': { en: '{text}', cy: '{text}' },
  // Input: "<field>: <problem>"
  'input.field': { en: '{field}: {problem}', cy: '{field}: {problem}' },
  'input.lengthRange': { en: 'must be {min} to {max} characters', cy: 'rhaid iddo fod o {min} i {max} nod' },
  'input.lengthMax': { en: 'must be at most {max} characters', cy: 'ni chaiff fod yn hwy na {max} nod' },
  'input.lengthMaxGot': { en: 'must be at most {max} characters (got {length})', cy: 'ni chaiff fod yn hwy na {max} nod (cafwyd {length})' },
  'input.lengthRangeLong': { en: 'must be {min} to {max} characters long', cy: 'rhaid iddo fod o {min} i {max} nod o hyd' },
  'input.email': { en: 'must be an e-mail address', cy: 'rhaid iddo fod yn gyfeiriad e-bost' },
  'input.date': { en: 'must be a date written YYYY-MM-DD', cy: 'rhaid iddo fod yn ddyddiad ar y ffurf YYYY-MM-DD (blwyddyn-mis-diwrnod)' },
  'input.dateTime': { en: 'must be a date and time', cy: 'rhaid iddo fod yn ddyddiad ac yn amser' },
  'input.timeOfDay': { en: 'must be a time of day written HH:MM, from 06:00 to 23:59', cy: "rhaid iddo fod yn amser o'r dydd ar y ffurf HH:MM, rhwng 06:00 a 23:59" },
  'input.notEmpty': { en: 'must not be empty', cy: 'ni chaiff fod yn wag' },
  'input.required': { en: 'is required', cy: 'rhaid rhoi gwerth' },
  'input.notAllowed': { en: 'is not allowed', cy: 'ni chaniateir y gwerth hwn' },
  'input.notRole': { en: 'is not a role', cy: "nid yw'n rôl" },
  'input.roleKey': { en: 'must be a role key: lower-case letters, digits and _ (e.g. {example})', cy: 'rhaid iddo fod yn allwedd rôl: llythrennau bach, digidau a _ (e.e. {example})' },
  'input.notProtocolRole': { en: '"{value}" is not one of this protocol\'s roles', cy: '"{value}": nid yw\'n un o rolau\'r protocol hwn' },
  'input.notProtocolConcern': { en: '"{value}" is not one of this protocol\'s concern kinds', cy: '"{value}": nid yw\'n un o fathau pryder y protocol hwn' },
  'input.notProtocolCategory': { en: '"{value}" is not one of this protocol\'s enquiry categories', cy: '"{value}": nid yw\'n un o gategorïau ymholiad y protocol hwn' },
  'case.unknownConcern': { en: '"{value}" is not a concern kind of the protocol in force: see builtInVocabulary and the protocol\'s own ("vocabulary.concernKinds")', cy: '"{value}": nid yw\'n fath o bryder yn y protocol sydd mewn grym: gweler "builtInVocabulary" a rhai\'r protocol ei hun ("vocabulary.concernKinds")' },
  'case.unknownCategory': { en: '"{value}" is not an enquiry category of the protocol in force: see builtInVocabulary and the protocol\'s own ("vocabulary.enquiryCategories")', cy: '"{value}": nid yw\'n gategori ymholiad yn y protocol sydd mewn grym: gweler "builtInVocabulary" a rhai\'r protocol ei hun ("vocabulary.enquiryCategories")' },
  'protocol.sayReviewDate': { en: 'the council\'s next review date is {council}, this version\'s schedule gives {schedule}: say keepNextReviewDue or nextReviewDue', cy: 'dyddiad adolygu nesaf y cyngor yw {council}, ac mae amserlen y fersiwn hon yn rhoi {schedule}: nodwch "keepNextReviewDue" neu "nextReviewDue"' },
  'protocol.noChainId': { en: 'The adopted protocol has no chain "{id}" for this concern', cy: 'Nid oes gan y protocol a fabwysiadwyd gadwyn "{id}" ar gyfer y pryder hwn' },
  'input.invalidId': { en: '"{value}" is not a valid id', cy: '"{value}": nid yw\'n ddynodydd dilys' },
  'input.offset': { en: 'must be 0 or more', cy: 'rhaid iddo fod yn 0 neu fwy' },
  'input.limit': { en: 'must be between 1 and {max}', cy: 'rhaid iddo fod o 1 i {max}' },
  'input.oneOf': { en: 'must be one of {values}', cy: "rhaid iddo fod yn un o'r rhain: {values}" },
  'input.inFuture': { en: 'is in the future', cy: 'ni chaiff fod yn y dyfodol' },
  'input.afterToday': { en: 'must be after today', cy: 'rhaid iddo fod ar ôl heddiw' },
  'input.notBefore': { en: 'must not be before {other}', cy: 'ni chaiff fod yn gynharach na {other}' },
  'input.periodMaxDays': { en: 'must be at most {max} days after the start of the period (from)', cy: "ni chaiff fod fwy na {max} diwrnod ar ôl dechrau'r cyfnod" },
  'input.atMostItems': { en: 'at most {max}', cy: 'dim mwy na {max}' },
  'input.monthsRange': { en: 'must be 1 to 120 months', cy: 'rhaid iddo fod o 1 i 120 mis' },
  'input.documents': { en: 'at most 50 references of at most 500 characters', cy: 'dim mwy na 50 cyfeirnod, a dim un yn hwy na 500 nod' },
  'input.councilIds': { en: 'at most 500 at a time', cy: 'dim mwy na 500 ar y tro' },
  'input.outsideCalendar': {
    en: 'dates must fall within {from}–{to}, the years whose bank holidays are known (got {year})',
    cy: "rhaid i ddyddiadau fod o fewn {from}–{to}, y blynyddoedd y mae eu gwyliau banc yn hysbys (cafwyd {year})",
  },
  'input.dateOutOfRange': { en: 'A date is out of range: {detail}', cy: "Mae dyddiad y tu allan i'r ystod: {detail}" },
  'input.controlCharacters': {
    en: '{field}: must not contain control characters or unpaired surrogates (found {point})',
    cy: '{field}: ni chaiff gynnwys nodau rheoli na dirprwyon heb eu paru (cafwyd {point})',
  },
  'input.tooManyVariables': { en: 'Too many variables have invalid values; the first 50 are listed', cy: "Mae gormod o newidynnau â gwerthoedd annilys; rhestrir y 50 cyntaf" },
  'input.slugCharacters': {
    en: 'must be lower-case letters, digits and hyphens, starting and ending with a letter or digit',
    cy: "rhaid iddo gynnwys llythrennau bach, digidau a chysylltnodau yn unig, gan ddechrau a gorffen â llythyren neu ddigid",
  },

  // Passwords (auth/password-policy.ts)
  'password.tooShort': { en: 'must be at least {min} characters', cy: 'rhaid iddo fod yn {min} nod o leiaf' },
  'password.tooLong': { en: 'must be at most {max} characters', cy: 'ni chaiff fod yn hwy na {max} nod' },
  'password.distinct': { en: 'must use at least {min} different characters', cy: 'rhaid iddo ddefnyddio {min} nod gwahanol o leiaf' },
  'password.repeated': { en: 'must not be a short sequence repeated', cy: "ni chaiff fod yn ddilyniant byr wedi'i ailadrodd" },
  'password.common': {
    en: 'is too common (it is on a list of frequently used passwords); choose another',
    cy: "mae'n rhy gyffredin (mae ar restr o gyfrineiriau a ddefnyddir yn aml); dewiswch un arall",
  },
  'password.email': { en: 'must not contain your e-mail address or its name part', cy: "ni chaiff gynnwys eich cyfeiriad e-bost na'r rhan enw ohono" },
  'password.currentRequired': { en: 'is required to change your own password', cy: 'rhaid ei roi i newid eich cyfrinair eich hun' },
  'password.currentWrong': { en: 'is not your current password', cy: "nid dyma'ch cyfrinair presennol" },

  // Signing in and credentials
  'auth.signIn': { en: 'Sign in to continue', cy: 'Mewngofnodwch i barhau' },
  'auth.invalidSession': { en: 'Your sign-in is not valid or has expired; sign in again', cy: "Nid yw eich mewngofnod yn ddilys neu mae wedi dod i ben; mewngofnodwch eto" },
  'auth.invalidKey': { en: 'The API key is not valid or has been revoked', cy: "Nid yw'r allwedd API yn ddilys neu mae wedi'i dirymu" },
  'auth.unsupportedHeader': {
    en: 'Unsupported Authorization header: use "Bearer <token>" or "ApiKey <key>"',
    cy: 'Pennyn Authorization anghyfarwydd: defnyddiwch "Bearer <tocyn>" neu "ApiKey <allwedd>"',
  },
  'auth.badCredentials': { en: 'The e-mail address or password is not right', cy: "Nid yw'r cyfeiriad e-bost neu'r cyfrinair yn gywir" },
  'auth.invitationInvalid': { en: 'This invitation link is not valid: it has been used, has expired or was mistyped. Ask for a new invitation', cy: "Nid yw'r ddolen wahoddiad hon yn ddilys: fe'i defnyddiwyd, mae wedi dod i ben neu fe'i teipiwyd yn anghywir. Gofynnwch am wahoddiad newydd" },
  'auth.throttled': { en: 'Too many failed sign-ins; wait before trying again (see Retry-After)', cy: "Gormod o ymdrechion aflwyddiannus i fewngofnodi; arhoswch cyn ceisio eto (gweler Retry-After)" },
  'auth.hashBusy': { en: 'Too many sign-ins are being checked at once; try again in a moment', cy: "Mae gormod o fewngofnodion yn cael eu gwirio ar yr un pryd; rhowch gynnig arall arni mewn munud" },
  'auth.apiKeysReadOnly': { en: 'API keys are read-only: they cannot run mutations', cy: 'Mae allweddi API yn rhai darllen yn unig: ni allant wneud newidiadau' },

  // The HTTP handler's own refusals
  'http.busy': { en: 'The service is busy or its database is unavailable; try again shortly', cy: "Mae'r gwasanaeth yn brysur neu nid yw ei gronfa ddata ar gael; rhowch gynnig arall arni cyn hir" },
  'http.tooLarge': { en: 'The request body is larger than 1 MB', cy: "Mae corff y cais yn fwy nag 1 MB" },
  'http.bodyTimeout': { en: 'The request body did not arrive within {seconds} s', cy: "Ni chyrhaeddodd corff y cais o fewn {seconds} eiliad" },
  'http.badJson': { en: 'The request body is not valid JSON', cy: "Nid yw corff y cais yn JSON dilys" },
  'http.keyRateLimited': { en: 'Too many requests for this API key: at most {perMinute} a minute. Retry in {seconds} s.', cy: "Gormod o geisiadau ar gyfer yr allwedd API hon: dim mwy na {perMinute} y funud. Rhowch gynnig arall arni ymhen {seconds} eiliad." },
  'http.internal': { en: 'Internal server error', cy: 'Gwall mewnol ar y gweinydd' },
  'calendar.notFound': { en: 'No such calendar (it may have been revoked)', cy: "Nid oes calendr o'r fath (efallai ei fod wedi'i ddirymu)" },

  // Records
  'record.notFound': { en: '{what} {id} was not found', cy: "Ni ddaethpwyd o hyd i'r cofnod hwn: {what} {id}" },
  'record.notFoundThis': { en: '{what} was not found', cy: "Ni ddaethpwyd o hyd i'r cofnod hwn: {what}" },
  'record.stale': {
    en: '{what} has been changed by someone else (you had version {expected}, it is now {actual}); reload it and try again',
    cy: "Mae rhywun arall wedi newid y cofnod hwn ({what}) ers i chi ei ddarllen: roedd gennych fersiwn {expected}, mae bellach yn fersiwn {actual}; ail-lwythwch ef a rhowch gynnig arall arni",
  },
  'record.taken': { en: '{field}: is already taken', cy: '{field}: mae eisoes yn cael ei ddefnyddio' },

  // Permissions
  'forbidden.readOnly': { en: 'This credential is read-only', cy: "Mae'r manylion mewngofnodi hyn yn caniatáu darllen yn unig" },
  'forbidden.openCases': { en: 'Your role at {council} does not allow you to open cases', cy: "{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi agor achosion" },
  'forbidden.changeCases': { en: 'Your role does not allow you to change cases here', cy: "Nid yw eich rôl yn caniatáu i chi newid achosion yma" },
  'forbidden.completeReviews': { en: 'Your role does not allow you to complete reviews here', cy: "Nid yw eich rôl yn caniatáu i chi gwblhau adolygiadau yma" },
  'forbidden.reviewSweep': { en: 'Only the worker runs the review sweep', cy: "Dim ond y gweithiwr cefndir sy'n cynnal yr archwiliad adolygiadau" },
  'forbidden.notifications': { en: 'Your role does not allow you to change notifications', cy: 'Nid yw eich rôl yn caniatáu i chi newid hysbysiadau' },
  'forbidden.createApiKeys': { en: 'Your role at {council} does not allow you to create API keys', cy: '{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi greu allweddi API' },
  'forbidden.apiKeyBelow': { en: 'Only a monitoring officer can create a key that reaches the councils below', cy: "Dim ond swyddog monitro all greu allwedd sy'n cyrraedd y cynghorau islaw" },
  'forbidden.revokeApiKey': { en: 'Your role does not allow you to revoke this API key', cy: "Nid yw eich rôl yn caniatáu i chi ddirymu'r allwedd API hon" },
  'forbidden.closures': { en: 'Your role at {council} does not allow you to change its closure days', cy: "{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi newid ei ddiwrnodau cau" },
  'forbidden.closuresHere': { en: 'Your role does not allow you to change closure days here', cy: 'Nid yw eich rôl yn caniatáu i chi newid diwrnodau cau yma' },
  'forbidden.councilCreateBelow': { en: 'Your role at {council} does not allow you to create councils below it', cy: "{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi greu cynghorau islaw iddo" },
  'forbidden.councilEdit': { en: 'Your role at {council} does not allow you to edit it', cy: "{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi ei olygu" },
  'forbidden.councilDelete': { en: 'Your role at {council} does not allow you to delete it', cy: "{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi ei ddileu" },
  'forbidden.councilMove': { en: 'Your role at {council} does not allow you to move it', cy: "{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi ei symud" },
  'forbidden.deleteOwnCouncil': { en: 'You cannot delete {council}: it is the council your own role belongs to', cy: "{council}: ni allwch ddileu'r cyngor hwn, gan mai dyma'r cyngor y mae eich rôl chi yn perthyn iddo" },
  'forbidden.moveOwnCouncil': { en: 'You cannot move {council}: it is the council your own role belongs to', cy: "{council}: ni allwch symud y cyngor hwn, gan mai dyma'r cyngor y mae eich rôl chi yn perthyn iddo" },
  'forbidden.topLevel': { en: 'Only a platform admin can make a council top-level', cy: "Dim ond gweinyddwr y platfform all roi cyngor ar y lefel uchaf" },
  'forbidden.placeBelow': { en: 'Your role at {council} does not allow you to place councils below it', cy: "{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi osod cynghorau islaw iddo" },
  'forbidden.ownMembership': { en: 'You cannot remove your own membership; ask another clerk or your monitoring officer', cy: "Ni allwch ddileu eich aelodaeth eich hun; gofynnwch i glerc arall neu i'ch swyddog monitro" },
  'forbidden.resetPassword': {
    en: 'Only a monitoring officer for every council where {person} serves, or a platform admin, can reset their password',
    cy: "{person}: dim ond swyddog monitro pob cyngor lle mae'r person hwn yn gwasanaethu, neu weinyddwr y platfform, all ailosod ei gyfrinair",
  },
  'forbidden.manageMemberships': { en: 'Your role at {council} does not allow you to manage {role} memberships', cy: "{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi reoli aelodaethau o'r math hwn ({role})" },
  'forbidden.platformAdmin': { en: 'Only a platform admin can change a platform admin', cy: "Dim ond gweinyddwr y platfform all newid gweinyddwr y platfform" },
  'forbidden.outsideScope': {
    en: '{person} also serves councils outside your scope; only they or a platform admin can change their account',
    cy: "{person}: mae'r person hwn hefyd yn gwasanaethu cynghorau y tu allan i'ch cwmpas; dim ond y person ei hun neu weinyddwr y platfform all newid ei gyfrif",
  },
  'forbidden.createProtocol': { en: 'Your role at {council} does not allow you to create its protocol', cy: "{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi greu ei brotocol" },
  'forbidden.publishModel': {
    en: 'Only a monitoring officer of {council} (or a platform admin) can publish model protocols there',
    cy: "{council}: dim ond swyddog monitro'r cyngor hwn (neu weinyddwr y platfform) all gyhoeddi protocolau enghreifftiol yno",
  },
  'forbidden.publishModelOwn': { en: "Only the monitoring officer of the model's council can publish it", cy: "Dim ond swyddog monitro cyngor y protocol enghreifftiol all ei gyhoeddi" },
  'forbidden.officeHolders': { en: 'Your role does not allow you to change office holders here', cy: 'Nid yw eich rôl yn caniatáu i chi newid deiliaid swyddi yma' },
  'forbidden.changeProtocol': { en: 'Your role does not allow you to change this protocol', cy: "Nid yw eich rôl yn caniatáu i chi newid y protocol hwn" },
  'forbidden.createCalendarFeeds': { en: 'Your role at {council} does not allow you to create calendar feeds', cy: '{council}: nid yw eich rôl yn y cyngor hwn yn caniatáu i chi greu ffrydiau calendr' },
  'forbidden.calendarBelow': { en: 'Only a monitoring officer can create a calendar feed that covers the councils below', cy: "Dim ond swyddog monitro all greu ffrwd galendr sy'n cynnwys y cynghorau islaw" },
  'forbidden.revokeCalendarFeeds': { en: 'Your role does not allow you to revoke calendar feeds here', cy: 'Nid yw eich rôl yn caniatáu i chi ddirymu ffrydiau calendr yma' },

  // Cases
  'case.cannotKind': { en: 'Case {reference}: a {kind} cannot be {action}', cy: 'Achos {reference}: ni ellir {action} {kind}' },
  'case.cannotStatus': { en: 'Case {reference}: a {status} {kind} cannot be {action}', cy: "Achos {reference}: ni ellir {action} {kind} â'r statws hwn ({status})" },
  'case.lastStep': {
    en: 'Case {reference} is at the last step of its route: there is no one further to escalate to',
    cy: "Achos {reference}: mae ar gam olaf ei lwybr; nid oes neb arall i'w uwchgyfeirio ato",
  },
  'case.noAdoptedProtocol': {
    en: 'the council has no adopted protocol: adopt one before opening cases',
    cy: "nid oes gan y cyngor brotocol wedi'i fabwysiadu: mabwysiadwch un cyn agor achosion",
  },
  'case.concernForConcerns': { en: 'is for concerns; an enquiry has a category', cy: 'mae ar gyfer pryderon; mae gan ymholiad gategori' },
  'case.roleNotInProtocol': { en: 'the protocol in force names no {role}', cy: "nid yw'r protocol sydd mewn grym yn enwi'r rôl hon ({role})" },
  'case.categoryRequired': { en: 'is required for an enquiry', cy: 'rhaid ei roi ar gyfer ymholiad' },
  'case.noStandard': { en: 'the protocol has no response standard for {category} enquiries', cy: "nid oes gan y protocol safon ymateb ar gyfer ymholiadau o'r categori hwn ({category})" },
  'case.concernRequired': { en: 'is required for a concern', cy: 'rhaid ei roi ar gyfer pryder' },
  'case.noChain': { en: 'the protocol has no escalation chain for {concern}', cy: "nid oes gan y protocol gadwyn uwchgyfeirio ar gyfer y math hwn o bryder ({concern})" },
  'case.noChainAbout': { en: 'the protocol has no escalation chain for {concern} about the {about}', cy: "nid oes gan y protocol gadwyn uwchgyfeirio ar gyfer y math hwn o bryder ({concern}) am y rôl hon ({about})" },
  'case.chooseChain': { en: 'the protocol gives several routes for this concern: say which by its id ({choices})', cy: "mae'r protocol yn rhoi sawl llwybr i'r pryder hwn: nodwch pa un wrth ei ddynodydd ({choices})" },
  'case.noChainId': { en: 'the protocol has no route "{id}" for this concern', cy: 'nid oes gan y protocol lwybr "{id}" ar gyfer y pryder hwn' },
  'case.handledBySubject': { en: 'every step of the chain is handled by the subject of the concern', cy: "testun y pryder sy'n ymdrin â phob cam o'r gadwyn" },

  // Reviews
  'review.completed': { en: 'This review is already completed', cy: "Mae'r adolygiad hwn eisoes wedi'i gwblhau" },

  // Councils
  'council.parentRequired': { en: 'is required: a new council must sit below a council you administer', cy: "rhaid ei roi: rhaid i gyngor newydd fod islaw cyngor rydych chi'n ei weinyddu" },
  'council.notEmpty': { en: 'Council {council} is not empty: it has {held}', cy: "{council}: nid yw'r cyngor yn wag ({held})" },
  'council.heldChildren': { en: '{count} council(s) below it', cy: 'cynghorau islaw: {count}' },
  'council.heldMembers': { en: '{count} member(s)', cy: 'aelodau: {count}' },
  'council.heldKeys': { en: '{count} API key(s)', cy: 'allweddi API: {count}' },
  'council.cycle': { en: 'placing {council} below {parent} would make a cycle', cy: "byddai gosod {council} islaw'r cyngor hwn ({parent}) yn creu cylch" },
  // Bulk onboarding from a CSV (councils/onboarding.service.ts): one short problem per row and column.
  'onboarding.required': { en: 'is required', cy: 'rhaid ei roi' },
  'onboarding.tooLong': { en: 'is too long', cy: "mae'n rhy hir" },
  'onboarding.kind': { en: 'is not a kind of council Accord knows', cy: "nid yw'n fath o gyngor y mae Accord yn ei adnabod" },
  'onboarding.email': { en: 'must be an e-mail address', cy: 'rhaid iddo fod yn gyfeiriad e-bost' },
  'onboarding.duplicateName': { en: 'the same name as row {other}', cy: "yr un enw â rhes {other}" },
  'onboarding.duplicateSlug': { en: 'gives the same slug as row {other}', cy: "yn rhoi'r un slug â rhes {other}" },
  'onboarding.slug': { en: 'gives no usable slug (letters or digits needed)', cy: "nid yw'n rhoi slug y gellir ei ddefnyddio (mae angen llythrennau neu ddigidau)" },
  'onboarding.nameTaken': { en: 'a council of this name exists already', cy: "mae cyngor o'r enw hwn yn bod eisoes" },
  'onboarding.slugTaken': { en: 'its slug is taken by another council', cy: "mae cyngor arall yn defnyddio'r slug eisoes" },
  'onboarding.parentUnknown': { en: 'is not a council you may add councils below', cy: "nid yw'n gyngor y cewch ychwanegu cynghorau islaw iddo" },
  'onboarding.tooManyRows': { en: 'at most {max} rows at once (got {count})', cy: 'dim mwy na {max} rhes ar y tro (cafwyd {count})' },
  'onboarding.tooLarge': { en: 'at most {max} characters', cy: 'dim mwy na {max} nod' },
  'onboarding.headers': { en: 'needs a header row with the columns {columns}', cy: "mae angen rhes pennawd gyda'r colofnau {columns}" },
  'onboarding.unreadable': { en: 'could not be read as CSV (line {line})', cy: 'ni ellid ei ddarllen fel CSV (llinell {line})' },
  'onboarding.noRows': { en: 'holds no councils', cy: 'nid oes cynghorau ynddo' },
  'onboarding.hasErrors': { en: '{count} row(s) have errors: correct them and preview again', cy: 'rhesi gyda gwallau: {count}; cywirwch nhw a rhagolygu eto' },
  'onboarding.rowFailed': { en: 'Row {row}: {problem}', cy: 'Rhes {row}: {problem}' },
  'forbidden.bulkOnboard': { en: 'Only a monitoring officer or a platform admin may onboard councils in bulk', cy: 'Dim ond swyddog monitro neu weinyddwr y platfform a gaiff ymuno cynghorau mewn swp' },
  'closure.taken': { en: 'date: {date} is already a closure day', cy: 'date: mae {date} eisoes yn ddiwrnod cau' },

  // Protocols
  'protocol.notModel': { en: 'is not a model protocol', cy: "nid yw'n brotocol enghreifftiol" },
  'protocol.exists': { en: '{council} already has a protocol: start a draft of it instead', cy: "{council}: mae gan y cyngor hwn brotocol eisoes; dechreuwch ddrafft ohono yn lle hynny" },
  'protocol.onlyModelPublished': { en: 'only a model protocol can be published', cy: 'dim ond protocol enghreifftiol y gellir ei gyhoeddi' },
  'protocol.modelFollowsModel': { en: 'a model protocol cannot follow another model', cy: "ni all protocol enghreifftiol ddilyn protocol enghreifftiol arall" },
  'protocol.notPublishedHere': { en: 'is not published to this council', cy: "nid yw wedi'i gyhoeddi i'r cyngor hwn" },
  'protocol.draftExists': { en: '{title} already has a draft (version {number}): edit it, or discard it first', cy: "{title}: mae drafft ohono eisoes (fersiwn {number}); golygwch ef, neu rhowch ef o'r neilltu yn gyntaf" },
  'protocol.noProtocolYet': { en: '{council} has no protocol yet', cy: "{council}: nid oes gan y cyngor brotocol eto" },
  'protocol.notFound': { en: 'This protocol was not found', cy: "Ni ddaethpwyd o hyd i'r protocol hwn" },
  'protocol.versionNotFound': { en: 'This protocol version was not found', cy: "Ni ddaethpwyd o hyd i'r fersiwn hon o'r protocol" },
  'protocol.noAdopted': { en: 'This council has no adopted protocol', cy: "Nid oes gan y cyngor hwn brotocol wedi'i fabwysiadu" },
  'protocol.renameModel': { en: "Only the monitoring officer of the model's council can rename it", cy: 'Dim ond swyddog monitro cyngor y protocol enghreifftiol all ei ailenwi' },
  'protocol.clauseExistsInSection': { en: 'number: clause {number} already exists in section {section}', cy: 'number: mae cymal {number} eisoes yn yr adran hon ({section})' },
  'protocol.clauseKeyForm': { en: 'must be letters, digits, ".", "_" or "-", starting with a letter or digit (at most 60)', cy: 'rhaid iddo fod yn llythrennau, digidau, ".", "_" neu "-", gan ddechrau â llythyren neu ddigid (dim mwy na 60)' },
  'protocol.clauseKeyExists': { en: 'key: a clause with the id {key} already exists in this version', cy: "key: mae cymal â'r dynodydd {key} eisoes yn y fersiwn hon" },
  'protocol.notSection': { en: '"{section}" is not one of the sections of this draft', cy: '"{section}": nid yw\'n un o adrannau\'r drafft hwn' },
  'protocol.ruleNotFound': { en: '{rule} was not found in this draft', cy: '{rule}: nid yw yn y drafft hwn' },
  'protocol.documentProblems': { en: 'The document cannot be saved ({count} problem(s)): {problems}', cy: "Ni ellir cadw'r ddogfen (problemau: {count}): {problems}" },
  'protocol.documentSyntax': { en: 'The text is not valid JSON or YAML: {problems}', cy: 'Nid yw hwn yn JSON nac yn YAML dilys: {problems}' },
  'input.statedDate': { en: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD', cy: 'rhaid iddo fod yn ddyddiad ar y ffurf YYYY, YYYY-MM neu YYYY-MM-DD' },
  'protocol.onlyDraftAdopted': { en: 'Version {number} is {status}; only a draft can be adopted', cy: "Fersiwn {number}: nid drafft mohoni ({status}); dim ond drafft y gellir ei fabwysiadu" },
  'protocol.cannotAdopt': { en: 'The draft cannot be adopted yet: {problems}', cy: "Ni ellir mabwysiadu'r drafft eto: {problems}" },
  'protocol.clauseFrozen': { en: 'Clause {number} belongs to an {status} version, which cannot change: start a draft', cy: "Cymal {number}: mae'n perthyn i fersiwn na ellir ei newid ({status}); dechreuwch ddrafft" },
  'protocol.versionFrozen': { en: 'Version {number} is {status} and cannot change: start a draft', cy: "Fersiwn {number}: ni ellir ei newid ({status}); dechreuwch ddrafft" },
  'protocol.clauseExists': { en: 'number: clause {number} already exists in this version', cy: "number: mae cymal {number} eisoes yn y fersiwn hon" },
  'protocol.noRoute': { en: 'The adopted protocol gives no route for this concern: {what}', cy: "Nid yw'r protocol mabwysiedig yn rhoi llwybr ar gyfer y pryder hwn: {what}" },
  'protocol.noStandard': { en: 'The adopted protocol sets no response standard for {category}', cy: "Nid yw'r protocol mabwysiedig yn gosod safon ymateb ar gyfer y categori hwn ({category})" },
  'protocol.keyFromContent': { en: "a {section}'s key follows from its content (\"{key}\"); send no key", cy: 'daw allwedd yr eitem hon ({section}) o\'i chynnwys ("{key}"); peidiwch ag anfon allwedd' },
  'protocol.chainExists': {
    en: 'chain {key} already exists: to add another route for this concern, give each chain a "when" (raisedBy or seeks) or an id; to change this one, send its expectedVersion',
    cy: 'mae cadwyn {key} yn bodoli eisoes: i ychwanegu llwybr arall ar gyfer y pryder hwn, rhowch "when" (raisedBy neu seeks) neu id i bob cadwyn; i newid hon, anfonwch ei expectedVersion',
  },
  'protocol.itemExists': { en: '{section} {key} already exists: send its expectedVersion to change it', cy: "{section} {key}: mae'n bodoli eisoes; anfonwch ei expectedVersion i'w newid" },
  'protocol.keyRequired': { en: 'is required to change {what} (e.g. "{example}")', cy: 'rhaid ei roi i newid yr eitem hon ({what}) (e.e. "{example}")' },
  'protocol.keyWrongGroup': { en: '"{key}" is not a {group} {section}; it cannot move to another {other}', cy: '"{key}": nid yw\'n perthyn i\'r grŵp hwn ({group}, {section}); ni ellir ei symud i un arall ({other})' },
  'protocol.citesMissing': { en: 'cites clause "{clause}", which the draft does not have', cy: 'mae\'n cyfeirio at gymal "{clause}", nad yw yn y drafft' },
  'protocol.noClauseAfter': { en: 'there is no clause {after} in this version', cy: 'nid oes cymal {after} yn y fersiwn hon' },
  'protocol.noOtherClauseAfter': { en: 'there is no other clause {after} in this version', cy: 'nid oes cymal arall {after} yn y fersiwn hon' },
  'protocol.clauseCited': { en: 'Clause {number} is cited by {citing}: change those first', cy: "Cymal {number}: mae'r canlynol yn cyfeirio ato: {citing}; newidiwch y rheini yn gyntaf" },
  'protocol.citedMore': { en: '{names} and {count} more', cy: '{names} (a rhagor: {count})' },
  'protocol.reviewSchedule': { en: 'the review schedule', cy: "yr amserlen adolygu" },
  'protocol.ruleProblem': { en: '{detail}', cy: '{detail}' },

  // The database's refusals (format-error.ts)
  'db.exists': { en: 'A {thing} with this {columns} already exists', cy: "Mae cofnod o'r math hwn ({thing}) â'r un gwerth eisoes yn bodoli ({columns})" },
  'db.existsPlain': { en: 'This {thing} already exists', cy: "Mae'r cofnod hwn ({thing}) eisoes yn bodoli" },
  'db.overlaps': { en: 'This {thing} overlaps another one', cy: "Mae'r cofnod hwn ({thing}) yn gorgyffwrdd ag un arall" },
  'db.concurrent': { en: 'Someone else changed the same records at the same moment; try again', cy: "Newidiodd rhywun arall yr un cofnodion ar yr un pryd; rhowch gynnig arall arni" },
  'db.inUse': { en: 'This {thing} is still in use and cannot be removed', cy: "Mae'r cofnod hwn ({thing}) yn dal i gael ei ddefnyddio ac ni ellir ei ddileu" },
  'db.refersToNothing': { en: 'refers to something that does not exist', cy: "mae'n cyfeirio at rywbeth nad yw'n bodoli" },
  'db.valueProblem': { en: 'A value {problem}', cy: 'Un o\'r gwerthoedd: {problem}' },
  'db.thingNotAllowed': { en: 'A value of this {thing} is not allowed', cy: "Ni chaniateir un o werthoedd y cofnod hwn ({thing})" },
  'db.tooLong': { en: 'is too long', cy: "mae'n rhy hir" },
  'db.outOfRange': { en: 'is out of range', cy: "mae y tu allan i'r ystod" },
  'db.badDate': { en: 'is not a valid date or time, or is out of range', cy: "nid yw'n ddyddiad neu'n amser dilys, neu mae y tu allan i'r ystod" },
  'db.badCharacter': { en: 'contains a character that cannot be stored', cy: "mae'n cynnwys nod na ellir ei gadw" },
  'db.badValue': { en: 'is not a valid value', cy: "nid yw'n werth dilys" },
  'unique.councils_slug_key': { en: 'A council with this slug already exists', cy: "Mae cyngor â'r slug hwn eisoes yn bodoli" },
  'unique.users_email_key': { en: 'A user with this email already exists', cy: "Mae defnyddiwr â'r cyfeiriad e-bost hwn eisoes yn bodoli" },
  'unique.memberships_council_id_user_id_key': { en: 'This person already has a role at this council', cy: "Mae gan y person hwn rôl yn y cyngor hwn eisoes" },
  'unique.api_keys_secret_hash_key': { en: 'The new API key clashed with another; try again', cy: "Roedd yr allwedd API newydd yr un fath ag un arall; rhowch gynnig arall arni" },
  'unique.notifications_council_id_dedupe_key_key': { en: 'This notification has already been recorded', cy: "Mae'r hysbysiad hwn eisoes wedi'i gofnodi" },
  'unique.council_closures_council_id_date_key': { en: 'The council is already closed on this date', cy: "Mae'r cyngor eisoes ar gau ar y dyddiad hwn" },
  'unique.protocols_one_per_council': { en: 'This council already has a protocol', cy: "Mae gan y cyngor hwn brotocol eisoes" },
  'unique.protocol_versions_protocol_id_number_key': {
    en: 'Someone else has just started a new version of this protocol; reload and try again',
    cy: "Mae rhywun arall newydd ddechrau fersiwn newydd o'r protocol hwn; ail-lwythwch a rhowch gynnig arall arni",
  },
  'unique.protocol_versions_one_draft': {
    en: 'This protocol already has a draft (someone may have just started it); edit that one',
    cy: "Mae drafft o'r protocol hwn eisoes (efallai bod rhywun newydd ei ddechrau); golygwch hwnnw",
  },
  'unique.protocol_versions_one_adopted': {
    en: 'This protocol already has an adopted version (someone may have just adopted one); reload and try again',
    cy: "Mae fersiwn wedi'i mabwysiadu o'r protocol hwn eisoes (efallai bod rhywun newydd fabwysiadu un); ail-lwythwch a rhowch gynnig arall arni",
  },
  'unique.protocol_clauses_key_idx': { en: 'A clause with this id (given, or taken from its number) already exists in this version', cy: "Mae cymal â'r dynodydd hwn (a roddwyd, neu a gymerwyd o'i rif) eisoes yn y fersiwn hon" },
  'unique.protocol_clauses_number_idx': { en: 'A clause with this number already exists in this section of the version', cy: "Mae cymal â'r rhif hwn eisoes yn yr adran hon o'r fersiwn" },
  'unique.protocol_items_version_id_section_key_key': { en: 'An item with this key already exists in this part of the protocol', cy: "Mae eitem â'r allwedd hon eisoes yn y rhan hon o'r protocol" },
  'unique.cases_council_id_reference_key': { en: 'Another case was given the same reference at the same moment; try again', cy: "Cafodd achos arall yr un cyfeirnod ar yr un pryd; rhowch gynnig arall arni" },
  'unique.review_tasks_council_id_due_on_key': { en: 'A review is already due on this date', cy: "Mae adolygiad eisoes yn ddyledus ar y dyddiad hwn" },
  'unique.reminders_council_id_dedupe_key_key': { en: 'This reminder already exists', cy: "Mae'r nodyn atgoffa hwn eisoes yn bodoli" },
  // Importing a protocol document (api/src/imports)
  'import.forbidden': { en: 'Your role at {council} does not allow you to import its protocol', cy: "Nid yw eich rôl yn {council} yn caniatáu i chi fewnforio ei brotocol" },
  'import.draftForbidden': { en: 'Your role does not allow you to make a draft of this protocol', cy: "Nid yw eich rôl yn caniatáu i chi greu drafft o'r protocol hwn" },
  'import.notReady': { en: 'Import {name} is {status}: a draft can be made once it is ready', cy: "Mae mewnforiad {name} yn {status}: gellir creu drafft pan fydd yn barod" },
  'import.notSuggestion': { en: '"{value}" is not a suggestion of this import', cy: '"{value}": nid yw\'n awgrym o\'r mewnforiad hwn' },
  'import.editNotObject': { en: "must be an object shaped like the suggestion's value", cy: "rhaid iddo fod yn wrthrych o'r un ffurf â gwerth yr awgrym" },
  'import.draftProblems': { en: 'The draft would have {count} problem(s): {list}', cy: 'Byddai gan y drafft {count} o broblemau: {list}' },
  'import.draftExists': {
    en: '{title} already has a draft (version {number}): finish or discard it before importing another',
    cy: "Mae gan {title} ddrafft eisoes (fersiwn {number}): gorffennwch ef neu ei ddileu cyn mewnforio un arall",
  },
  'import.noModel': { en: 'No model protocol is published to {council}: there is no model to follow', cy: "Nid oes protocol enghreifftiol wedi'i gyhoeddi i {council}: nid oes dim i'w ddilyn" },
  'import.followDraftExists': {
    en: '{title} already has a draft (version {number}): open it to carry on, or discard it, before following the model',
    cy: "Mae gan {title} ddrafft eisoes (fersiwn {number}): agorwch ef i barhau, neu ei ddileu, cyn dilyn y protocol enghreifftiol",
  },
  'import.notDifference': { en: '"{value}" is not a difference between this document and the model', cy: '"{value}": nid yw\'n wahaniaeth rhwng y ddogfen hon a\'r protocol enghreifftiol' },
  'unique.users_invite_token_hash_key': { en: 'The new invitation clashed with another; try again', cy: "Roedd y gwahoddiad newydd yr un fath ag un arall; rhowch gynnig arall arni" },
  'unique.mail_outbox_message_id_key': { en: 'This e-mail has already been written to the outbox', cy: "Mae'r e-bost hwn eisoes wedi'i ysgrifennu i'r blwch allan" },
  'unique.calendar_feeds_token_hash_key': { en: 'The new calendar feed clashed with another; try again', cy: "Roedd y ffrwd galendr newydd yr un fath ag un arall; rhowch gynnig arall arni" },
} as const satisfies Record<string, Term>;

export type MessageKey = keyof typeof MESSAGES;

/** The things a message names ("Case … was not found"), in both languages; also the tables the database names. */
export const THINGS = {
  Case: { en: 'Case', cy: 'Achos' },
  Clause: { en: 'Clause', cy: 'Cymal' },
  Council: { en: 'Council', cy: 'Cyngor' },
  'Office holder': { en: 'Office holder', cy: 'Deiliad swydd' },
  Protocol: { en: 'Protocol', cy: 'Protocol' },
  'Protocol version': { en: 'Protocol version', cy: "Fersiwn o'r protocol" },
  'Protocol of council': { en: 'Protocol of council', cy: 'Protocol y cyngor' },
  'Adopted protocol of council': { en: 'Adopted protocol of council', cy: 'Protocol mabwysiedig y cyngor' },
  'Review task': { en: 'Review task', cy: 'Tasg adolygu' },
  Rule: { en: 'Rule', cy: 'Rheol' },
  User: { en: 'User', cy: 'Defnyddiwr' },
  'API key': { en: 'API key', cy: 'Allwedd API' },
  'Calendar feed': { en: 'Calendar feed', cy: 'Ffrwd galendr' },
  'Closure day': { en: 'Closure day', cy: 'Diwrnod cau' },
  Membership: { en: 'Membership', cy: 'Aelodaeth' },
  Notification: { en: 'Notification', cy: 'Hysbysiad' },
  Import: { en: 'Import', cy: 'Mewnforiad' },
} as const satisfies Record<string, Term>;
export type Thing = keyof typeof THINGS;

/** The tables a database refusal can name, as the caller knows them (singular, lower case); others are "record". */
export const TABLES: Record<string, Term> = {
  councils: { en: 'council', cy: 'cyngor' },
  users: { en: 'user', cy: 'defnyddiwr' },
  memberships: { en: 'membership', cy: 'aelodaeth' },
  api_keys: { en: 'API key', cy: 'allwedd API' },
  notifications: { en: 'notification', cy: 'hysbysiad' },
  council_closures: { en: 'council closure', cy: 'diwrnod cau' },
  protocols: { en: 'protocol', cy: 'protocol' },
  protocol_versions: { en: 'protocol version', cy: "fersiwn o'r protocol" },
  protocol_clauses: { en: 'protocol clause', cy: "cymal o'r protocol" },
  protocol_items: { en: 'protocol item', cy: "eitem o'r protocol" },
  cases: { en: 'case', cy: 'achos' },
  case_events: { en: 'case event', cy: 'digwyddiad achos' },
  review_tasks: { en: 'review task', cy: 'tasg adolygu' },
  reminders: { en: 'reminder', cy: 'nodyn atgoffa' },
  calendar_feeds: { en: 'calendar feed', cy: 'ffrwd galendr' },
  office_holders: { en: 'office holder', cy: 'deiliad swydd' },
  protocol_imports: { en: 'protocol import', cy: 'mewnforiad protocol' },
};
export const RECORD: Term = { en: 'record', cy: 'cofnod' };

/** A built-in role named inside a sentence: in English its key as words ("ward member"), in Welsh the glossary's title. */
export const roleTerm = (key: string): Term => ({ en: key.replace(/_/g, ' '), cy: roleTitleIn('cy', key) });

/** A value of one of the API's enums named inside a sentence: English words, and in Welsh the value as the API spells it. */
export const enumTerm = (value: string): Term => ({ en: value.replace(/_/g, ' '), cy: value.toUpperCase() });

/** A case's kind, status and the lifecycle's actions (the English as the action's past participle). */
export const CASE_TERMS = {
  kind: { enquiry: { en: 'enquiry', cy: 'ymholiad' }, concern: { en: 'concern', cy: 'pryder' } },
  status: {
    open: { en: 'open', cy: 'agored' },
    acknowledged: { en: 'acknowledged', cy: "wedi'i gydnabod" },
    responded: { en: 'responded', cy: "wedi'i ateb" },
    resolved: { en: 'resolved', cy: "wedi'i ddatrys" },
    closed: { en: 'closed', cy: "wedi'i gau" },
  },
  action: {
    acknowledge: { en: 'acknowledged', cy: 'cydnabod' },
    respond: { en: 'responded to', cy: 'ateb' },
    resolve: { en: 'resolved', cy: 'datrys' },
    close: { en: 'closed', cy: 'cau' },
    escalate: { en: 'escalated', cy: 'uwchgyfeirio' },
  },
} as const satisfies Record<string, Record<string, Term>>;

/** A protocol version's status named inside a sentence. */
export const statusTerm = (status: string): Term => PROTOCOL_STATUS_TERMS[status] ?? { en: status, cy: status };
const PROTOCOL_STATUS_TERMS: Record<string, Term> = {
  draft: { en: 'draft', cy: 'drafft' },
  adopted: { en: 'adopted', cy: "wedi'i mabwysiadu" },
  superseded: { en: 'superseded', cy: "wedi'i disodli" },
};

/** A person's role at a council (memberships.role), as the admin app names it. */
export const MEMBERSHIP_ROLE_TERMS: Record<'monitoring_officer' | 'clerk' | 'viewer', Term> = {
  monitoring_officer: { en: 'monitoring officer', cy: 'swyddog monitro' },
  clerk: { en: 'clerk', cy: 'clerc' },
  viewer: { en: 'viewer', cy: 'gwyliwr' },
};

// ---- Messages -------------------------------------------------------------------------------------

export type Param = string | number | Term | Message | readonly Param[];

/** A message of the catalogue with its placeholders' values, rendered in the reader's language when it is sent. */
export class Message {
  constructor(
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, Param>> = {},
  ) {}

  in(lang: Language): string {
    return MESSAGES[this.key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = this.params[name];
      return value === undefined ? whole : paramIn(value, lang);
    });
  }

  toString(): string {
    return this.in('en');
  }
}

export const msg = (key: MessageKey, params: Record<string, Param> = {}) => new Message(key, params);

const isTerm = (p: Param): p is Term => typeof p === 'object' && !(p instanceof Message) && !Array.isArray(p);

function paramIn(p: Param, lang: Language): string {
  if (typeof p === 'number') return p.toLocaleString('en-GB');
  if (typeof p === 'string') return p;
  if (p instanceof Message) return p.in(lang);
  if (Array.isArray(p)) return p.map((x: Param) => paramIn(x, lang)).join(lang === 'cy' ? '; ' : ', ');
  return isTerm(p) ? p[lang] : String(p);
}

/** Placeholders of a phrase, sorted: "{field}: {problem}" → ["field", "problem"]. */
export const placeholdersOf = (phrase: string) => [...new Set([...phrase.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

// ---- The reader's language ------------------------------------------------------------------------

/**
 * The language an Accept-Language header asks for among ours, or null when it names neither
 * (absent, "*", or only other languages): negotiator orders what was asked for (by q, then by
 * how specific, then as listed; q=0 left out), and the first English or Welsh tag wins, so
 * "cy-GB" is Welsh and "en-US" English.
 */
export function languageFromHeader(header: string | string[] | undefined | null): Language | null {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return null;
  for (const tag of new Negotiator({ headers: { 'accept-language': value } }).languages()) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'en' || primary === 'cy') return primary;
  }
  return null;
}

/** A profile or feed language ("en", "cy") as one of ours; anything else is English. */
export const asLanguage = (v: string | null | undefined): Language => (v === 'cy' ? 'cy' : 'en');

/** The glossary's terms, for the test that no Welsh message uses a variant it rejects. */
export const GLOSSARY_TERMS = TERMS;
