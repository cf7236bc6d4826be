/**
 * Well-known organisations, broadcasters and news agencies, and the head words that make a
 * name an organisation (`Council`, `Institute`, `Front`). Lower case, one space between words.
 */

import { wordList } from './lexicon-list';

/** Organisations a news transcript names without any head word (`the Kremlin`, `NATO`). */
export const ORGANIZATIONS = wordList(`
un|u.n.|united nations|nato|eu|e.u.|european union|european commission|european parliament
kremlin|pentagon|white house|state department|foreign office|foreign ministry|congress|senate
house|house of representatives|house of commons|house of lords|parliament|duma|state duma|knesset
bundestag|bundesrat|reichstag|majlis|the rada|verkhovna rada|supreme court|security council|general assembly
politburo|sejm|riksdag|storting|folketing|lok sabha|rajya sabha|bundeswehr|stasi|gestapo|wehrmacht|luftwaffe
kuomintang|janjaweed|the treasury
fbi|cia|nsa|kgb|fsb|gru|svr|mi5|mi6|mossad|interpol|europol|dhs|doj|dod|nasa|esa|fda|cdc|epa|jpl
jet propulsion laboratory
federal reserve|the fed|rotc|irs|sec|fcc|faa|ntsb|noaa|usaid|ice|atf|dea|who|imf|wto|oecd|opec|osce|asean|apec|brics|g7
usda|fema|omb|nsc|nlrb|tsa|odni|hhs|sba|ftc|ferc|nih|usps|gao|cbo|cbp|uscis|osha|nhtsa|ustr|niosh
nypd|lapd|idf|iea|afl-cio|aclu|nra|naacp|cfius|aukus|black lives matter
g8|g20|the quad|african union|arab league|gulf cooperation council|red cross|red crescent|icrc|unicef
unesco|unhcr|unrwa|undp|iaea|opcw|icc|icj|world bank|amnesty international|human rights watch
greenpeace|oxfam|doctors without borders|msf|hamas|hezbollah|hizbollah|the houthis|taliban|al-qaeda|al-qaida
al qaeda|al-qaida|al-shabaab|al-shabab|isis|isil|daesh|islamic state|boko haram|nusra front
al-nusra|al-nusra front|jabhat al-nusra|hts|hayat tahrir al-sham|free syrian army|fsa|sdf|ypg
pkk|ira|farc|eta|plo|fatah|muslim brotherhood|wagner|wagner group|kurdish workers party
gop|labour party|conservative party|liberal democrats|bjp|anc|cdu|csu|spd
afd|sinn fein|likud|ennahda|united russia|communist party|chinese communist party|ccp
cgtn|cctv|cnn|bbc|bbc news|nbc|abc|cbs|fox|fox news|msnbc|cnbc|npr|pbs|c-span|al jazeera
aljazeera|rt|russia today|sputnik|sky news|itv|channel 4|france 24|deutsche welle|dw
euronews|xinhua|tass|ria novosti|interfax|reuters|ap|associated press|afp|agence france-presse
bloomberg|upi|efe|ansa|dpa|kyodo|yonhap|new york times|washington post|wall street journal
usa today|los angeles times|guardian|the guardian|financial times|economist|the economist
times|the times|telegraph|daily telegraph|independent|the independent|observer|daily mail
le monde|le figaro|der spiegel|spiegel|bild|die zeit|el país|el pais|corriere della sera
politico|axios|huffington post|buzzfeed|vice news|vox|slate|salon|the atlantic|new yorker
newsweek|time magazine|forbes|fortune|the hill|the onion|asharq al-awsat|al arabiya|haaretz
times of israel|jerusalem post|kommersant|izvestia|pravda|novaya gazeta|gazprom|rosneft
wikinews|wikipedia|wikimedia|wikimedia foundation|wikileaks|google|alphabet|facebook|meta
twitter|youtube|instagram|tiktok|microsoft|apple|amazon|netflix|tesla|spacex|ibm|intel
samsung|huawei|sony|toyota|boeing|airbus|exxon|exxonmobil|shell|bp|chevron|walmart|uber
linkedin|reddit|yahoo|yahoo!|bing|baidu|alibaba|tencent|disney|warner bros|paramount
harvard|yale|princeton|stanford|oxford university|cambridge university|mit|caltech|berkeley
columbia university|sorbonne|ivy league|creative commons|librivox|project gutenberg
olympics|ioc|fifa|uefa|nba|nfl|mlb|nhl|wta|atp|formula one
goldman sachs|morgan stanley|jpmorgan|jpmorgan chase|jp morgan|merrill lynch|charles schwab
wells fargo|lehman brothers|barclays|hsbc|citigroup|ubs|credit suisse|deutsche bank
bnp paribas|blackrock|berkshire hathaway|ernst & young|deloitte|kpmg|pwc
pricewaterhousecoopers|mckinsey|boston consulting group|moody's|standard & poor's|s&p|nasdaq
nyse|dow jones|general motors|procter & gamble|johnson & johnson|pfizer|moderna|biontech
astrazeneca|novartis|roche|bayer|siemens|volkswagen
`);

/** Abbreviations that name a place, not an organisation (`US`, `U.K.`). */
export const PLACE_ACRONYMS = wordList(`us|u.s.|u.s|usa|u.s.a.|uk|u.k.|uae|ussr|prc|drc|dprk|rok`);

/**
 * Head words that make a name an organisation: `Security Council`, `Independent Institute`,
 * `Nusra Front`, `Heaven Sent Gaming`. Matched on the last word, or the word before `of`.
 */
