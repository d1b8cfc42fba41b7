// Word lists the quote extractor reasons with: speech verbs, titles, pronouns, organisation, group
// and role nouns. Small, general English lists; nothing article-specific.

const speechStems = (
  'say tell add state note urge describe call warn declare insist argue ask explain write tweet ' +
  'admit agree claim reply respond announce comment remark recall joke confirm suggest predict ' +
  'acknowledge stress emphasise emphasize conclude observe reveal promise pledge vow dub brand ' +
  'label quip continue believe report assert boast complain concede contend demand maintain ' +
  'mention post repeat reiterate shout whisper answer exclaim cry laugh sigh tease muse proclaim ' +
  'hail praise term caution lament plead beg recount testify estimate think feel find speak quote ' +
  'accuse chant scream yell murmur mutter snap retort interject counter read sing characterise ' +
  'characterize refer'
).split(' ');

const irregular: Record<string, string> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  tells: 'tell',
  wrote: 'write',
  writes: 'write',
  written: 'write',
  thought: 'think',
  felt: 'feel',
  cried: 'cry',
  cries: 'cry',
  replied: 'reply',
  replies: 'reply',
  admitted: 'admit',
  quipped: 'quip',
  vowed: 'vow',
  dubbed: 'dub',
  labelled: 'label',
  labeled: 'label',
  referred: 'refer',
  testified: 'testify',
  testifies: 'testify',
  found: 'find',
  spoke: 'speak',
  sang: 'sing',
  sung: 'sing',
  spoken: 'speak',
};

const stems = new Set(speechStems);

/** Speech verbs whose plain form is a verb, never a noun ("critics say", "unions warn"). */
const plainVerbs = new Set(
  'say tell warn insist argue urge admit explain claim maintain contend concede acknowledge predict suggest'.split(
    ' ',
  ),
);

/** Base form of a speech verb in a plain or inflected (-s, -ed) form, or null when the word is not one. */
export function speechVerbBase(word: string): string | null {
  let base = verbBases.get(word);
  if (base === undefined) {
    if (verbBases.size >= 32_768) verbBases.clear();
    base = findVerbBase(word);
    verbBases.set(word, base);
  }
  return base;
}

/** speechVerbBase answers by word (the extractor asks about every word of every sentence). */
const verbBases = new Map<string, string | null>();

function findVerbBase(word: string): string | null {
  const w = word.toLowerCase();
  const hit = irregular[w];
  if (hit) return hit;
  if (plainVerbs.has(w)) return w;
  for (const base of [w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, '')]) {
    if (base !== w && stems.has(base)) return base;
  }
  return null;
}

/** Base form of a speech verb's -ing participle ("saying", "calling", "admitting"), or null. */
export function speechParticipleBase(word: string): string | null {
  const m = /^(\p{Ll}{2,})ing$/u.exec(word);
  if (!m?.[1]) return null;
  const stem = m[1];
  if (stem === 'say') return 'say';
  for (const base of [stem, `${stem}e`, stem.slice(0, -1)]) if (stems.has(base)) return base;
  return null;
}

/** Verbs that take "X as 'Y'" or "X 'Y'" (describe, call, brand): they attribute even short quotes. */
export const namingVerbs = new Set([
  'describe',
  'call',
  'dub',
  'brand',
  'label',
  'term',
  'hail',
  'characterise',
  'characterize',
  'refer',
]);

