/**
 * Titles, roles and honorifics written next to names. Lower case; look words up with their
 * lower-case form without a trailing period.
 *
 * ```
 * Russian President Vladimir Putin      -> role `Russian President`
 * Sergey Lavrov, Russia’s Foreign Minister -> role `Russia’s Foreign Minister`
 * ```
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w.length > 0));
}

/** Forms of address that are not part of the name and are no role either (`Mr Putin`). */
export const HONORIFICS = set(`mr mister mrs ms miss mx messrs mme mlle herr frau senor senora señor señora monsieur madame madam sir lord dame lady master`);

/**
 * Which person a form of address points to: a man (1), a married woman (2), an unmarried
 * woman (3), a woman (4, `Ms`). `Mr. Pell` and `Mrs. Pell` are two people, and so are
 * `Mrs. Ashby` and `Miss Ashby`.
 */
export const ADDRESS_OF: ReadonlyMap<string, number> = new Map([
  ...['mr', 'mister', 'messrs', 'herr', 'senor', 'señor', 'monsieur', 'sir', 'lord'].map((w) => [w, 1] as const),
  ...['mrs', 'frau', 'senora', 'señora', 'madame', 'mme', 'dame', 'lady'].map((w) => [w, 2] as const),
  ...['miss', 'mlle'].map((w) => [w, 3] as const),
  ...['ms', 'madam'].map((w) => [w, 4] as const),
]);

/**
 * Titles that head a role before or after a name. Singular forms; capitalised in
 * `President Obama`, lower case in `biologist Nick Bos`.
 */
export const TITLES = set(`
president vice-president premier chancellor minister secretary secretary-general undersecretary
director-general attorney-general solicitor-general surgeon-general postmaster-general
under-secretary ambassador envoy consul diplomat spokesman spokeswoman spokesperson
senator congressman congresswoman congressperson representative rep sen gov delegate
governor mayor councillor councilor cllr councilman councilwoman alderman lawmaker legislator
speaker chair chairman chairwoman chairperson leader head chief director administrator
commissioner inspector superintendent commander general admiral colonel major captain
lieutenant sergeant corporal marshal brigadier commandant officer gen col lt capt sgt adm cmdr
king queen prince princess emperor empress sultan emir sheikh shah tsar czar pharaoh
pope cardinal archbishop bishop reverend rev father rabbi imam ayatollah patriarch pastor
parson vicar rector curate chaplain deacon archdeacon abbot abbess friar
judge justice magistrate prosecutor attorney counsel lawyer
professor prof dr doctor lecturer scientist researcher biologist physicist chemist economist
astronomer historian mathematician astrophysicist sociologist psychologist analyst expert
geologist ecologist zoologist botanist engineer astronaut volunteer peacekeeper
author writer novelist poet journalist reporter correspondent columnist editor anchor host
presenter commentator blogger photographer broadcaster producer filmmaker director
founder co-founder cofounder owner chairman ceo cfo cto coo executive manager president-elect
deputy aide adviser advisor counselor counsellor assistant strategist consultant fellow
activist campaigner organizer organiser philosopher artist musician singer actor actress comedian
magician academic interviewee candidate nominee incumbent contender challenger
coach player captain striker goalkeeper athlete champion
official officer agent spy negotiator mediator monitor observer
governor-general lord baron baroness duke duchess earl count countess viscount
premier-elect chancellor-elect governor-elect mayor-elect
commentator pundit pollster economist
administrator chief-of-staff whip
constable sheriff detective mp mep msp clerk treasurer auditor comptroller coroner
headteacher headmaster headmistress principal trustee barrister solicitor firefighter paramedic
nurse surgeon midwife forecaster meteorologist planner architect investigator accountant warden ranger
`);

/**
 * Words that may stand before a title inside a role (`Foreign Minister`, `former Senator`,
 * `Vice President`, `Press Secretary`); checked only in front of a title.
 */
export const ROLE_MODIFIERS = set(`
vice prime foreign interior defense defence finance home deputy acting former then late
outgoing incoming current interim senior junior chief first second lead principal
general executive managing assistant associate special press state federal national
regional local supreme high grand top ranking
co- co senior-most de-facto de facto self-proclaimed self-styled would-be newly elected appointed
science health education justice energy trade economy economic labor labour transport
environment culture agriculture intelligence security military political police party
opposition government presidential parliamentary ruling majority minority
white house u.s. us u.k. uk un u.n. eu
republican democratic libertarian conservative liberal green socialist communist labour
independent moderate
then-president then-secretary
`);

/**
 * Words after `of` that complete a title (`Secretary of State`, `Minister of Foreign Affairs`,
 * `Secretary of the Navy`).
 */
export const TITLE_COMPLEMENTS = set(`
state defense defence foreign affairs health justice interior energy education treasury
commerce labor labour agriculture transportation transport homeland security veterans
housing urban development environment finance economy trade culture information
the navy army air force staff armed forces police intelligence
`);

/** Lower-case words that may stand before a lower-case occupation (`former`, `advice`). */
export const LOWER_ROLE_MODIFIERS = set(`
former then late outgoing incoming current interim acting deputy senior junior chief
lead principal associate assistant special accredited renowned noted veteran famed famous
award-winning prize-winning well-known leading prominent political independent freelance
fellow foreign
`);

/**
 * Titles that are also common verbs or adjectives in lower case (`to host Putin`,
 * `a major Putin ally`): in lower case they never make a role before a name.
 */
export const VERB_LIKE_TITLES = set(`
host head chair judge coach monitor counsel champion spy general major chief captain
lead leader father count observer agent officer official whip
`);

/**
 * Members of parties and movements, and peoples, that name groups of people when plural
 * (`Democrats`, `Libertarians`, `Jews`); demonyms of lexicon-places count too.
 */
export const GROUP_NOUNS = set(`
democrat republican libertarian conservative liberal socialist communist tory whig federalist
progressive populist nationalist unionist loyalist separatist royalist marxist
jew arab palestinian israeli kurd pashtun tamil sikh hindu muslim christian catholic protestant
spaniard briton dane swede finn turk scot pole
`);

/**
 * Nouns of people that a place or body names (`the people of India`, `workers of India`,
 * `families in the South Pacific`, `the team at NASA`, `a kid from Brooklyn`); written so,
 * the noun stands for the group or the person, like a role for its holder.
 */
export const GROUP_PEOPLE = set(`
people peoples workers children citizens residents families refugees survivors victims soldiers
troops veterans volunteers colleagues communities team staff voters students farmers peasants
women men immigrants employees fans elites crowds
man woman boy girl kid son daughter native citizen resident
opponents supporters critics followers admirers founders fan
decision-makers policymakers lawmakers
`);