export const ORG_HEADS = wordList(`
council|institute|institution|university|college|school|academy|ministry|department|office|house
party|front|group|agency|committee|commission|company|corp|corp.|corporation|inc|inc.|ltd|ltd.
llc|co|co.|plc|gmbh|ag|sa|times|news|post|journal|herald|tribune|gazette|courier|magazine|press
radio|television|tv|network|channel|broadcasting|bank|fund|foundation|association|society
union|federation|league|organization|organisation|center|centre|court|assembly|parliament
congress|senate|cabinet|administration|government|army|navy|forces|force|corps|police|service
services|bureau|authority|board|club|team|brigade|brigades|battalion|regiment|division|movement
alliance|coalition|church|mission|program|programme|project|lab|laboratory|laboratories|museum
library|trust|partners|holdings|industries|airlines|airways|motors|systems|technologies|labs
studios|records|gaming|capital|guard|militia|brotherhood|caucus|conference|forum|daily
weekly|paper|observer|guardian|telegraph|mail|express|mirror|review|chronicle|monitor|wire
initiative|commons|consortium|cooperative|collective|institute|hospital|clinic|secretariat
directorate|inspectorate|tribunal|council|senate|diet|duma|knesset|junta|regime|cartel|gang
syndicate|firm|enterprises|group|media|publishing|publishers|books|pictures|films|entertainment
energy|oil|gas|petroleum|electric|pharmaceuticals|pharma|foods|telecom|communications
chamber|securities|investments|ventures|insurance|logistics|shipping|family|fc|afc|rovers|wanderers
docks|ports|railways|railroad|mining|steel|brewery|breweries|construction|properties|stores|supermarkets|utilities|haulage|freight
water|power|athletic
`);

/**
 * Lower-case nouns right after a name that make it an organisation (`the Islamic State group`).
 * Not `website`, `site`, `blog`: a name before them names a work (`the Quillverse blog`).
 */
export const ORG_NOUNS = wordList(`
group|party|movement|militia|network|agency|company|firm|newspaper|channel|broadcaster|magazine
organization|organisation|alliance|coalition|faction|club|band|paper|outlet
station|union|brigade|brigades|council|committee|ministry|bank|corporation|institute|foundation
charity|association|league|federation|plc|llc|poll|polls
`);

/** Lower-case nouns right after a name that make it a place (`the Crimea region`). */
export const PLACE_AFTER_NOUNS = wordList(`
region|province|district|city|town|village|county|valley|area|peninsula|coast|border|river|sea
oblast|governorate|countryside|suburb|neighbourhood|neighborhood|airport|airbase|state
`);

/**
 * All-capital words that look like acronyms but name no actor (`CEO`, `GDP`, `PM`). Checked
 * together with `NON_NAMES` of lexicon-words.
 */
export const NON_ORG_ACRONYMS = wordList(`
ceo|cfo|cto|coo|gdp|dna|aids|hiv|covid|tv|ok|am|pm|est|gmt|utc|edt|pst|vip|faq|asap|aka|rip
lol|omg|btw|fyi|ngo|ngos|mp|mps|vp|qc|dj|mc|bc|ad|id|it|ai|pc|ufo|dvd|cd|usb|hq|pr|iq|ph|rpm|mph
kg|km|cm|mm|usd|eur|gbp|rub|bbq|diy|ceo's|phd|mba|msc|bsc|llb|ii|iii|iv|vi|vii|viii|ix|xi|xii
lgbt|lgbtq|covid-19|sars|mers|wmd|icbm|mrna|pcr|ppe|nb|ps|etc|vs|re|cc|bcc|ft|st|rd|th|nd
q|a|i|u
`);

/**
 * Abbreviations and short forms of one organisation or place, keyed by the folded form
 * without final periods: `u.s` -> `united states`. Used to merge `U.S.` and `United States`.
 */
export const ABBREVIATION_OF: ReadonlyMap<string, string> = new Map(
  `us=united states|u.s=united states|u.s.a=united states|usa=united states|united states of america=united states
  uk=united kingdom|u.k=united kingdom|britain=united kingdom|great britain=united kingdom
  un=united nations|u.n=united nations|eu=european union|e.u=european union
  russian federation=russia|ussr=soviet union|uae=united arab emirates|dprk=north korea|prc=china
  isis=islamic state|isil=islamic state|daesh=islamic state|al-qaida=al-qaeda|al qaeda=al-qaeda
  nusra front=al-nusra front|jabhat al-nusra=al-nusra front`
    .split(/[|\n]/)
    .map((s) => s.trim())
    .filter((s) => s.includes('='))
    .map((s) => s.split('=') as [string, string]),
);

/**
 * Head words of names that are no actor: laws, treaties, plans, events, prizes, periods
 * (`Policing Act`, `Adriatic Charter`, `World Cup`, `Arab Spring`, `Nobel Prize`, `the Battle
 * of Hastings`).
 */
export const NON_ACTOR_HEADS = wordList(`
act|acts|bill|bills|treaty|charter|declaration|agreement|accord|accords|resolution|plan|plans|convention
protocol|amendment|amendments|law|laws|code|doctrine|constitution|manifesto|license|licence|goals
games|olympics|paralympics|cup|cups|championship|championships|tournament|war|wars|spring|revolution
festival|carnival|prize|prizes|award|awards|medal|day|week|month|year|century|era|age|summit|expo
fair|marathon|derby|series|season|show|awards|crisis|affair|scandal|disaster|storm|hurricane
cyclone|typhoon|earthquake|pandemic|virus|telescope|policy
guidelines|strategy|report|index|scripture|bible|koran|quran|torah|psalms|gospel
battle|battles|siege|massacre|uprising|rebellion|eve|anniversary|jubilee|parade
`);