/** Titles and honorifics stripped from the front of names ("President Xi Jinping" -> "Xi Jinping"). */
export const titles = new Set(
  (
    'mr mrs ms miss mx dr sir dame lord lady professor prof president vice minister chancellor secretary ' +
    'senator sen governor gov mayor king queen prince princess pope judge justice coach captain capt ' +
    'general gen ambassador chairman chairwoman chairperson chair director premier chief executive ' +
    'commissioner inspector detective sergeant sgt lieutenant lt colonel col admiral marshal rev reverend ' +
    'bishop archbishop cardinal rabbi imam sheikh emperor empress president-elect representative rep ' +
    'congressman congresswoman councillor cllr coun councilman councilwoman spokesman spokeswoman spokesperson ' +
    'deputy boss manager striker defender midfielder goalkeeper keeper officer agent superintendent ' +
    'constable chancellor-elect leader mp mep msp mla am ' +
    // Roles written before a name, capitalised at a sentence start ("Engineer Priya Nair said").
    'engineer pilot chef critic teacher doctor nurse surgeon lawyer attorney solicitor student pensioner ' +
    'resident campaigner activist protester witness survivor analyst economist strategist adviser advisor ' +
    'consultant official diplomat envoy negotiator lawmaker legislator politician candidate founder owner ' +
    'investor banker entrepreneur businessman businesswoman scientist researcher investigator lecturer headteacher ' +
    'headmaster headmistress architect designer artist actor actress singer rapper comedian presenter ' +
    'broadcaster journalist reporter editor columnist photographer author novelist poet filmmaker producer ' +
    'player midfielder winger forward jockey cyclist athlete swimmer golfer champion veteran soldier ' +
    'commander firefighter paramedic pastor priest vicar midwife volunteer shopkeeper fisherman farmer ' +
    'mother father grandmother grandfather widow widower cleric democrat republican astronaut cosmonaut ' +
    'physicist chemist biologist historian psychologist epidemiologist virologist ceo cfo coo cto ' +
    'prosecutor coroner magistrate barrister defendant plaintiff claimant juror ' +
    'maj brig adm cmdr supt insp det cpl pvt lieut hon amb atty ' +
    // Officers of counties and prisons ("Sheriff Bill Brown", "Warden Ana Ruiz").
    'sheriff undersheriff warden ' +
    // Ranks and posts of armed services and public agencies ("Spc. Ann Lee", "Administrator Tom Park").
    'spc pfc ssg sfc msg cpt ltc pv2 specialist private corporal major brigadier administrator ' +
    'assistant associate undersecretary member speaker whip rapporteur treasurer guest ' +
    // Members of legislatures and councils as their chambers style them ("Assemblywoman Ann Lee").
    'assemblyman assemblywoman assemblymember councilmember councilor alderman alderwoman selectman ' +
    'selectwoman delegate congressmember senator-elect mpp td mk ' +
    // Religious titles and forms of address of many faiths and languages ("Swami Ann", "Maulana Tom Park").
    'swami guru acharya mahant sadhvi pandit maulana mullah mufti ayatollah hojatoleslam lama rinpoche ' +
    'monsignor msgr deacon archdeacon canon chaplain abbot abbess fr ' +
    'sri shri shrimati smt honourable honorable madam madame mme monsieur herr frau señor señora dato datuk'
  ).split(' '),
);

/** Personal titles: a name after one of these is a person (not "Manager", not "Leader" alone). */
export const personalTitles = new Set(
  'mr mrs ms miss mx dr sir dame lord lady professor prof president senator sen governor gov mayor king queen prince princess pope judge coach captain capt general gen ambassador premier rev reverend bishop archbishop cardinal rabbi imam sheikh emperor empress congressman congresswoman chancellor minister secretary councillor cllr coun'.split(
    ' ',
  ),
);

/** Subject pronouns that refer to one person. */
export const personPronouns = new Set(['he', 'she']);

/** Pronouns that refer to an organisation or group, or to the writer: never resolved to a person. */
export const otherPronouns = new Set(['it', 'they', 'we', 'i', 'you', 'them', 'this', 'that', 'who']);

/** Nouns that name an organisation ("the ministry said"). */
export const orgNouns = new Set(
  (
    'ministry department government company firm club police agency office council committee commission ' +
    'court union party administration embassy military army navy board bank group organisation ' +
    'organization team university school hospital network channel newspaper paper authority authorities ' +
    'regulator watchdog prosecutor prosecutors federation association league ministry cabinet palace ' +
    'parliament senate congress assembly institute foundation charity campaign'
  ).split(' '),
);

/** Nouns for unnamed groups or people who may be given words ("the crowd chanted", "critics said"). */
export const groupNouns = new Set(
  'crowd crowds audience fans supporters protesters demonstrators residents witnesses witness officials official sources source critics analysts experts observers voters people villagers neighbours neighbors locals staff workers employees students parents doctors nurses teachers scientists researchers economists lawyers investigators prosecutors police officers soldiers passengers customers users campaigners activists opponents insiders aides allies rivals bystanders onlookers spectators marchers protestors mourners pupils shoppers commuters drivers players shareholders investors traders families relatives members councillors lawmakers ministers diplomats organisers organizers'.split(
    ' ',
  ),
);

/** Nouns for someone speaking for an organisation ("a spokesman for the ministry", "bosses at the firm"). */
export const spokesNouns = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'representative',
  'bosses',
  'executives',
  'management',
]);

/** Nouns for a written statement speaking for its author ("the report said", "a statement said"). */
export const documentNouns = new Set(
  'statement report study survey letter paper document release poll filing memo communique ruling review analysis update bulletin notice injunction law order verdict judgment judgement indictment bill treaty constitution decree directive petition lawsuit complaint'.split(
    ' ',
  ),
);

/** Capitalised words that mark a name as an organisation, place or event rather than a person. */
export const orgWords = new Set(
  (
    'ministry department office company corporation corp inc ltd plc llc group bank council party ' +
    'university association agency museum club united city fc news times post express data studio ' +
    'studios games arts electronics industries institute foundation committee subcommittee commission union ' +
    'federation league network radio tv television service services systems technologies airlines ' +
    'motors show street road avenue square centre center hospital school college academy court ' +
    'house church society board bureau authority police army navy force forces government ' +
    'administration embassy assembly parliament congress senate daily mail journal herald telegraph ' +
    'guardian cup championship premiership champions peninsula sea ocean river island islands mountain ' +
    'mountains stadium forum summit cooperation economic national international global asia europe ' +
    'africa america americas pacific atlantic central republic kingdom states ' +
    'state county province region bay gulf valley lake hall palace tower bridge airport station ' +
    'festival awards award prize olympics world international labs lab media press fund trust front ' +
    'movement alliance coalition congress organisation organization ' +
    // A bloc of states or a body of members ("the Dale Community").
    'community ' +
    // Units and divisions of armies and agencies ("the Iron Brigade", "the Civil Division").
    'brigade battalion regiment squadron platoon corps division command fleet team squad'
  ).split(' '),
);

/** Statement nouns: "X's declaration that ..." attributes the quote inside to X. */
export const statementNouns = new Set(
  (
    'declaration declarations statement statements claim claims warning warnings pledge pledges promise ' +
    'promises vow vows assertion assertions remark remarks comment comments description insistence ' +
    'threat threats boast boasts announcement admission accusation accusations complaint message words ' +
    'verdict view views assessment characterisation characterization charge charges denial ultimatum ' +
    'appeal plea argument'
  ).split(' '),
);

/** Nouns that introduce a company by name ("ceramics manufacturer X", "tech giant Y"): X is no person. */
export const companyNouns = new Set(
  (
    'company companies firm firms manufacturer maker carmaker automaker drugmaker chipmaker retailer ' +
    'supermarket giant chain brand lender insurer airline carrier housebuilder conglomerate group ' +
    'bank startup start-up wholesaler supplier outfit multinational business subsidiary label'
  ).split(' '),
);

/** Nouns for made things: a name right before one ("the Orion app", "the X2 phone") is a product, no speaker. */
export const productNouns = new Set(
  (
    'phone phones smartphone handset app apps application software device devices car cars model console ' +
    'computer laptop tablet browser platform website chatbot robot drone camera watch headset gadget ' +
    'plugin update upgrade feature'
  ).split(' '),
);

/** True for a group of unnamed people: a group noun or a plural title ("MPs", "senators", "deputies"). */
export function isGroupNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (groupNouns.has(w)) return true;
  return /[^s]s$/.test(w) && (titles.has(w.slice(0, -1)) || titles.has(w.replace(/ies$/, 'y')));
}
